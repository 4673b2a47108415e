import re

from django.contrib import admin
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationTabularInline

from cooperation.admin.base import OrganisationRowsInline, PublishableAdmin
from cooperation.admin.linked import LinkedRecordsMixin
from cooperation.records import FIRST_YEAR, LAST_YEAR
from cooperation.report.formatting import format_amount
from events.admin import event_with_date

from .models import Application, ApplicationPartner, Programme, Project, ProjectParticipation


class ProjectParticipationInline(OrganisationRowsInline, TranslationTabularInline):
    model = ProjectParticipation
    fk_name = "project"


@admin.register(Project)
class ProjectAdmin(LinkedRecordsMixin, PublishableAdmin):
    list_display = ["title", "priority_area", "status", "is_council_partner", "publication_status"]
    list_filter = [
        "publication_status",
        "priority_area",
        "status",
        "is_council_partner",
        "countries",
    ]
    search_fields = ["title_uk", "title_en", "summary_uk", "summary_en", "slug"]
    prepopulated_fields = {"slug": ["title_en"]}
    autocomplete_fields = ["parent", "countries"]
    date_hierarchy = "start_date"
    list_select_related = ["priority_area"]
    inlines = [ProjectParticipationInline]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "title",
                    "slug",
                    "priority_area",
                    "summary",
                    "description",
                    "publication_status",
                ]
            },
        ),
        (
            _("The council's part"),
            {"fields": ["is_council_partner", "council_role", "parent"]},
        ),
        (
            _("Status, dates and budget"),
            {"fields": ["status", "start_date", "end_date", "budget", "currency"]},
        ),
        (
            _("Where and online"),
            {"fields": ["countries", "website", "cover_image", "cover_image_alt"]},
        ),
        (_("Linked records"), {"fields": ["linked"]}),
        (_("History"), {"fields": ["created_at", "updated_at", "edit_version"]}),
    ]
    readonly_fields = [*PublishableAdmin.readonly_fields, "linked"]

    def linked_groups(self, obj: Project) -> list[tuple]:
        return [
            (_("parts of this project"), obj.components.all()),
            (_("applications"), obj.applications.all()),
            (_("events"), obj.events.all(), event_with_date),
        ]


@admin.register(Programme)
class ProgrammeAdmin(LinkedRecordsMixin, PublishableAdmin):
    list_display = ["name", "organisation", "publication_status"]
    ordering = Programme.objects.alphabetical_ordering()
    search_fields = [
        "name_uk",
        "name_en",
        "slug",
        "organisation__name_uk",
        "organisation__name_en",
        "organisation__short_name_uk",
        "organisation__short_name_en",
    ]
    prepopulated_fields = {"slug": ["name_en"]}
    autocomplete_fields = ["organisation"]
    list_select_related = ["organisation"]
    readonly_fields = [*PublishableAdmin.readonly_fields, "linked"]

    def linked_groups(self, obj: Programme) -> list[tuple]:
        return [(_("applications"), obj.applications.all())]


# "2024/06", "2024/6" or "06": a year is four digits, a number at most three.
APPLICATION_CODE = re.compile(r"(?:(?P<year>\d{4})\s*/\s*)?(?P<number>\d{1,3})")


def application_code_lookup(search_term: str) -> Q | None:
    """The lookup for a search term that reads as an application's code."""
    match = APPLICATION_CODE.fullmatch(search_term.strip())
    if match is None:
        return None
    year, number = match["year"], int(match["number"])
    return Q(year=int(year), number=number) if year else Q(number=number)


class ApplicationPartnerInline(OrganisationRowsInline, admin.TabularInline):
    model = ApplicationPartner
    fk_name = "application"


@admin.register(Application)
class ApplicationAdmin(PublishableAdmin):
    list_display = ["code", "title", "programme", "status", "awarded", "publication_status"]
    list_display_links = ["code", "title"]
    list_filter = ["publication_status", "year", "status", "programme", "priority_area"]
    search_fields = [
        "title_uk",
        "title_en",
        "summary_uk",
        "summary_en",
        "programme__name_uk",
        "programme__name_en",
    ]
    autocomplete_fields = ["programme", "project"]
    date_hierarchy = "submitted_on"
    list_select_related = ["programme"]
    ordering = ["-year", "number"]
    inlines = [ApplicationPartnerInline]
    fieldsets = [
        (None, {"fields": ["year", "number", "title", "summary", "publication_status"]}),
        (
            _("Programme and result"),
            {"fields": ["programme", "priority_area", "status", "submitted_on", "project"]},
        ),
        (_("Amounts"), {"fields": ["amount_requested", "amount_awarded", "currency"]}),
        (_("History"), {"fields": ["created_at", "updated_at", "edit_version"]}),
    ]

    def get_changeform_initial_data(self, request):
        """A new application opens as the year's next one: this year and the
        number after its last. Staff entering an older one change the year
        (or open the page with ?year=2023) and the number."""
        initial = super().get_changeform_initial_data(request)
        year = initial.setdefault("year", str(timezone.localdate().year))
        # A year from the address is only a suggestion: one no form would
        # take (?year=abc, ?year=99999999999) gets no number, not a 500.
        if "number" not in initial and str(year).isdigit() and FIRST_YEAR <= int(year) <= LAST_YEAR:
            initial["number"] = Application.objects.next_number(int(year))
        return initial

    @admin.display(description=_("number"), ordering="number")
    def code(self, obj: Application) -> str:
        return obj.code

    @admin.display(description=_("amount awarded"), ordering="amount_awarded")
    def awarded(self, obj: Application) -> str | None:
        # With its currency, grouped as the site shows amounts.
        if obj.amount_awarded is None:
            return None
        return format_amount(obj.amount_awarded, obj.currency)

    def get_search_results(self, request, queryset, search_term):
        """Also finds an application by its code as the list shows it:
        "2024/06" (or "2024/6"), or its number alone, "06"."""
        results, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        code = application_code_lookup(search_term)
        if code is not None:
            results |= queryset.filter(code)
        return results, may_have_duplicates
