from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CooperationConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "cooperation"
    verbose_name = _("International cooperation")

    def ready(self) -> None:
        from . import cache, lookups, search_documents, sqlite  # noqa: F401 (lookups: registered on import)

        sqlite.connect_signals()
        cache.connect_signals()
        search_documents.connect_signals()
