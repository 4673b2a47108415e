"""What the lists' filter sets share."""

from urllib.parse import urlencode

import django_filters
from django import forms
from django.forms.utils import flatatt
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from .cache import until_next_change
from .models import AnnualReport, Country, PriorityArea

INVALID_CHOICE_MESSAGE = _("This is not one of the choices. Pick one from the list.")

# The orders of the lists of dated records.
NEWEST_OLDEST_TITLE = [
    ("newest", _("Newest first")),
    ("oldest", _("Oldest first")),
    ("title", _("By title")),
]


def ordering_filter(choices) -> django_filters.ChoiceFilter:
    """A list's order, one of ``choices``: keys of the filter set's SORTS.
    Always one of them (no empty choice); an unknown one is ignored (see
    PortalFilterSet)."""
    return django_filters.ChoiceFilter(
        label=_("Order"), choices=choices, method="sort", empty_label=None
    )


def area_filter() -> django_filters.ModelChoiceFilter:
    """The records of one priority area (there are six, all always listed)."""
    return django_filters.ModelChoiceFilter(
        label=_("Priority area"),
        field_name="priority_area",
        to_field_name="slug",
        queryset=PriorityArea.objects.all(),
        empty_label=_("All areas"),
    )


def country_filter(records: str, *, field_name: str = "country"):
    """The records in one country, offering only the countries that have
    published ``records`` (a reverse relation of Country), so that no choice
    gives an empty list. No DISTINCT, even where a record has several
    countries (a project): one country is chosen, and a record is tied to it
    once, so the join repeats no record."""
    return django_filters.ModelChoiceFilter(
        label=_("Country"),
        field_name=field_name,
        to_field_name="iso_code",
        queryset=Country.objects.with_published(records).alphabetical(),
        empty_label=_("All countries"),
    )


def year_choices(years) -> list[tuple[str, str]]:
    """Drop-down choices of ``years``, in their order, each once."""
    return [(str(year), str(year)) for year in dict.fromkeys(years)]


def reported_year_choices(years) -> list[tuple[str, str]]:
    """Drop-down choices of ``years`` and of the years the office has published
    a report on, latest first. The home page's figures and the report link to
    a list of their year, which must be a choice even before the year has any
    record of the list's kind (0 events so far), not «not one of the choices»."""
    reported = AnnualReport.objects.published().values_list("year", flat=True)
    return year_choices(sorted({*years, *reported}, reverse=True))


class PlainSelect(forms.Select):
    """A drop-down written out in Python, with the markup of Django's. Django
    builds a dictionary and renders a template for every <option>, which for
    the few hundred partners of a large office took most of a list page's
    time. One option at most is selected, as in Django. (The filters use no
    groups of options; a group's options would be listed without it.)

    ``option_markup``, when set, is the options already written out by
    ``option_markup(choices)``: PortalFilterSet keeps those of record
    drop-downs until the next change, so a page only marks the chosen one."""

    option_markup = None

    def render(self, name, value, attrs=None, renderer=None):
        chosen = set(self.format_value(value))
        markup = self.option_markup
        if markup is None:
            markup = option_markup(self.choices)
        options, has_selected = [], False
        for option_value, opening, rest in markup:
            selected = not has_selected and option_value in chosen
            has_selected |= selected
            options.append(f"{opening} selected{rest}" if selected else f"{opening}{rest}")
        select_attrs = flatatt(self.build_attrs(self.attrs, attrs))
        return format_html(
            '<select name="{}"{}>{}</select>', name, select_attrs, mark_safe("".join(options))
        )


def option_markup(choices) -> list[tuple[str, str, str]]:
    """Each choice as (value, '<option value="…"', '>label</option>'), escaped,
    for PlainSelect to join, with " selected" between for the chosen one."""
    markup = []
    for option_value, label in _flat(choices):
        option_value = "" if option_value is None else str(option_value)
        markup.append(
            (
                option_value,
                f'<option value="{conditional_escape(option_value)}"',
                f">{conditional_escape(label)}</option>",
            )
        )
    return markup


def _flat(choices):
    for value, label in choices:
        if isinstance(label, (list, tuple)):
            yield from label
        else:
            yield value, label


class PortalFilterSet(django_filters.FilterSet):
    """A filter set whose database-made choices are read once, until the next
    change of a record, and whose drop-downs are PlainSelects.

    - Choices given as a callable (the years that have records): left a
      callable, they would be read on every page, and twice, for validating
      the value and for drawing the form.
    - The options of a drop-down of records (partners, countries, areas): the
      form would read every record and build its label on every page, which
      for a few hundred partners took most of a list page's time. They are
      kept per language; a chosen value is still checked against the
      database, so the cached options only draw the form. (Being shared, the
      options must not depend on the visitor: the lists' querysets are the
      published records, for staff too.)

    A value that is not one of a filter's choices gets a plain error message
    (Django's own reads “Зробить коректний вибір” in Ukrainian) and the list
    shows nothing, so nobody mistakes an unfiltered list for a filtered one.
    An unknown order is different: nothing is filtered by it, so the list
    simply keeps its default order.

    A list's orders are its ``SORTS``: the ``ordering`` filter's choices
    (``ordering_filter``), each with the terms to order the records by."""

    SORTS: dict[str, tuple | list] = {}

    def __init__(self, data=None, *args, **kwargs):
        super().__init__(data, *args, **kwargs)
        for list_filter in self.filters.values():
            choices = list_filter.extra.get("choices")
            if callable(choices):
                name = f"choices:{choices.__module__}.{choices.__qualname__}"
                list_filter.extra["choices"] = until_next_change(
                    name, lambda read=choices: list(read()), request=self.request
                )
            field_class = list_filter.field_class
            if issubclass(field_class, forms.ChoiceField):
                list_filter.extra.setdefault(
                    "error_messages", {"invalid_choice": INVALID_CHOICE_MESSAGE}
                )
                if not issubclass(field_class, forms.MultipleChoiceField):
                    list_filter.extra.setdefault("widget", PlainSelect)
        ordering = self.filters.get("ordering")
        if self.data and ordering is not None and "ordering" in self.data:
            known = {str(value) for value, _label in ordering.extra["choices"]}
            if self.data.get("ordering") not in known:
                self.data = self.data.copy()
                del self.data["ordering"]

    def sort(self, queryset, name, value):
        return queryset.order_by(*self.SORTS[value])

    @property
    def chosen_count(self) -> int:
        """How many filters the visitor has set (the order is not a filter)."""
        return sum(1 for name in self.filters if name != "ordering" and any(self._given(name)))

    @property
    def chosen_values(self) -> str:
        """The values given to the filters, in one canonical string: all the
        filter form's markup depends on (with the list's address and the
        language), so the markup is kept per these values and any other
        parameter of the address (a campaign's tag) finds it."""
        return urlencode(
            [(name, value) for name in sorted(self.filters) for value in self._given(name)]
        )

    def _given(self, name: str) -> list:
        """The values the address gives the filter ``name``."""
        if not self.data:
            return []
        if hasattr(self.data, "getlist"):
            return self.data.getlist(name)
        return [self.data[name]] if self.data.get(name) is not None else []

    @property
    def form(self):
        if not hasattr(self, "_form"):
            form = super().form
            for name, field in form.fields.items():
                if isinstance(field, forms.ModelChoiceField) and isinstance(
                    field.widget, PlainSelect
                ):
                    field.widget.option_markup = until_next_change(
                        f"options:{type(self).__module__}.{type(self).__qualname__}"
                        f".{name}:{get_language()}",
                        lambda field=field: option_markup(field.choices),
                        request=self.request,
                    )
        return self._form
