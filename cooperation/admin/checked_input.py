"""What staff's browser sends the admin that Django hands to the database
unchecked. A changed address, a form sent back with a value it never
offered, or a link kept from a list's drill-down was a 500, where Django's
own answer to a bad parameter is «invalid» (``?e=1``) or a 400:

- a list filtered on a text with a NUL character (``?kind__exact=%00``):
  PostgreSQL refuses NUL in text, and no stored text has one (forms refuse it);
- a list filtered on a value its field would refuse in a form
  (``?ip_address=abc`` on the lock-out's records): PostgreSQL keeps
  addresses as ``inet`` and refuses the text when the list is read, and
  Django compares an address as it comes;
- a regular-expression lookup (``?slug__regex=(``): the admin offers none,
  and SQLite and PostgreSQL fail on a bad pattern only when the list is read;
- a range lookup (``?id__range=1,9``): the admin offers none either, and
  splits no value into its two ends, so Django took the text's characters
  for the ends, and any text but one of two characters failed when the list
  was read;
- the last year of the date drill-down (``?start_date__year=9999``) or a
  number past any year: Django computes the end of the chosen period with
  Python's dates, which end on 31 December 9999;
- an autocomplete box's search for a NUL (the same PostgreSQL refusal);
- a form with a value that is no key at all in an autocomplete box
  (``country=abc``): Django labels the chosen option by looking the value up
  when it shows the form again with its errors;
- an action (publish, delete) on a list whose ticked rows are no keys
  (``_selected_action=abc``): Django selects the records by them unchecked.

Every admin of the portal has these checks (``CheckedInputMixin``), and so do
those other apps register: users, groups, the lock-out's records
(``check_input_of``).
"""

import datetime

from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.admin.utils import NotRelationField, get_fields_from_path
from django.contrib.admin.views.main import ChangeList
from django.contrib.admin.widgets import AutocompleteSelect, AutocompleteSelectMultiple
from django.core.exceptions import BadRequest, FieldDoesNotExist, ValidationError
from django.db import models
from django.db.models.constants import LOOKUP_SEP

NUL = "\x00"
# Lookups the admin offers no filter for and passes a value to unchecked.
REFUSED_LOOKUPS = frozenset({"regex", "iregex", "range"})
# Fields whose lookups pass a value to the database as it comes, where
# PostgreSQL's column type then refuses a malformed one (``inet``). Django
# reads other fields' values first (a number, a date, a key), and a bad one
# is already «invalid».
UNCHECKED_BY_LOOKUPS = (models.GenericIPAddressField,)
# Lookups that compare a field with values of its own kind; ``in`` takes
# several, comma-separated in an admin address.
VALUE_LOOKUPS = frozenset({"exact", "iexact", "gt", "gte", "lt", "lte", "in"})


class CheckedChangeList(ChangeList):
    """A list whose date drill-down stays within the dates Python has."""

    # The years, months and days the drill-down can ask for: Django computes
    # the day after the period chosen, so not the last year Python has.
    DRILL_DOWN_RANGES = {
        "year": range(datetime.MINYEAR, datetime.MAXYEAR),
        "month": range(1, 13),
        "day": range(1, 32),
    }

    def get_filters(self, request):
        for lookup, values in self.get_filters_params().items():
            field, lookup_name = _field_compared_by(self.model, lookup)
            if not isinstance(field, UNCHECKED_BY_LOOKUPS):
                continue
            for value in values:
                items = value.split(",") if lookup_name == "in" else [value]
                if not all(_is_value_of(field, item) for item in items):
                    raise IncorrectLookupParameters(f"No value of {lookup}: {value!r}")
        if self.date_hierarchy:
            for part, allowed in self.DRILL_DOWN_RANGES.items():
                values = self.filter_params.get(f"{self.date_hierarchy}__{part}")
                if values and not _number_in(values[-1], allowed):
                    raise IncorrectLookupParameters(f"{part} out of range: {values[-1]!r}")
        return super().get_filters(request)


