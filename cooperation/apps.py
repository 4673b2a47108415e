from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.utils.translation import gettext_lazy as _


class CooperationConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "cooperation"
    verbose_name = _("International cooperation")

    def ready(self) -> None:
        from . import (  # noqa: F401 (lookups: registered on import)
            cache,
            lookups,
            search_documents,
            sqlite,
        )

        sqlite.connect_signals()
        cache.connect_signals()
        search_documents.connect_signals()


class PortalAdminConfig(admin_apps.AdminConfig):
    """Django's admin, on the portal's own site (its names, the order of its
    apps, the drafts waiting on its first page). Named in INSTALLED_APPS; the
    cooperation app itself is CooperationConfig."""

    default = False

    default_site = "cooperation.admin_site.PortalAdminSite"
