"""The staff admin's site: what Django makes ``admin.site`` of (see
``cooperation.apps.PortalAdminConfig``). Kept apart from the ``admin``
package, whose modules register the models on this site as they are imported.
"""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from .models import AnnualReport
from .records import PublicationStatus, PublishableModel

# The apps in the order of the office's work, the records it keeps every week
# first; the user accounts and the login protection last.
APP_ORDER = ("events", "projects", "partners", "cooperation", "auth", "axes")


class PortalAdminSite(admin.AdminSite):
    site_header = _("International cooperation portal — staff")
    site_title = _("Cooperation portal admin")
    index_title = _("Records of the international cooperation office")

    def get_app_list(self, request, app_label=None):
        apps = super().get_app_list(request, app_label)
        return sorted(apps, key=lambda app: _place_of(app["app_label"]))

    def index(self, request, extra_context=None):
        report_admin = self._registry.get(AnnualReport)
        may_see_reports = report_admin is not None and report_admin.has_view_permission(request)
        # Django's index reads the apps itself unless given them: read once.
        app_list = self.get_app_list(request)
        context = {
            "app_list": app_list,
            "drafts": drafts_waiting(app_list),
            "latest_report": AnnualReport.objects.first() if may_see_reports else None,
            **(extra_context or {}),
        }
        return super().index(request, context)


def drafts_waiting(app_list: list[dict]) -> list[dict]:
    """The kinds of public record in ``app_list`` (those the user may see)
    that have drafts, each with how many and the address of its list of
    drafts, in the apps' order."""
    waiting = []
    for app in app_list:
        for entry in app["models"]:
            model = entry["model"]
            if not issubclass(model, PublishableModel) or not entry["admin_url"]:
                continue
            count = model.objects.filter(publication_status=PublicationStatus.DRAFT).count()
            if count:
                waiting.append(
                    {
                        "name": entry["name"],
                        "count": count,
                        "url": f"{entry['admin_url']}?publication_status__exact="
                        f"{PublicationStatus.DRAFT}",
                    }
                )
    return waiting


def _place_of(app_label: str) -> int:
    # An app not named in APP_ORDER (a new one) comes last, until it is.
    return APP_ORDER.index(app_label) if app_label in APP_ORDER else len(APP_ORDER)