def _field_compared_by(model, lookup: str):
    """The field ``lookup`` compares with values of its own kind, and the
    lookup's name: (field, "exact") for ``ip_address`` or
    ``ip_address__exact``; (None, None) for anything else (a transform such
    as ``__year``, ``__isnull``, a text search), left to Django and the
    list's filters. A relation is compared by its target's key."""
    *path, last = lookup.split(LOOKUP_SEP)
    if last not in VALUE_LOOKUPS:
        path, last = [*path, last], "exact"
    try:
        field = get_fields_from_path(model, LOOKUP_SEP.join(path))[-1]
    except (FieldDoesNotExist, NotRelationField):
        return None, None
    if field.is_relation:
        field = field.target_field
    return field, last


def _number_in(text: str, allowed: range) -> bool:
    """Whether ``text``, read as Django reads it, is in ``allowed``. Text that
    is no number at all is left to Django, which answers it as «invalid»."""
    try:
        number = int(text)
    except ValueError:
        return True
    return number in allowed


class CheckedInputMixin:
    """For every ModelAdmin and inline of the portal: see the module's doc."""

    def get_changelist(self, request, **kwargs):
        return CheckedChangeList

    def lookup_allowed(self, lookup, value, request=None):
        if NUL in str(value) or lookup.split(LOOKUP_SEP)[-1] in REFUSED_LOOKUPS:
            return False  # a 400, as for any lookup the admin does not offer
        return super().lookup_allowed(lookup, value, request)

    def get_search_results(self, request, queryset, search_term):
        if NUL in search_term:
            return queryset.none(), False
        return super().get_search_results(request, queryset, search_term)

    def response_action(self, request, queryset):
        key = queryset.model._meta.pk
        for value in request.POST.getlist(ACTION_CHECKBOX_NAME):
            if not _can_be_value_of(key, value):
                # A list's checkboxes carry the records' keys: a tampered form.
                raise BadRequest(f"No record's key: {value!r}")
        return super().response_action(request, queryset)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if "widget" not in kwargs and db_field.name in self.get_autocomplete_fields(request):
            kwargs["widget"] = CheckedAutocompleteSelect(
                db_field, self.admin_site, using=kwargs.get("using")
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if "widget" not in kwargs and db_field.name in self.get_autocomplete_fields(request):
            kwargs["widget"] = CheckedAutocompleteSelectMultiple(
                db_field, self.admin_site, using=kwargs.get("using")
            )
        return super().formfield_for_manytomany(db_field, request, **kwargs)


class _ChosenKeysOnly:
    """An autocomplete box that looks up only the chosen values that can be
    keys of its records; any other is an error of the form already."""

    def optgroups(self, name, value, attr=None):
        return super().optgroups(name, [v for v in value if self._can_be_key(v)], attr)

    def _can_be_key(self, value) -> bool:
        remote = self.field.remote_field
        options = remote.model._meta
        key = options.get_field(getattr(remote, "field_name", None) or options.pk.name)
        return _can_be_value_of(key, value)


def _is_value_of(field, value) -> bool:
    """Whether a form would take ``value`` for ``field``: read, and checked
    by the field's validators (an address is checked only by them)."""
    try:
        field.run_validators(field.to_python(value))
    except ValidationError:
        return False
    return True


def _can_be_value_of(field, value) -> bool:
    try:
        field.to_python(value)
    except ValidationError:
        return False
    return True


class CheckedAutocompleteSelect(_ChosenKeysOnly, AutocompleteSelect):
    pass


class CheckedAutocompleteSelectMultiple(_ChosenKeysOnly, AutocompleteSelectMultiple):
    pass


def check_input_of(site, models) -> None:
    """The same checks for the admins other apps register for ``models`` (the
    users, groups and login-protection records)."""
    for model in models:
        if site.is_registered(model):
            registered = type(site.get_model_admin(model))
            site.unregister(model)
            site.register(model, type(registered.__name__, (CheckedInputMixin, registered), {}))
