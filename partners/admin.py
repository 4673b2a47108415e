from django.contrib import admin
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from cooperation.admin.base import OrganisationRowsInline, PublishableAdmin
from cooperation.admin.forms import InlineRowsFormSet
from cooperation.admin.linked import LinkedRecordsMixin
from events.admin import event_with_date
from projects.models import Application, Project

from .models import Membership, Memorandum, MemorandumParty, Organisation


@admin.register(Organisation)
class OrganisationAdmin(LinkedRecordsMixin, PublishableAdmin):
    list_display = ["name", "short_name", "kind", "country", "publication_status"]
    list_filter = ["publication_status", "kind", "country"]
    # By name as the admin's language spells it (the address is English).
    ordering = Organisation.objects.alphabetical_ordering()
    search_fields = ["name_uk", "name_en", "short_name_uk", "short_name_en", "slug"]
    prepopulated_fields = {"slug": ["name_en"]}
    autocomplete_fields = ["country"]
    list_select_related = ["country"]
    readonly_fields = [*PublishableAdmin.readonly_fields, "linked"]

    def linked_groups(self, obj: Organisation) -> list[tuple]:
        return [
            (_("memberships"), obj.memberships.all(), membership_years),
            (_("memoranda"), Memorandum.objects.linked_to(parties=[obj])),
            (_("projects"), Project.objects.linked_to(participations__organisation=[obj])),
            (_("programmes and calls"), obj.programmes.all()),
            (_("applications"), Application.objects.linked_to(partner_links__organisation=[obj])),
            (_("events"), obj.events.all(), event_with_date),
        ]


def membership_years(membership: Membership) -> str:
    return f"{membership.since_year}–{membership.until_year or ''}"


@admin.register(Membership)
class MembershipAdmin(PublishableAdmin):
    # Listed in the order the site and the report show (Meta.ordering), with
    # each row's number to change there: staff reorder the list in one save.
    list_display = [
        "organisation",
        "position",
        "since_year",
        "until_year",
        "role",
        "publication_status",
    ]
    list_editable = ["position"]
    list_filter = ["publication_status", "since_year"]
    search_fields = [
        "organisation__name_uk",
        "organisation__name_en",
        "organisation__short_name_uk",
        "organisation__short_name_en",
    ]
    autocomplete_fields = ["organisation"]

    def get_queryset(self, request):
        # A membership is named by its organisation on every page of the
        # admin: each row of the list, and each box of the list staff save
        # (Django reads those rows through here, not with the list's joins).
        return super().get_queryset(request).select_related("organisation")

    def save_model(self, request, obj, form, change):
        if not change and "position" in form.fields and "position" not in form.changed_data:
            # Left at the number the form offered when it was opened: the
            # last place is taken at the save, as someone else may have
            # added a membership meanwhile. A number typed in is kept.
            obj.position = None
        super().save_model(request, obj, form, change)


class AtLeastOnePartyFormSet(InlineRowsFormSet):
    """A memorandum is signed with someone: refuses a save that leaves no party.

    The inline's ``min_num`` alone only shows an empty row: the admin does not
    pass ``validate_min``, so ticking "delete" on the only party would save.
    Counted here rather than by ``validate_min`` (get_formset could pass it):
    both take a row marked for deletion, or an untouched extra row, for no
    party, but Django checks even when a row has errors, so staff who leave
    the blank row of a new memorandum empty would read "at least one party"
    above the row's own "This field is required". (Django's message, "Please
    submit at least 1 form.", also has no Ukrainian in its catalogue.)"""

    def clean(self) -> None:
        super().clean()
        if any(self.errors):
            return  # the rows' own errors come first
        kept = [
            form
            for form in self.forms
            if (form.instance.pk or form.has_changed()) and not self._should_delete_form(form)
        ]
        if not kept:
            raise ValidationError(
                _("A memorandum needs at least one party besides the council."),
                code="too_few_forms",
            )


class MemorandumPartyInline(OrganisationRowsInline, admin.TabularInline):
    model = MemorandumParty
    fk_name = "memorandum"
    formset = AtLeastOnePartyFormSet
    min_num = 1
    verbose_name = _("party besides the council")
    verbose_name_plural = _("parties besides the council")


@admin.register(Memorandum)
class MemorandumAdmin(PublishableAdmin):
    list_display = ["title", "category", "signed_year", "valid_until", "publication_status"]
    list_filter = ["publication_status", "category", "signed_year"]
    search_fields = [
        "title_uk",
        "title_en",
        "registration_number",
        "parties__name_uk",
        "parties__name_en",
        "parties__short_name_uk",
        "parties__short_name_en",
    ]
    prepopulated_fields = {"slug": ["title_en"]}
    date_hierarchy = "signed_on"
    inlines = [MemorandumPartyInline]
    fieldsets = [
        (None, {"fields": ["title", "slug", "category", "summary", "publication_status"]}),
        (
            _("Dates"),
            {"fields": ["signed_on", "signed_year", "valid_until", "terminated_on"]},
        ),
        (
            _("Document and registration"),
            {"fields": ["document", "registration_number", "registration_date"]},
        ),
        (_("History"), {"fields": ["created_at", "updated_at", "edit_version"]}),
    ]
