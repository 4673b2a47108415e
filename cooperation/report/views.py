"""The yearly report «Міжнародна співпраця»: as a page and as a PDF (issue 4).

The public sees published reports only; staff see any (a preview of a draft,
or the admin's “Download PDF”). The PDF is rendered in the page's language.
A published report's PDF is rendered once per year and language and kept
until the next change of any record: rendering takes a second or two and
much memory, and the page cache alone would render it again for every
query string a visitor (or a bot) adds to the address.
"""

from django.http import HttpResponse
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.http import content_disposition_header
from django.utils.translation import get_language
from django.views.generic import DetailView

from cooperation.cache import until_next_change
from cooperation.models import AnnualReport
from cooperation.views import CanonicalAddressMixin, VisibleToUserMixin

from .content import build_report_content, report_filename
from .pdf import render_as_pdf

PDF_TEMPLATE = "report/document.html"


def render_report_pdf(report: AnnualReport, *, request=None) -> bytes:
    """The year's report as a PDF, in the active language."""
    return render_as_pdf(
        PDF_TEMPLATE, {"report": report, "content": build_report_content(report)}, request=request
    )


class AnnualReportMixin(CanonicalAddressMixin, VisibleToUserMixin):
    model = AnnualReport
    slug_field = "year"
    slug_url_kwarg = "year"
    context_object_name = "report"


class ReportDetailView(AnnualReportMixin, DetailView):
    template_name = "report/page.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["content"] = build_report_content(self.object)
        context["pdf_url"] = reverse("cooperation:report_pdf", kwargs={"year": self.object.year})
        context["pdf_filename"] = report_filename(self.object.year)
        return context

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        if not self.object.is_published:
            patch_cache_control(response, private=True, no_store=True)
        return response


class ReportPdfView(AnnualReportMixin, DetailView):
    def get_pdf(self, report: AnnualReport) -> bytes:
        def render() -> bytes:
            return render_report_pdf(report, request=self.request)

        if not report.is_published:
            return render()  # a draft, for staff: never kept
        return until_next_change(
            f"report-pdf:{report.year}:{get_language()}", render, request=self.request
        )

    def render_to_response(self, context, **response_kwargs):
        report = self.object
        response = HttpResponse(self.get_pdf(report), content_type="application/pdf")
        response["Content-Disposition"] = content_disposition_header(
            as_attachment=True, filename=report_filename(report.year)
        )
        if not report.is_published:
            # A draft seen by staff must not be kept by a shared cache.
            patch_cache_control(response, private=True, no_store=True)
        return response
