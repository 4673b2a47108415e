"""Autocomplete boxes that survive a value naming no record.

Django's autocomplete box shows the records its value names by looking them
up as they came in the request. A value that cannot be a record's id («abc»,
or a number past what the database holds) then failed the lookup while the
page was drawn, a server error (500), instead of the field's own «Select a
valid choice» beside it; so did a number past 64 bits in a box of several
records (Event.projects) on SQLite, in Django's own check of the choices.
Such a value comes only from a hand-made request, a form of an older version
or a broken browser extension, but it is still no reason for a 500.
"""

from django import forms
from django.contrib.admin.widgets import AutocompleteSelect, AutocompleteSelectMultiple
from django.core.exceptions import ValidationError
from django.db import DEFAULT_DB_ALIAS, connections


def may_be_id(field, value, using: str | None) -> bool:
    """Whether ``value`` can be a value of the model field ``field`` (a
    record's id) that the database can be asked about."""
    try:
        python_value = field.to_python(value)
    except ValidationError:
        return False
    if not isinstance(python_value, int):
        return True
    try:
        low, high = connections[using or DEFAULT_DB_ALIAS].ops.integer_field_range(
            field.get_internal_type()
        )
    except KeyError:
        return True
    return (low is None or python_value >= low) and (high is None or python_value <= high)


class ShowsPossibleRecordsOnly:
    """Leaves out of the shown choices the values that cannot be an id of the
    records the box chooses from; the form field refuses them with its own
    message."""

    def optgroups(self, name, value, attr=None):
        # The field the box's values name, as Django's own optgroups finds it.
        options = self.field.remote_field.model._meta
        target = options.get_field(getattr(self.field.remote_field, "field_name", options.pk.name))
        possible = [item for item in value if may_be_id(target, item, self.db)]
        return super().optgroups(name, possible, attr)


class RecordSelect(ShowsPossibleRecordsOnly, AutocompleteSelect):
    pass


class RecordSelectMultiple(ShowsPossibleRecordsOnly, AutocompleteSelectMultiple):
    pass


class RecordsField(forms.ModelMultipleChoiceField):
    """Refuses a value that cannot be an id as any other wrong choice, in
    the admin's language (Django's own message for it has no Ukrainian)."""

    def _check_values(self, value):
        options = self.queryset.model._meta
        target = options.get_field(self.to_field_name) if self.to_field_name else options.pk
        for item in value if isinstance(value, list | tuple) else ():
            if not may_be_id(target, item, self.queryset.db):
                raise ValidationError(
                    self.error_messages["invalid_choice"],
                    code="invalid_choice",
                    params={"value": item},
                )
        return super()._check_values(value)


class SafeAutocompleteMixin:
    """For a ModelAdmin or an inline: its ``autocomplete_fields`` get the
    boxes and the field above instead of Django's."""

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if "widget" not in kwargs and db_field.name in self.get_autocomplete_fields(request):
            kwargs["widget"] = RecordSelect(db_field, self.admin_site, using=kwargs.get("using"))
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if "widget" not in kwargs and db_field.name in self.get_autocomplete_fields(request):
            kwargs["widget"] = RecordSelectMultiple(
                db_field, self.admin_site, using=kwargs.get("using")
            )
            kwargs.setdefault("form_class", RecordsField)
        return super().formfield_for_manytomany(db_field, request, **kwargs)
