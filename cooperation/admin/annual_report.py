"""The annual report's admin: its texts, its figures and its PDFs."""

from django.contrib import admin
from django.urls import reverse
from django.utils import translation
from django.utils.html import format_html_join
from django.utils.translation import gettext_lazy as _

from ..models import AnnualReport
from ..report.formatting import format_amount
from .base import PublishableAdmin


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
                url = reverse("cooperation:report_pdf", kwargs={"year": obj.year})
                links.append((language, url, label))
        return format_html_join(" ", '<a class="button" hreflang="{}" href="{}">{}</a>', links)
