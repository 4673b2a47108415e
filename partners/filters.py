"""Filters of the organisations and memoranda lists."""

import datetime

import django_filters
from django.core.validators import EMPTY_VALUES
from django.utils.translation import gettext_lazy as _

from cooperation.figures import latest_year
from cooperation.filters import (
    NEWEST_OLDEST_TITLE,
    PortalFilterSet,
    country_filter,
    ordering_filter,
    year_choices,
)

from .models import Memorandum, Organisation


class OrganisationFilter(PortalFilterSet):
    kind = django_filters.ChoiceFilter(
        label=_("Type"), choices=Organisation.Kind.choices, empty_label=_("All types")
    )
    country = country_filter("organisations")
    ordering = ordering_filter([("name", _("By name")), ("type", _("By type"))])
    SORTS = {
        "name": Organisation.objects.alphabetical_ordering(),
        "type": ["kind", *Organisation.objects.alphabetical_ordering()],
    }

    class Meta:
        model = Organisation
        fields = []


class LinkedToFilter(django_filters.ModelChoiceFilter):
    """The records linked to the chosen one through ``field_name``, each once
    (``linked_to()``: no DISTINCT over whole rows)."""

    def filter(self, qs, value):
        if value in EMPTY_VALUES:
            return qs
        return qs.linked_to(**{self.field_name: [value]})


def partner_filter(field_name: str, records: str) -> LinkedToFilter:
    """The records with one partner (through ``field_name``), offering only
    the published organisations that have published ``records`` (a reverse
    relation of Organisation), so that no choice gives an empty list."""
    return LinkedToFilter(
        label=_("Partner"),
        field_name=field_name,
        to_field_name="slug",
        queryset=Organisation.objects.published().with_published(records).alphabetical(),
        empty_label=_("All partners"),
    )


def memorandum_year_choices():
    years = Memorandum.objects.published().order_by("-signed_year")
    return year_choices(years.values_list("signed_year", flat=True))


def in_force_year_choices():
    """From the first year a memorandum was signed to this year (or the
    latest reported year, or signing, if later): which memoranda are in force
    now is what a visitor asks most, before this year has a record of its own."""
    signed = Memorandum.objects.published().order_by("signed_year")
    signed = list(dict.fromkeys(signed.values_list("signed_year", flat=True)))
    if not signed:
        return []
    last = max(signed[-1], latest_year() or signed[-1], datetime.date.today().year)
    return year_choices(range(last, signed[0] - 1, -1))


class MemorandumFilter(PortalFilterSet):
    year = django_filters.ChoiceFilter(
        label=_("Year signed"),
        field_name="signed_year",
        choices=memorandum_year_choices,
        empty_label=_("All years"),
    )
    category = django_filters.ChoiceFilter(
        label=_("Category"), choices=Memorandum.Category.choices, empty_label=_("All categories")
    )
    partner = partner_filter("parties", "memoranda")
    in_force = django_filters.ChoiceFilter(
        label=_("In force in"),
        choices=in_force_year_choices,
        method="filter_in_force",
        empty_label=_("Any year"),
    )
    ordering = ordering_filter(NEWEST_OLDEST_TITLE)
    SORTS = {
        "newest": ("-signed_year", "category", "slug"),
        "oldest": ("signed_year", "category", "slug"),
        "title": Memorandum.objects.alphabetical_ordering(),
    }

    class Meta:
        model = Memorandum
        fields = []

    def filter_in_force(self, queryset, name, value):
        return queryset.in_force(int(value))
