"""The staff admin: shared behaviour, and the core's own models.

Every translated model uses modeltranslation's tabs (Ukrainian | English side
by side). Public records get publish / unpublish actions, "view on site", and
a guard against two people overwriting each other's edits.
"""

import json
import logging
import re

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django import forms
from django.contrib import admin, messages
from django.contrib.admin.templatetags.admin_urls import admin_urlname
from django.contrib.auth.models import Group, User
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.forms.models import BaseInlineFormSet
from django.urls import reverse
from django.utils import translation
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.text import capfirst, format_lazy, get_text_list
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TabbedTranslationAdmin
from modeltranslation.translator import NotRegistered, translator

from .addresses import address_from
from .admin_input import CheckedChangeList, CheckedInputMixin, check_input_of
from .alphabet import Alphabetical
from .kept_uploads import KeepsUploadsMixin
from .models import AnnualReport, Country, PriorityArea, PublicationStatus
from .report.formatting import format_amount, quoted
from .search_documents import refreshed_once
from .search_text import APOSTROPHES

# Deletions of records are also written to the application log, so they can
# be traced even where the admin's history is not looked at.
audit_log = logging.getLogger("cooperation.audit")

admin.site.site_header = _("International cooperation portal — staff")
admin.site.site_title = _("Cooperation portal admin")
admin.site.index_title = _("Records of the international cooperation office")

check_input_of(admin.site, [User, Group, AccessAttempt, AccessLog, AccessFailureLog])


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


class TranslatedAdmin(KeepsUploadsMixin, CheckedInputMixin, TabbedTranslationAdmin):
    form = AdminRecordForm

    # Text fields at least this long (titles, names) get a wide input.
    WIDE_FROM_LENGTH = 200

    def get_changelist(self, request, **kwargs):
        return AlphabeticalChangeList

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


class LinkedRecordsMixin:
    """A read-only "linked records" field (``linked``) on the change page:
    the records that name this one, as ``linked_groups()`` lists them."""

    def linked_groups(self, obj) -> list[tuple]:
        raise NotImplementedError

    @admin.display(description=_("linked records"))
    def linked(self, obj) -> str:
        if not obj.pk:
            return "—"
        return linked_records(self.linked_groups(obj))


# How many records of a kind an admin page links at most: a partner of many
# years may come to have hundreds of events.
LINKED_RECORDS_SHOWN = 20


def linked_records(groups) -> str:
    """The records that link to the one on an admin page, each a link to its
    own admin page, in groups: ``[(heading, records, name_of), …]``, where
    ``name_of`` (optional) names a record where its name alone would say
    little on this page. Drafts say so. Staff on an organisation or a project
    saw nothing of the memoranda, applications or events that name it.
    The first LINKED_RECORDS_SHOWN of a group, then how many more there are."""
    sections = []
    for heading, records, *name_of in groups:
        name_of = name_of[0] if name_of else str
        shown = list(records[: LINKED_RECORDS_SHOWN + 1])
        items = [
            format_html(
                '<li><a href="{}">{}</a>{}</li>',
                reverse(admin_urlname(record._meta, "change"), args=[record.pk]),
                name_of(record),
                draft_mark(record),
            )
            for record in shown[:LINKED_RECORDS_SHOWN]
        ]
        if len(shown) > LINKED_RECORDS_SHOWN:
            more = records.count() - LINKED_RECORDS_SHOWN
            and_more = ngettext("…and %(count)d more", "…and %(count)d more", more)
            items.append(format_html("<li>{}</li>", and_more % {"count": more}))
        if items:
            sections.append((capfirst(heading), mark_safe("".join(items))))
    if not sections:
        return _("No other record links to this one yet.")
    return format_html_join("", "<p><strong>{}</strong></p><ul>{}</ul>", sections)


def draft_mark(record) -> str:
    if getattr(record, "publication_status", None) == PublicationStatus.DRAFT:
        return f" ({PublicationStatus.DRAFT.label})"
    return ""


def field_labels(model) -> dict[str, str]:
    """Each field's label in the active language, as a form shows it."""
    return {
        field.name: str(capfirst(field.verbose_name))
        for field in model._meta.get_fields()
        if getattr(field, "verbose_name", None)
    }


