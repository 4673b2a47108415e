"""The forms of the admin's records and the formsets of their inline rows."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.forms.models import BaseInlineFormSet, BaseModelFormSet
from django.utils.text import format_lazy, get_text_list
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext

from ..addresses import address_from
from ..report.formatting import quoted


class ConcurrentEditForm(forms.ModelForm):
    """Refuses a save when someone else saved the record after this form was
    opened, instead of silently overwriting their work."""

    edit_version = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and getattr(self.instance, "updated_at", None):
            self.initial["edit_version"] = self.instance.updated_at.isoformat()

    def clean(self):
        cleaned_data = super().clean()
        opened_version = cleaned_data.get("edit_version")
        if self.instance.pk and "edit_version" in self.fields and not opened_version:
            # Every change form carries it: without it the save would
            # overwrite whatever anyone saved since, unchecked.
            raise ValidationError(
                _(
                    "This form does not say which version of the record it was opened at, "
                    "so saving it could overwrite someone else's changes. Your changes were "
                    "not saved: open the record again, then make your changes once more."
                ),
                code="edit_version_missing",
            )
        if self.instance.pk and opened_version:
            # The admin saves inside a transaction: the row stays locked until
            # this save commits, so a second save waits and then sees it.
            current = (
                type(self.instance)
                ._default_manager.select_for_update()
                .filter(pk=self.instance.pk)
                .values_list("updated_at", flat=True)
                .first()
            )
            if current is not None and current.isoformat() != opened_version:
                raise ValidationError(
                    _(
                        "Someone else saved this record after you opened it. Your changes "
                        "were not saved: open the record again to see their version, then "
                        "make your changes once more."
                    ),
                    code="edited_concurrently",
                )
        return cleaned_data


class InlineRowsFormSet(BaseInlineFormSet):
    """The rows of an inline (a memorandum's parties, a project's
    participants). Two rows that repeat each other are named by the fields'
    labels in the admin's language: Django names the fields by their code
    names, «виправте повторювані дані для поля organisation та role»."""

    def clean(self) -> None:
        super().clean()
        self._check_new_rows_against_saved_ones()

    def _check_new_rows_against_saved_ones(self) -> None:
        """Django checks a new row against the form's other rows, not against
        the saved rows: a form told fewer saved rows than there are (a
        tampered one) sent saved rows back as new copies, which the database
        refused with a 500. The saved rows the form shows are its other rows."""
        shown = [form.instance.pk for form in self.initial_forms if form.instance.pk is not None]
        saved_elsewhere = self.get_queryset().exclude(pk__in=shown)
        constraints = [
            constraint
            for constraint in self.model._meta.constraints
            if isinstance(constraint, models.UniqueConstraint)
            and self.fk.name in constraint.fields
            and constraint.condition is None
        ]
        for form in self.extra_forms:
            if not form.has_changed() or self._should_delete_form(form) or form.errors:
                continue
            for constraint in constraints:
                attributes = [
                    self.model._meta.get_field(name).attname for name in constraint.fields
                ]
                values = {name: getattr(form.instance, name) for name in attributes}
                if saved_elsewhere.filter(**values).exists():
                    form.add_error(None, constraint.get_violation_error_message())

    def get_unique_error_message(self, unique_check) -> str:
        fields = [name for name in unique_check if name != self.fk.name]
        labels = [quoted(self.model._meta.get_field(name).verbose_name) for name in fields]
        return _("Two rows repeat each other (%(fields)s): keep one of them.") % {
            "fields": get_text_list(labels, _("and"))
        }


class AddressFromTitleForm(forms.ModelForm):
    """The address (slug) may be left empty: it is then made from the English
    title, or from the Ukrainian one in Latin letters (cooperation.addresses).
    ``address_sources`` names the fields the admin prepopulates it from."""

    address_sources: tuple[str, ...] = ()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.address_sources and "slug" in self.fields:
            address = self.fields["slug"]
            address.required = False
            address.help_text = format_lazy(
                "{} {}",
                address.help_text,
                _(
                    "Left empty, it is made from the title (the Ukrainian one in Latin "
                    "letters, if there is no English title yet)."
                ),
            )

    def clean(self):
        cleaned_data = super().clean()
        if self.address_sources and "slug" in self.fields and not cleaned_data.get("slug"):
            title = self._address_title(cleaned_data)
            if title:
                cleaned_data["slug"] = address_from(
                    title,
                    max_length=self._meta.model._meta.get_field("slug").max_length,
                    is_taken=self._address_is_taken,
                )
        return cleaned_data

    def _address_title(self, cleaned_data) -> str:
        # The prepopulating fields (English), then their Ukrainian twins.
        ukrainian = [re.sub(r"_en$", "_uk", name) for name in self.address_sources]
        for name in [*self.address_sources, *ukrainian]:
            if cleaned_data.get(name):
                return cleaned_data[name]
        return ""

    def _address_is_taken(self, candidate: str) -> bool:
        others = self._meta.model._default_manager.exclude(pk=self.instance.pk)
        return others.filter(slug=candidate).exists()


class AdminRecordForm(AddressFromTitleForm, ConcurrentEditForm):
    """The admin's form of every translated record: an address from its title
    when left empty, and no silent overwriting of another's save."""


