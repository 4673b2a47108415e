from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "events"
    verbose_name = _("Events")

    def ready(self) -> None:
        from cooperation.m2m_links import name_link_rows

        from .models import Event

        name_link_rows(
            Event._meta.get_field("projects"),
            _("link between an event and a project"),
            _("links between events and projects"),
        )
        name_link_rows(
            Event._meta.get_field("organisations"),
            _("link between an event and an organisation"),
            _("links between events and organisations"),
        )
