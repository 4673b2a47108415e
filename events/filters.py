"""The events list's filters: every choice is a shareable GET parameter."""

import django_filters
from django import forms
from django.db.models import Q
from django.utils.dates import MONTHS
from django.utils.translation import gettext_lazy as _

from cooperation.filters import (
    NEWEST_OLDEST_TITLE,
    PortalFilterSet,
    area_filter,
    country_filter,
    ordering_filter,
    reported_year_choices,
)
from partners.filters import partner_filter

from .models import Event


def event_year_choices():
    years = Event.objects.published().dates("start_date", "year")
    return reported_year_choices(day.year for day in years)


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
        widget=forms.CheckboxSelectMultiple,
        # A column of the event itself: no join, so no DISTINCT (which would
        # compare every column of thousands of rows).
        distinct=False,
    )
    format = django_filters.ChoiceFilter(
        label=_("Format"), choices=Event.Format.choices, empty_label=_("All formats")
    )
    area = area_filter()
    country = country_filter("events")
    partner = partner_filter("organisations", "events")
    online = django_filters.ChoiceFilter(
        label=_("Where"),
        choices=[("online", _("Online")), ("in_person", _("In person"))],
        method="filter_online",
        empty_label=_("Online and in person"),
    )
    ordering = ordering_filter(NEWEST_OLDEST_TITLE)
    SORTS = {
        "newest": ("-start_date", "slug"),
        "oldest": ("start_date", "slug"),
        "title": Event.objects.alphabetical_ordering(),
    }

    class Meta:
        model = Event
        fields = []

    def filter_online(self, queryset, name, value):
        if value == "online":
            return queryset.filter(is_online=True)
        return queryset.filter(~Q(is_online=True))