class LocalisedChangeMessages:
    """A history entry's changed fields named in the active language.

    Django stores the labels of the fields a save changed in English (the
    source strings) and translates each with gettext when it shows the
    history. A label is the verbose name capitalised ("Start date"), which is
    not our msgid ("start date"), and modeltranslation's "Title [uk]" is none
    at all: the Ukrainian admin showed the history in English. Labels are
    matched to fields here, the model's own or, for a change to an inline
    row, the inline model's. The tables are built once per history page."""

    def __init__(self, model):
        with translation.override(None):
            # An inline row's change is stored under its model's English name.
            self.models = {None: model} | {
                str(relation.related_model._meta.verbose_name): relation.related_model
                for relation in model._meta.related_objects
            }
            english = {name: field_labels(changed) for name, changed in self.models.items()}
        self.local = {name: field_labels(changed) for name, changed in self.models.items()}
        self.in_language = {
            name: {label: self.local[name][field] for field, label in labels.items()}
            for name, labels in english.items()
        }

    def __call__(self, change_message: str) -> str:
        try:
            message = json.loads(change_message)
        except ValueError:
            return change_message
        if not isinstance(message, list):
            return change_message
        for part in message:
            changed = part.get("changed") if isinstance(part, dict) else None
            if not isinstance(changed, dict) or changed.get("name") not in self.models:
                continue
            name = changed.get("name")
            in_language, local = self.in_language[name], self.local[name]
            # A field's name stands for its label in entries of before this was so.
            changed["fields"] = [
                in_language.get(label) or local.get(label, label)
                for label in changed.get("fields", [])
            ]
        return json.dumps(message)


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


@admin.register(PriorityArea)
class PriorityAreaAdmin(TranslatedAdmin):
    list_display = ["name", "order", "colour", "icon"]
    list_editable = ["order"]
    search_fields = ["name_uk", "name_en"]
    prepopulated_fields = {"slug": ["name_en"]}


class CountryForm(AdminRecordForm):
    def clean_iso_code(self) -> str:
        # «cz» is as clear as «CZ»; the field asks for capitals only after this.
        return self.cleaned_data["iso_code"].strip().upper()


@admin.register(Country)
class CountryAdmin(TranslatedAdmin):
    form = CountryForm
    list_display = ["name", "iso_code", "is_eu_member", "is_cooperation_partner"]
    list_filter = ["is_eu_member", "is_cooperation_partner"]
    search_fields = ["name_uk", "name_en", "iso_code"]
    readonly_fields = ["created_at", "updated_at"]


@admin.register(AnnualReport)
class AnnualReportAdmin(PublishableAdmin):
    list_display = ["title", "year", "publication_status", "funds"]
    readonly_fields = ["awarded_total", "report_links", "created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["year", "title", "publication_status", "report_links"]}),
        (_("Texts"), {"fields": ["introduction", "closing_line", "publisher"]}),
        (
            _("Funds attracted"),
            {"fields": ["funds_attracted", "funds_currency", "awarded_total"]},
        ),
        (_("History"), {"fields": ["created_at", "updated_at", "edit_version"]}),
    ]

    @admin.display(description=_("funds attracted"))
    def funds(self, obj: AnnualReport) -> str:
        if obj.funds_attracted is None:
            return "—"
        return format_amount(obj.funds_attracted, obj.funds_currency)

    @admin.display(description=_("sum of awarded amounts recorded"))
    def awarded_total(self, obj: AnnualReport) -> str:
        from projects.models import Application

        if not obj.year:
            return "—"
        # Drafts too: staff compare what is recorded with the stated figure.
        totals = Application.objects.of_year(obj.year).awarded_by_currency()
        if not totals:
            return _("No awarded amounts are recorded on this year's applications yet.")
        return ", ".join(format_amount(total, currency) for currency, total in totals.items())

    @admin.display(description=_("the report"))
    def report_links(self, obj: AnnualReport) -> str:
        if not obj.pk:
            return _("Save the report first.")
        links = []
        for language, label in (
            ("uk", _("Download PDF (Ukrainian)")),
            ("en", _("Download PDF (English)")),
        ):
            with translation.override(language):
                links.append((reverse("cooperation:report_pdf", kwargs={"year": obj.year}), label))
        return format_html_join(" ", '<a class="button" href="{}">{}</a>', links)
