"""Public pages of the shared core: home, priority areas, countries, search,
robots.txt, and the pieces the apps' views share."""

import functools

from django import forms
from django.contrib.staticfiles.storage import staticfiles_storage
from django.db import connection
from django.http import HttpResponse, HttpResponsePermanentRedirect, JsonResponse
from django.shortcuts import get_object_or_404
from django.template import loader
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView, RedirectView, TemplateView
from django_filters.views import FilterView

from events.models import Event
from partners.models import Membership, Organisation
from projects.models import Application, Project

from .cache import until_next_change
from .figures import headline_figures, latest_year
from .filters import INVALID_CHOICE_MESSAGE
from .models import AnnualReport, Country, PriorityArea
from .search import MAX_QUERY_LENGTH, SEARCH_TYPES, search
from .search_text import is_number, typed_words

# How many records a page shows in a block before linking to the full list.
BLOCK_SIZE = 6


class VisibleToUserMixin:
    """Published records for the public; staff also see drafts, as a preview."""

    def get_queryset(self):
        return super().get_queryset().visible_to(self.request.user)


class CanonicalAddressMixin:
    """One address per page: Django's ``int`` converter also reads «02024» as
    2024, so /reports/02024/ would be a second address of the 2024 report. Any
    spelling other than the one ``reverse()`` gives for the same arguments is
    sent there for good (301, query string kept), as a mature site does with
    a link that still works but is not its own; no spelling is a 500."""

    def dispatch(self, request, *args, **kwargs):
        canonical = reverse(request.resolver_match.view_name, kwargs=kwargs)
        if canonical != request.path:
            query = request.META.get("QUERY_STRING", "")
            return HttpResponsePermanentRedirect(f"{canonical}?{query}" if query else canonical)
        return super().dispatch(request, *args, **kwargs)


class PublicListView(VisibleToUserMixin, FilterView):
    """A filtered, paginated list; filters and page live in the query string.
    An invalid filter shows the form's errors and no records."""

    template_name_suffix = "_list"
    paginate_by = 20
    paginate_orphans = 3


def health(request):
    """For the load balancer: 200 when this server can serve pages, 503 when
    not. The database must answer, and the static files must be collected:
    in production every page names them through the manifest, and is a 500
    without it."""
    checks = {"database": _database_state(), "static": _static_files_state()}
    healthy = all(state == "ok" for state in checks.values())
    return JsonResponse(
        {"status": "ok" if healthy else "error", **checks}, status=200 if healthy else 503
    )


def _database_state() -> str:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:
        return "unavailable"
    return "ok"


def _static_files_state() -> str:
    try:
        staticfiles_storage.url("css/site.css")
    except ValueError:  # the manifest does not name it: collectstatic has not run here
        return "not collected"
    return "ok"


def _error_page(request, template_name: str, status: int, context=None) -> HttpResponse:
    """An error page in the language of the address (/en/… in English). The
    error may come before the language is set from it: a database or cache
    that does not answer fails in the page cache, which runs first."""
    language = translation.get_language_from_path(request.path_info)
    with translation.override(language or translation.get_language()):
        return HttpResponse(loader.render_to_string(template_name, context), status=status)


def bad_request(request, exception):
    return _error_page(request, "400.html", 400)


def permission_denied(request, exception):
    # Staff refused an admin page go back to the admin, not to the public site.
    admin_index = reverse("admin:index")
    in_admin = request.path_info.startswith(admin_index)
    return _error_page(request, "403.html", 403, {"admin_index": admin_index if in_admin else ""})


def server_error(request):
    return _error_page(request, "500.html", 500)


def _home_year() -> tuple[int | None, AnnualReport | None]:
    """The latest year (figures.latest_year) and its published report."""
    year = latest_year()
    return year, AnnualReport.objects.published().filter(year=year).first() if year else None


class HomeView(TemplateView):
    template_name = "cooperation/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        # The year the page is about, and its report: kept until staff next
        # save, like the figures of that year.
        year, report = until_next_change("home:year", _home_year, request=self.request)
        events = Event.objects.visible_to(user).for_listing()
        # The figures and the areas' counts read every record of the year, or
        # of all years; they are kept until staff next save.
        figures = (
            until_next_change(
                f"home:figures:{year}",
                lambda: headline_figures(year, report=report),
                request=self.request,
            )
            if year
            else None
        )
        areas = until_next_change(
            "home:areas",
            lambda: list(PriorityArea.objects.with_published_counts()),
            request=self.request,
        )
        context.update(
            year=year,
            report=report,
            figures=figures,
            areas=areas,
            memberships=Membership.objects.visible_to(user)
            .active_in(year or 0)
            .select_related("organisation__country"),
            upcoming_events=events.coming_up(3),
            recent_events=list(events.past()[:5]),
            projects=Project.objects.visible_to(user).partner_projects().for_listing()[:BLOCK_SIZE],
            # The map's countries: read only when the map is drawn, not
            # when the template has it kept (keep_until_change).
            partner_countries=Country.objects.partners(),
            home_country=functools.cache(Country.objects.filter(iso_code="UA").first),
            visited_countries=Country.objects.with_published("events")
            .filter(is_cooperation_partner=False)
            .exclude(iso_code="UA"),
        )
        return context


