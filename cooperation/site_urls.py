from django.urls import path, register_converter
from django.urls.converters import StringConverter

from . import views
from .report import views as report_views


class CountryCodeConverter(StringConverter):
    """Two Latin letters in either case, as an ISO 3166 code (the view sends
    capitals on to small letters). Any other segment is no country's address
    and is not looked up: PostgreSQL refuses a NUL in a query's text, so
    «/countries/%00%00/» was a 500 there."""

    regex = "[A-Za-z]{2}"


register_converter(CountryCodeConverter, "country_code")

app_name = "cooperation"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("areas/<slug:slug>/", views.PriorityAreaDetailView.as_view(), name="area_detail"),
    path(
        "countries/<country_code:iso_code>/",
        views.CountryDetailView.as_view(),
        name="country_detail",
    ),
    path("search/", views.SearchView.as_view(), name="search"),
    path("reports/<int:year>/", report_views.ReportDetailView.as_view(), name="report_detail"),
    path("reports/<int:year>/pdf/", report_views.ReportPdfView.as_view(), name="report_pdf"),
]
