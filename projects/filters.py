"""Filters of the projects and applications lists."""

import django_filters
from django.db.models import Exists, F, OuterRef, Q
from django.utils.translation import gettext_lazy as _

from cooperation.filters import (
    NEWEST_OLDEST_TITLE,
    PortalFilterSet,
    area_filter,
    country_filter,
    ordering_filter,
    reported_year_choices,
)
from cooperation.records import PublicationStatus
from partners.filters import partner_filter
from partners.models import Organisation

from .models import Application, ApplicationPartner, Programme, Project


def project_year_choices():
    """Years the office reports on, plus the years projects started or ended."""
    projects = Project.objects.published()
    days = [*projects.dates("start_date", "year"), *projects.dates("end_date", "year")]
    return reported_year_choices(day.year for day in days)


class ProjectFilter(PortalFilterSet):
    area = area_filter()
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=Project.Status.choices, empty_label=_("Any status")
    )
    country = country_filter("projects", field_name="countries")
    partner = partner_filter("participations__organisation", "projects")
    year = django_filters.ChoiceFilter(
        label=_("Running in"),
        choices=project_year_choices,
        method="filter_year",
        empty_label=_("Any year"),
    )
    ordering = ordering_filter(
        [("area", _("By priority area")), ("title", _("By title")), ("newest", _("Newest first"))]
    )
    SORTS = {
        "area": ("priority_area__order", "slug"),
        "title": Project.objects.alphabetical_ordering(),
        "newest": (F("start_date").desc(nulls_last=True), "slug"),
    }

    class Meta:
        model = Project
        fields = []

    def filter_year(self, queryset, name, value):
        return queryset.active_in(int(value))


def application_year_choices():
    return reported_year_choices(Application.objects.published().values_list("year", flat=True))


class ApplicationFilter(PortalFilterSet):
    year = django_filters.ChoiceFilter(
        label=_("Year"), choices=application_year_choices, empty_label=_("All years")
    )
    status = django_filters.ChoiceFilter(
        label=_("Result"), choices=Application.Status.choices, empty_label=_("Any result")
    )
    programme = django_filters.ModelChoiceFilter(
        label=_("Programme or call"),
        to_field_name="slug",
        queryset=Programme.objects.published().alphabetical(),
        empty_label=_("All programmes"),
    )
    donor = django_filters.ModelChoiceFilter(
        label=_("Donor"),
        to_field_name="slug",
        # The donors of published applications, so that no choice gives an
        # empty list. A semi-join rather than DISTINCT: PostgreSQL cannot
        # order a DISTINCT list by an expression it does not select (the
        # alphabetical name).
        queryset=Organisation.objects.published()
        .filter(
            Exists(
                ApplicationPartner.objects.filter(
                    organisation=OuterRef("pk"),
                    role=ApplicationPartner.Role.DONOR,
                    application__publication_status=PublicationStatus.PUBLISHED,
                )
            )
        )
        .alphabetical(),
        method="filter_donor",
        empty_label=_("All donors"),
    )
    area = area_filter()
    partner = partner_filter("partner_links__organisation", "applications")
    ordering = ordering_filter(NEWEST_OLDEST_TITLE)
    SORTS = {
        "newest": ("-year", "number"),
        "oldest": ("year", "number"),
        "title": Application.objects.alphabetical_ordering(),
    }

    class Meta:
        model = Application
        fields = []

    def filter_donor(self, queryset, name, value):
        """The applications ``value`` is a donor of, or runs the programme of.
        A semi-join, as ``linked_to()``: no DISTINCT over whole rows."""
        donations = ApplicationPartner.objects.filter(
            organisation=value, role=ApplicationPartner.Role.DONOR
        )
        return queryset.filter(
            Q(pk__in=donations.values("application")) | Q(programme__organisation=value)
        )
