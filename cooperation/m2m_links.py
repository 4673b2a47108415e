"""Readable names for the rows of Django's own many-to-many tables.

Django creates the table behind a plain ManyToManyField (``Event.projects``)
itself, with no option for its names: the admin's "delete" pages list its rows
as "Event_projects object (3)" under "Event-project relationship". An explicit
``through`` model would take its names, but the admin then refuses the field in
its forms (the autocomplete widgets staff use), so the created model is named
here instead: a verbose name, and a ``__str__`` that names both ends.
"""

from django.db import models


def name_link_rows(
    field: models.ManyToManyField, verbose_name: str, verbose_name_plural: str
) -> None:
    """Call from ``AppConfig.ready()``, once every model is loaded."""
    through = field.remote_field.through
    if not through._meta.auto_created:
        raise ValueError(f"{field} has its own through model: name that model instead.")
    from_end, to_end = field.m2m_field_name(), field.m2m_reverse_field_name()
    through._meta.verbose_name = verbose_name
    through._meta.verbose_name_plural = verbose_name_plural
    through.__str__ = lambda link: f"{getattr(link, from_end)} — {getattr(link, to_end)}"
