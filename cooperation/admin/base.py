"""The ModelAdmins and inlines every app's admin builds on: translated
records with modeltranslation's tabs, public records with publish / unpublish
actions and their deletions logged, inline rows that tie a record to
organisations."""

import logging
import re

from django.contrib import admin, messages
from django.db import models, transaction
from django.http import HttpResponseRedirect
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TabbedTranslationAdmin
from modeltranslation.translator import NotRegistered, translator

from ..alphabet import Alphabetical
from ..records import PublicationStatus
from ..search_documents import refreshed_once
from ..search_text import APOSTROPHES
from .checked_input import CheckedChangeList, CheckedInputMixin
from .deletion import DeletionPageMixin
from .forms import AdminRecordForm, InlineRowsFormSet, ListRowForm, ListRowsFormSet
from .history import LocalisedChangeMessages, field_labels
from .kept_uploads import KeepsUploadsMixin

# Deletions of records are also written to the application log, so they can
# be traced even where the admin's history is not looked at.
audit_log = logging.getLogger("cooperation.audit")


class OrganisationRowsInline(CheckedInputMixin):
    """For the inline rows that tie a record to organisations: a memorandum's
    parties, a project's participants, an application's donors and partners.
    The inline names the record's own key in ``fk_name``.

    Each row is headed by what it ties together (the row's str(): the record
    and the organisation); they are read with the rows, not in two queries
    a row."""

    formset = InlineRowsFormSet
    autocomplete_fields = ["organisation"]
    extra = 0

    def get_queryset(self, request):
        return super().get_queryset(request).select_related(self.fk_name, "organisation")


class AlphabeticalChangeList(CheckedChangeList):
    """Sorting a list by a translated column (a name, a title) sorts it in the
    alphabet of the admin's language, as the site's lists do, instead of by
    code point, which puts Є, І and Ї before А."""

    def get_ordering_field(self, field_name):
        if isinstance(field_name, str) and field_name in translated_fields(self.model):
            return Alphabetical(field_name)
        return super().get_ordering_field(field_name)


APOSTROPHE = re.compile(f"[{re.escape(APOSTROPHES)}]")
# The apostrophes staff's records are typed with; a search tries each.
TYPED_APOSTROPHES = ("'", "’", "ʼ")


def translated_fields(model) -> tuple[str, ...]:
    try:
        return tuple(translator.get_options_for_model(model).fields)
    except NotRegistered:
        return ()


class TranslatedAdmin(
    DeletionPageMixin, KeepsUploadsMixin, CheckedInputMixin, TabbedTranslationAdmin
):
    form = AdminRecordForm

    # Text fields at least this long (titles, names) get a wide input.
    WIDE_FROM_LENGTH = 200

    def get_changelist(self, request, **kwargs):
        return AlphabeticalChangeList

    def get_changelist_form(self, request, **kwargs):
        return super().get_changelist_form(request, form=ListRowForm, **kwargs)

    def get_changelist_formset(self, request, **kwargs):
        return super().get_changelist_formset(request, formset=ListRowsFormSet, **kwargs)

    def changelist_view(self, request, extra_context=None):
        if not (request.method == "POST" and "_save" in request.POST):
            return super().changelist_view(request, extra_context)
        # The boxes of a list (list_editable) are checked and saved in one
        # transaction, the rows locked meanwhile (ListRowsFormSet).
        with transaction.atomic():
            response = super().changelist_view(request, extra_context)
        formset = getattr(getattr(response, "context_data", {}).get("cl"), "formset", None)
        if isinstance(formset, ListRowsFormSet) and formset.changed_meanwhile():
            # Shown again as sent, the boxes would stand beside other rows
            # than their own: the rows are in the order stored now, the boxes
            # in the order the list was opened in.
            self.message_user(request, formset.non_form_errors()[0], messages.ERROR)
            return HttpResponseRedirect(request.get_full_path())
        return response

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        form.address_sources = tuple(self.get_prepopulated_fields(request, obj).get("slug", ()))
        return form

    def get_search_results(self, request, queryset, search_term):
        """Finds «Прем'єр» however the apostrophe is typed, in the records and
        in the search box: ' (a Ukrainian keyboard on Linux), ʼ (Windows), ’
        (text pasted from Word or a letter). The list and the autocomplete
        boxes searched for the very character typed, so «Прем’єр» found
        nothing of «Прем'єр Експо»."""
        results, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        if not APOSTROPHE.search(search_term):
            return results, may_have_duplicates
        for apostrophe in TYPED_APOSTROPHES:
            spelled = APOSTROPHE.sub(apostrophe, search_term)
            if spelled != search_term:
                found, duplicates = super().get_search_results(request, queryset, spelled)
                results |= found
                may_have_duplicates |= duplicates
        return results, may_have_duplicates

    def history_view(self, request, object_id, extra_context=None):
        response = super().history_view(request, object_id, extra_context)
        entries = getattr(response, "context_data", {}).get("action_list", [])
        if entries:
            localised = LocalisedChangeMessages(self.model)
            for entry in entries:
                entry.change_message = localised(entry.change_message)
        return response

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if isinstance(db_field, models.CharField) and field is not None:
            classes = field.widget.attrs.get("class", "").split()
            wide = (db_field.max_length or 0) >= self.WIDE_FROM_LENGTH
            if wide and "vTextField" in classes and "vWideTextField" not in classes:
                field.widget.attrs["class"] = " ".join([*classes, "vWideTextField"])
        return field


