"""Keeping the stored search documents current (``SearchableModel``).

A record's own save() rewrites its document. What a document quotes from
other records is kept current here, when those change: a country renamed
rewrites the documents of its events and partners; a programme renamed or
unpublished, those of its applications.
"""

from __future__ import annotations

from django.apps import apps
from django.db.models.signals import post_save

from cooperation.models import Country, SearchableModel
from events.models import Event
from partners.models import Organisation
from projects.models import Application, Programme


def searchable_models() -> list[type[SearchableModel]]:
    return [model for model in apps.get_models() if issubclass(model, SearchableModel)]


def refresh_all_documents() -> None:
    """Every stored search document, e.g. after loading records without save()
    (a restored backup, perhaps made before the documents existed)."""
    for model in searchable_models():
        model.store_search_documents()


def _refresh_documents_quoting_country(sender, instance, raw=False, **kwargs) -> None:
    """Events and partners quote their country's names in their documents."""
    if raw:  # loaddata: restore_backup refreshes every document once loaded
        return
    for model in (Event, Organisation):
        model.store_search_documents(model.objects.filter(country=instance))


def _refresh_documents_quoting_programme(sender, instance, raw=False, **kwargs) -> None:
    """Applications quote their programme's names in their documents."""
    if raw:
        return
    Application.store_search_documents(Application.objects.filter(programme=instance))


def connect_signals() -> None:
    post_save.connect(
        _refresh_documents_quoting_country, sender=Country, dispatch_uid="search-country"
    )
    post_save.connect(
        _refresh_documents_quoting_programme, sender=Programme, dispatch_uid="search-programme"
    )
