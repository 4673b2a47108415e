"""sitemap.xml: every public page in both languages, each with its hreflang
alternates (Django's i18n sitemaps)."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from events.models import Event
from partners.models import Memorandum, Organisation
from projects.models import Application, Project

from .models import AnnualReport, Country, PriorityArea


class PortalSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True


class PageSitemap(PortalSitemap):
    """The home page and the lists."""

    priority = 0.8
    changefreq = "weekly"
    url_names = (
        "cooperation:home",
        "projects:project_list",
        "events:event_list",
        "partners:memorandum_list",
        "projects:application_list",
        "partners:organisation_list",
        "partners:membership_list",
    )

    def items(self):
        return list(self.url_names)

    def location(self, item):
        return reverse(item)


class RecordSitemap(PortalSitemap):
    """The records of one model, each with a page of its own and the time it
    last changed: the published ones."""

    model = None
    changefreq = "monthly"

    def items(self):
        return self.model.objects.published().order_by("pk")

    def lastmod(self, item):
        return item.updated_at


class ProjectSitemap(RecordSitemap):
    model = Project


class EventSitemap(RecordSitemap):
    model = Event


class MemorandumSitemap(RecordSitemap):
    model = Memorandum


class ApplicationSitemap(RecordSitemap):
    model = Application


class OrganisationSitemap(RecordSitemap):
    model = Organisation


class ReportSitemap(RecordSitemap):
    model = AnnualReport


class AreaSitemap(RecordSitemap):
    model = PriorityArea

    def items(self):
        # Every area: an area is never a draft.
        return PriorityArea.objects.order_by("order", "pk")


class CountrySitemap(PortalSitemap):
    """Countries of cooperation and every country with a published record."""

    changefreq = "monthly"

    def items(self):
        countries = Country.objects
        return (
            countries.partners()
            | countries.with_published("events")
            | countries.with_published("organisations")
            | countries.with_published("projects")
        ).order_by("iso_code")


sitemaps = {
    "pages": PageSitemap,
    "areas": AreaSitemap,
    "countries": CountrySitemap,
    "projects": ProjectSitemap,
    "events": EventSitemap,
    "memoranda": MemorandumSitemap,
    "applications": ApplicationSitemap,
    "partners": OrganisationSitemap,
    "reports": ReportSitemap,
}