class PublishableAdmin(TranslatedAdmin):
    """Base for records the public sees once published."""

    actions = ["publish", "unpublish"]
    list_filter = ["publication_status"]
    readonly_fields = ["created_at", "updated_at"]

    # Search documents quote the names of linked organisations: a save of
    # a record's rows of parties, or of many records, rewrites each document
    # that changes once, at the end, not once for every row (search_documents);
    # within the transaction, so that the page cache moves on after them.

    def save_related(self, request, form, formsets, change):
        with refreshed_once():
            super().save_related(request, form, formsets, change)

    def delete_model(self, request, obj):
        self._log_deletion(request, [obj])
        with refreshed_once():
            super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        self._log_deletion(request, list(queryset))
        with transaction.atomic(), refreshed_once():
            super().delete_queryset(request, queryset)

    def _log_deletion(self, request, records) -> None:
        for record in records:
            audit_log.warning(
                "%s deleted %s #%s “%s” (%s)",
                request.user.get_username(),
                record._meta.label,
                record.pk,
                record,
                record.publication_status,
            )

    @admin.action(description=_("Publish the selected records"), permissions=["change"])
    def publish(self, request, queryset):
        self._set_status(request, queryset, PublicationStatus.PUBLISHED)

    @admin.action(
        description=_("Unpublish the selected records (back to draft)"), permissions=["change"]
    )
    def unpublish(self, request, queryset):
        self._set_status(request, queryset, PublicationStatus.DRAFT)

    def _set_status(self, request, queryset, status: str) -> None:
        # Saved one by one so that timestamps, signals and the log see each change.
        changed, without_english = 0, []
        # Stored as Django stores a form's changed fields: the English label.
        with translation.override(None):
            publication_label = field_labels(self.model)["publication_status"]
        with transaction.atomic(), refreshed_once():
            for record in queryset.exclude(publication_status=status):
                record.publication_status = status
                record.save()
                self.log_change(request, record, [{"changed": {"fields": [publication_label]}}])
                changed += 1
                if record.is_published and missing_english(record):
                    without_english.append(str(record))
        label = PublicationStatus(status).label
        self.message_user(
            request,
            ngettext(
                "%(count)d record is now “%(status)s”.",
                "%(count)d records are now “%(status)s”.",
                changed,
            )
            % {"count": changed, "status": label},
            messages.SUCCESS,
        )
        if without_english:
            self.message_user(
                request,
                _(
                    "Published without their English text, so English pages and the "
                    "English report show the Ukrainian one: %(records)s."
                )
                % {"records": "; ".join(without_english)},
                messages.WARNING,
            )

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        missing = missing_english(obj) if obj.is_published else []
        if missing:
            self.message_user(
                request,
                _(
                    "Published without English for: %(fields)s. English pages and the "
                    "English report show the Ukrainian text until it is added."
                )
                % {"fields": ", ".join(missing)},
                messages.WARNING,
            )


def missing_english(record) -> list[str]:
    """The labels of the fields a record must have in Ukrainian that it lacks
    in English. The site then falls back to the Ukrainian text, which staff
    should know before it reaches an English page."""
    try:
        options = translator.get_options_for_model(type(record))
    except NotRegistered:
        return []
    required = options.required_languages
    fields = required.get("uk", ()) if isinstance(required, dict) else required
    return [
        str(record._meta.get_field(name).verbose_name)
        for name in fields
        if getattr(record, f"{name}_uk", "") and not getattr(record, f"{name}_en", "")
    ]
