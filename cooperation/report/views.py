from django.http import HttpResponse
from django.views.generic import DetailView

from cooperation.models import AnnualReport
from cooperation.views import VisibleToUserMixin


class ReportDetailView(VisibleToUserMixin, DetailView):
    model = AnnualReport
    slug_field = "year"
    slug_url_kwarg = "year"


class ReportPdfView(ReportDetailView):
    def render_to_response(self, context, **response_kwargs):
        return HttpResponse(status=501)
