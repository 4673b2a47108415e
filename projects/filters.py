"""Filters of the projects and applications lists."""

import django_filters
from django.db.models import Exists, F, OuterRef, Q
from django.utils.translation import gettext_lazy as _

from cooperation.filters import PortalFilterSet
from cooperation.models import AnnualReport, Country, PriorityArea
from partners.models import Organisation

from .models import Application, ApplicationPartner, Programme, Project


def project_year_choices():
    """Years the office reports on, plus the years projects started or ended."""
    years = set(AnnualReport.objects.published().values_list("year", flat=True))
    for day in Project.objects.published().dates("start_date", "year"):
        years.add(day.year)
    for day in Project.objects.published().dates("end_date", "year"):
        years.add(day.year)
    return [(str(year), str(year)) for year in sorted(years, reverse=True)]


class ProjectFilter(PortalFilterSet):
    area = django_filters.ModelChoiceFilter(
        label=_("Priority area"),
        field_name="priority_area",
        to_field_name="slug",
        queryset=PriorityArea.objects.all(),
        empty_label=_("All areas"),
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=Project.Status.choices, empty_label=_("Any status")
    )
    country = django_filters.ModelChoiceFilter(
        label=_("Country"),
        field_name="countries",
        to_field_name="iso_code",
        queryset=Country.objects.with_published("projects").alphabetical(),
        empty_label=_("All countries"),
        distinct=True,
    )
    partner = django_filters.ModelChoiceFilter(
        label=_("Partner"),
        field_name="participations__organisation",
        to_field_name="slug",
        queryset=Organisation.objects.published().with_published("projects").alphabetical(),
        empty_label=_("All partners"),
        distinct=True,
    )
    year = django_filters.ChoiceFilter(
        label=_("Running in"),
        choices=project_year_choices,
        method="filter_year",
        empty_label=_("Any year"),
    )
    ordering = django_filters.ChoiceFilter(
        label=_("Order"),
        choices=[
            ("area", _("By priority area")),
            ("title", _("By title")),
            ("newest", _("Newest first")),
        ],
        method="sort",
        empty_label=None,
    )
    SORTS = {
        "area": ("priority_area__order", "slug"),
        "title": Project.objects.alphabetical_ordering(),
        "newest": (F("start_date").desc(nulls_last=True), "slug"),
    }

    class Meta:
        model = Project
        fields = []

    def sort(self, queryset, name, value):
        return queryset.order_by(*self.SORTS[value])

    def filter_year(self, queryset, name, value):
        return queryset.active_in(int(value))


def application_year_choices():
    years = Application.objects.published().order_by("-year").values_list("year", flat=True)
    return [(str(year), str(year)) for year in dict.fromkeys(years)]


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
        # A semi-join rather than DISTINCT: PostgreSQL cannot order a DISTINCT
        # list by an expression it does not select (the alphabetical name).
        queryset=Organisation.objects.published()
        .filter(
            Exists(
                ApplicationPartner.objects.filter(
                    organisation=OuterRef("pk"), role=ApplicationPartner.Role.DONOR
                )
            )
        )
        .alphabetical(),
        method="filter_donor",
        empty_label=_("All donors"),
    )
    area = django_filters.ModelChoiceFilter(
        label=_("Priority area"),
        field_name="priority_area",
        to_field_name="slug",
        queryset=PriorityArea.objects.all(),
        empty_label=_("All areas"),
    )
    partner = django_filters.ModelChoiceFilter(
        label=_("Partner"),
        field_name="partner_links__organisation",
        to_field_name="slug",
        queryset=Organisation.objects.published().with_published("applications").alphabetical(),
        empty_label=_("All partners"),
        distinct=True,
    )
    ordering = django_filters.ChoiceFilter(
        label=_("Order"),
        choices=[
            ("newest", _("Newest first")),
            ("oldest", _("Oldest first")),
            ("title", _("By title")),
        ],
        method="sort",
        empty_label=None,
    )
    SORTS = {
        "newest": ("-year", "number"),
        "oldest": ("year", "number"),
        "title": Application.objects.alphabetical_ordering(),
    }

    class Meta:
        model = Application
        fields = []

    def sort(self, queryset, name, value):
        return queryset.order_by(*self.SORTS[value])

    def filter_donor(self, queryset, name, value):
        donor_of = Q(
            partner_links__organisation=value,
            partner_links__role=ApplicationPartner.Role.DONOR,
        )
        return queryset.filter(donor_of | Q(programme__organisation=value)).distinct()
