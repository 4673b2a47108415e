"""Filters of the organisations and memoranda lists."""

import django_filters
from django.utils.translation import gettext_lazy as _

from cooperation.figures import latest_year
from cooperation.filters import PortalFilterSet
from cooperation.models import Country

from .models import Memorandum, Organisation


class OrganisationFilter(PortalFilterSet):
    kind = django_filters.ChoiceFilter(
        label=_("Type"), choices=Organisation.Kind.choices, empty_label=_("All types")
    )
    country = django_filters.ModelChoiceFilter(
        label=_("Country"),
        to_field_name="iso_code",
        queryset=Country.objects.with_published("organisations").alphabetical(),
        empty_label=_("All countries"),
    )
    ordering = django_filters.ChoiceFilter(
        label=_("Order"),
        choices=[("name", _("By name")), ("type", _("By type"))],
        method="sort",
        empty_label=None,
    )
    SORTS = {
        "name": Organisation.objects.alphabetical_ordering(),
        "type": ["kind", *Organisation.objects.alphabetical_ordering()],
    }

    class Meta:
        model = Organisation
        fields = []

    def sort(self, queryset, name, value):
        return queryset.order_by(*self.SORTS[value])


def memorandum_year_choices():
    years = Memorandum.objects.published().order_by("-signed_year")
    years = years.values_list("signed_year", flat=True)
    return [(str(year), str(year)) for year in dict.fromkeys(years)]


def in_force_year_choices():
    """From the first year a memorandum was signed to the latest reported year."""
    signed = Memorandum.objects.published().order_by("signed_year")
    signed = list(dict.fromkeys(signed.values_list("signed_year", flat=True)))
    if not signed:
        return []
    last = max(signed[-1], latest_year() or signed[-1])
    return [(str(year), str(year)) for year in range(last, signed[0] - 1, -1)]


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
    partner = django_filters.ModelChoiceFilter(
        label=_("Partner"),
        field_name="parties",
        to_field_name="slug",
        queryset=Organisation.objects.published().with_published("memoranda").alphabetical(),
        empty_label=_("All partners"),
        distinct=True,
    )
    in_force = django_filters.ChoiceFilter(
        label=_("In force in"),
        choices=in_force_year_choices,
        method="filter_in_force",
        empty_label=_("Any year"),
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
        "newest": ("-signed_year", "category", "slug"),
        "oldest": ("signed_year", "category", "slug"),
        "title": Memorandum.objects.alphabetical_ordering(),
    }

    class Meta:
        model = Memorandum
        fields = []

    def sort(self, queryset, name, value):
        return queryset.order_by(*self.SORTS[value])

    def filter_in_force(self, queryset, name, value):
        return queryset.in_force(int(value))
