from django.urls import path

from . import views
from .report import views as report_views

app_name = "cooperation"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("areas/<slug:slug>/", views.PriorityAreaDetailView.as_view(), name="area_detail"),
    path("countries/<str:iso_code>/", views.CountryDetailView.as_view(), name="country_detail"),
    path("search/", views.SearchView.as_view(), name="search"),
    path("reports/<int:year>/", report_views.ReportDetailView.as_view(), name="report_detail"),
    path("reports/<int:year>/pdf/", report_views.ReportPdfView.as_view(), name="report_pdf"),
]
