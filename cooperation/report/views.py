"""The yearly report «Міжнародна співпраця»: as a page and as a PDF (issue 4).

The public sees published reports only; staff see any (a preview of a draft,
or the admin's “Download PDF”). The PDF is rendered in the page's language.
"""

from django.http import HttpResponse
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.http import content_disposition_header
from django.views.generic import DetailView

from cooperation.models import AnnualReport
from cooperation.views import VisibleToUserMixin

from .content import build_report_content, report_filename
from .pdf import render_as_pdf

PDF_TEMPLATE = "report/document.html"


def render_report_pdf(report: AnnualReport, *, request=None) -> bytes:
    """The year's report as a PDF, in the active language."""
    return render_as_pdf(
        PDF_TEMPLATE, {"report": report, "content": build_report_content(report)}, request=request
    )


class AnnualReportMixin(VisibleToUserMixin):
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
    def render_to_response(self, context, **response_kwargs):
        report = self.object
        response = HttpResponse(
            render_report_pdf(report, request=self.request), content_type="application/pdf"
        )
        response["Content-Disposition"] = content_disposition_header(
            as_attachment=True, filename=report_filename(report.year)
        )
        if not report.is_published:
            # A draft seen by staff must not be kept by a shared cache.
            patch_cache_control(response, private=True, no_store=True)
        return response
