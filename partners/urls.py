from django.urls import path

from . import views

app_name = "partners"

urlpatterns = [
    path("partners/", views.OrganisationListView.as_view(), name="organisation_list"),
    path(
        "partners/<slug:slug>/", views.OrganisationDetailView.as_view(), name="organisation_detail"
    ),
    path("memberships/", views.MembershipListView.as_view(), name="membership_list"),
    path("memoranda/", views.MemorandumListView.as_view(), name="memorandum_list"),
    path("memoranda/<slug:slug>/", views.MemorandumDetailView.as_view(), name="memorandum_detail"),
]
