"""Public pages of the shared core. (Being built: see issue 3 and 4.)"""

from django.db import connection
from django.http import JsonResponse
from django.views.generic import DetailView, TemplateView

from .models import Country, PriorityArea


class VisibleToUserMixin:
    """Published records for the public; staff also see drafts, as a preview."""

    def get_queryset(self):
        return super().get_queryset().visible_to(self.request.user)


def health(request):
    """For the load balancer: 200 when the database answers, 503 when not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:
        return JsonResponse({"status": "error", "database": "unavailable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


class HomeView(TemplateView):
    template_name = "cooperation/home.html"


class PriorityAreaDetailView(DetailView):
    model = PriorityArea


class CountryDetailView(DetailView):
    model = Country
    slug_field = "iso_code"
    slug_url_kwarg = "iso_code"


class SearchView(TemplateView):
    template_name = "cooperation/search.html"
