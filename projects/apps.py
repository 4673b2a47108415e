from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProjectsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "projects"
    verbose_name = _("Projects and applications")

    def ready(self) -> None:
        from cooperation.m2m_links import name_link_rows

        from .models import Project

        name_link_rows(
            Project._meta.get_field("countries"),
            _("link between a project and a country"),
            _("links between projects and countries"),
        )