class PriorityAreaDetailView(DetailView):
    """A priority area with everything in it."""

    model = PriorityArea

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user, area = self.request.user, self.object
        projects = Project.objects.visible_to(user).filter(priority_area=area)
        events = Event.objects.visible_to(user).filter(priority_area=area)
        applications = Application.objects.visible_to(user).filter(priority_area=area)
        context.update(
            projects=projects.for_listing()[:BLOCK_SIZE],
            project_count=projects.count(),
            events=events.for_listing()[:BLOCK_SIZE],
            event_count=events.count(),
            applications=applications.for_listing()[:BLOCK_SIZE],
            application_count=applications.count(),
            other_areas=PriorityArea.objects.exclude(pk=area.pk),
        )
        return context


class CountryDetailView(DetailView):
    """A country with the organisations, events and projects there."""

    model = Country

    def get(self, request, *args, **kwargs):
        code = kwargs["iso_code"]  # two Latin letters (site_urls.CountryCodeConverter)
        if code != code.lower():
            # One address per country: /countries/pl/.
            return HttpResponsePermanentRedirect(request.path.replace(code, code.lower(), 1))
        return super().get(request, *args, **kwargs)

    def get_object(self, queryset=None):
        return get_object_or_404(Country, iso_code=self.kwargs["iso_code"].upper())

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user, country = self.request.user, self.object
        organisations = Organisation.objects.visible_to(user).filter(country=country)
        events = Event.objects.visible_to(user).filter(country=country)
        projects = Project.objects.visible_to(user).filter(countries=country)
        context.update(
            organisations=organisations.select_related("country").alphabetical(),
            events=events.for_listing()[:BLOCK_SIZE],
            event_count=events.count(),
            projects=projects.for_listing(),
        )
        return context


class SearchForm(forms.Form):
    q = forms.CharField(
        label=_("Search"),
        max_length=MAX_QUERY_LENGTH,
        required=False,
        strip=True,
        error_messages={
            "max_length": _("Make the search shorter: at most %(limit_value)d characters.")
        },
    )
    type = forms.ChoiceField(
        label=_("Type of record"),
        required=False,
        choices=[("", _("Everything"))] + [(t.key, t.label) for t in SEARCH_TYPES],
        error_messages={"invalid_choice": INVALID_CHOICE_MESSAGE},
    )

    def clean_q(self):
        query = self.cleaned_data["q"]
        # One letter begins too many words to be a search; one digit is an
        # application's number («8»), matched whole (search_text.whole_words).
        if query and len(query) < 2 and not is_number(query):
            raise forms.ValidationError(_("Type at least two letters."))
        return query


class SearchView(TemplateView):
    """One box for every record type, both languages; results grouped by type.
    With a type chosen, that group shows more results."""

    template_name = "cooperation/search.html"
    per_group = 5
    per_type = 50

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = SearchForm(self.request.GET or None)
        groups, query, chosen, elsewhere = [], "", "", 0
        if form.is_bound and form.is_valid():
            query, chosen = form.cleaned_data["q"], form.cleaned_data["type"]
            if query:
                user = self.request.user
                groups = search(
                    query,
                    user=user,
                    types={chosen} if chosen else None,
                    limit=self.per_type if chosen else self.per_group,
                    request=self.request,
                )
                if chosen and not groups:
                    # Nothing of the type chosen: say whether the others have any.
                    others = search(query, user=user, limit=1, request=self.request)
                    elsewhere = sum(group.total for group in others)
        context.update(
            form=form,
            query=query,
            chosen_type=chosen,
            groups=groups,
            total=sum(group.total for group in groups),
            similar=any(group.similar for group in groups),
            elsewhere=elsewhere,
            one_word_searches=[] if groups or elsewhere else self.one_word_searches(query),
        )
        return context

    @staticmethod
    def one_word_searches(query: str) -> list[str]:
        """The words of a query of several that found nothing, each a search
        of its own to offer: every word must be in a record."""
        words = typed_words(query)
        return words if len(words) > 1 else []


class FaviconView(RedirectView):
    """/favicon.ico, which browsers ask for on pages naming no icon (the admin).
    A temporary redirect: browsers keep a permanent one, and the hashed name
    it leads to changes with the icon."""

    permanent = False

    def get_redirect_url(self, *args, **kwargs):
        # Resolved per request: the hashed static name exists only after collectstatic.
        return static("img/favicon.svg")


class RobotsView(TemplateView):
    template_name = "robots.txt"
    content_type = "text/plain; charset=utf-8"
