"""The events list's filters: every choice is a shareable GET parameter."""

import django_filters
from django.db.models import Q
from django.utils.dates import MONTHS
from django.utils.translation import gettext_lazy as _

from cooperation.filters import PortalFilterSet
from cooperation.models import Country, PriorityArea
from partners.models import Organisation

from .models import Event


def event_year_choices():
    years = Event.objects.published().dates("start_date", "year", order="DESC")
    return [(str(day.year), str(day.year)) for day in years]


class EventFilter(PortalFilterSet):
    year = django_filters.ChoiceFilter(
        label=_("Year"),
        choices=event_year_choices,
        field_name="start_date__year",
        empty_label=_("All years"),
    )
    month = django_filters.ChoiceFilter(
        label=_("Month"),
        choices=[(str(number), name) for number, name in MONTHS.items()],
        field_name="start_date__month",
        empty_label=_("All months"),
    )
    council_role = django_filters.MultipleChoiceFilter(
        label=_("The council"),
        choices=Event.CouncilRole.choices,
        widget=django_filters.widgets.forms.CheckboxSelectMultiple,
        # A column of the event itself: no join, so no DISTINCT (which would
        # compare every column of thousands of rows).
        distinct=False,
    )
    format = django_filters.ChoiceFilter(
        label=_("Format"), choices=Event.Format.choices, empty_label=_("All formats")
    )
    area = django_filters.ModelChoiceFilter(
        label=_("Priority area"),
        field_name="priority_area",
        to_field_name="slug",
        queryset=PriorityArea.objects.all(),
        empty_label=_("All areas"),
    )
    country = django_filters.ModelChoiceFilter(
        label=_("Country"),
        to_field_name="iso_code",
        queryset=Country.objects.with_published("events").alphabetical(),
        empty_label=_("All countries"),
    )
    partner = django_filters.ModelChoiceFilter(
        label=_("Partner"),
        field_name="organisations",
        to_field_name="slug",
        queryset=Organisation.objects.published().with_published("events").alphabetical(),
        empty_label=_("All partners"),
        distinct=True,
    )
    online = django_filters.ChoiceFilter(
        label=_("Where"),
        choices=[("online", _("Online")), ("in_person", _("In person"))],
        method="filter_online",
        empty_label=_("Online and in person"),
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
        "newest": ("-start_date", "slug"),
        "oldest": ("start_date", "slug"),
        "title": Event.objects.alphabetical_ordering(),
    }

    class Meta:
        model = Event
        fields = []

    def sort(self, queryset, name, value):
        return queryset.order_by(*self.SORTS[value])

    def filter_online(self, queryset, name, value):
        if value == "online":
            return queryset.filter(is_online=True)
        return queryset.filter(~Q(is_online=True))