class ListRowForm(forms.ModelForm):
    """A row of a list whose columns staff change in place (list_editable).

    A box there has no label of its own, as the column's heading is none: it
    is named after its field and the row's record, as a screen reader
    announces it («Порядковий номер: Асамблея європейських регіонів (AER)»).
    Each box sends back, beside its value, the value the list showed
    (Django's hidden initial-… input), which ListRowsFormSet checks."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            # A row deleted since the list was opened comes back with an
            # empty record, which has no name (a membership's is its
            # organisation's); ListRowsFormSet refuses the list.
            if self.instance.pk is None:
                field.widget.attrs["aria-label"] = field.label
            else:
                field.widget.attrs["aria-label"] = pgettext(
                    "accessible name of a box in a row of the admin's list",
                    "%(field)s: %(record)s",
                ) % {"field": field.label, "record": self.instance}
            field.show_hidden_initial = True

    def shown_values(self) -> dict:
        """The values the list showed this row's boxes with, as sent back."""
        shown = {
            name: field.hidden_widget().value_from_datadict(
                self.data, self.files, self[name].html_initial_name
            )
            for name, field in self.fields.items()
        }
        return {name: value for name, value in shown.items() if value is not None}


class ListRowKey(forms.ModelChoiceField):
    """The hidden key of a row of such a list. Django checks it by reading the
    row's record again, a query for each row of the list; the row's record was
    read with all the others (``row``), and is taken as it is."""

    def __init__(self, *args, row: models.Model, **kwargs):
        super().__init__(*args, **kwargs)
        self.row = row

    def to_python(self, value):
        if value not in self.empty_values and str(value) == str(self.row.pk):
            return self.row
        return super().to_python(value)


class ListRowsFormSet(BaseModelFormSet):
    """The rows of such a list (ListRowForm), saved only where staff changed
    a box, and refused, like a record's form (ConcurrentEditForm), when
    someone else changed or deleted a row after the list was opened.

    Otherwise Django compares the boxes with the values stored at the time
    of the save, and writes back the rows nobody touched as the list showed
    them: two staff reordering at once got a mix of the two orders, which
    neither had chosen. A row deleted meanwhile was refused with an error
    on its hidden key, which the list does not show."""

    CHANGED_MEANWHILE = "list_changed_meanwhile"

    def add_fields(self, form, index) -> None:
        super().add_fields(form, index)
        key = form.fields.get(self._pk_field.name)
        if form.instance.pk is not None and type(key) is forms.ModelChoiceField:
            form.fields[self._pk_field.name] = ListRowKey(
                key.queryset,
                row=form.instance,
                initial=key.initial,
                required=key.required,
                widget=key.widget,
            )

    def clean(self) -> None:
        super().clean()
        if any(form.instance.pk is None for form in self.initial_forms):
            raise self._changed_meanwhile()
        # Rows sent without the values shown (not by the list) are saved as
        # Django would.
        shown = {form: form.shown_values() for form in self.initial_forms}
        shown = {form: values for form, values in shown.items() if values}
        if not shown:
            return
        names = {name for values in shown.values() for name in values}
        # TranslatedAdmin saves the list in one transaction: the rows stay
        # locked until this save commits, so a second save waits and then sees it.
        rows = self.model._default_manager.select_for_update().order_by()
        rows = rows.filter(pk__in=[form.instance.pk for form in shown])
        stored = {row["pk"]: row for row in rows.values("pk", *names)}
        for form, values in shown.items():
            current = stored.get(form.instance.pk)
            if current is None or any(
                form.fields[name].has_changed(current[name], value)
                for name, value in values.items()
            ):
                raise self._changed_meanwhile()

    def _changed_meanwhile(self) -> ValidationError:
        return ValidationError(
            _(
                "Someone else changed this list after you opened it. Nothing was saved: "
                "here it is as it is now; make your changes once more."
            ),
            code=self.CHANGED_MEANWHILE,
        )

    def changed_meanwhile(self) -> bool:
        return any(
            error.code == self.CHANGED_MEANWHILE for error in self.non_form_errors().as_data()
        )
