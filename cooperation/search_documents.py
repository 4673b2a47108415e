"""Keeping the stored search documents current (``SearchableModel``).

A record's own save() rewrites its document. What a document quotes from
other records is kept current here, when those change:

- a country renamed: the documents of its events and partners; a programme
  renamed, unpublished or run by another organisation: those of its
  applications; the organisation running a programme renamed, published or
  unpublished: those of the programme's applications (``search_related``,
  ``ForeignQuote``). The foreign keys that documents quote through protect
  what they point to: nothing they quote can be deleted;
- an organisation renamed, published or unpublished: those of the records
  linked to it (``search_linked``): its memoranda, projects, events and
  applications; an organisation deleted: those of its events;
- a save that changes nothing a document quotes (a new description, a logo)
  rewrites no document;
- a link added or removed (a row of parties in the admin,
  ``event.organisations.add()``): that of the record.

Each change rewrites the documents at once, or, inside ``refreshed_once()``,
once for each record at the end of the block: the admin saves a memorandum's
rows of parties in one block, so that ten new parties rewrite its document
once, not ten times; the loaders write every link first and each document
once after.

Bulk inserts and QuerySet.update() send no signals: whoever uses them calls
``refresh_documents()`` for the records they link (the loaders), or
``refresh_all_documents()`` (a restore).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache

from django.apps import apps
from django.core.exceptions import ImproperlyConfigured
from django.db import models
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save

from cooperation.searchable import SEARCH_DOCUMENT_BATCH, SearchableModel

# The records whose documents wait for the end of the refreshed_once() block
# this code runs in, by model; None outside one.
_waiting: ContextVar[dict[type[SearchableModel], set] | None] = ContextVar(
    "search_documents_waiting", default=None
)


@contextmanager
def refreshed_once() -> Iterator[None]:
    """Within the block, the documents that changes to links and names call
    for are written at its end, each once. Run it inside the transaction of
    the changes, so that the documents commit with them. A block within
    another leaves the writing to the outer one; a block left by an error
    writes nothing (its transaction is rolled back)."""
    if _waiting.get() is not None:
        yield
        return
    waiting: dict[type[SearchableModel], set] = {}
    token = _waiting.set(waiting)
    try:
        yield
    finally:
        _waiting.reset(token)
    for model, pks in waiting.items():
        _rewrite(model, pks)


def refresh_documents(model: type[SearchableModel], records: models.QuerySet | Iterable) -> None:
    """Rewrite the documents of ``records`` of ``model`` (a queryset, or
    primary keys), now or at the end of the refreshed_once() block."""
    waiting = _waiting.get()
    if waiting is not None:
        if isinstance(records, models.QuerySet):
            records = records.values_list("pk", flat=True)
        waiting.setdefault(model, set()).update(records)
    elif isinstance(records, models.QuerySet):
        model.store_search_documents(records)
    else:
        _rewrite(model, records)


def _rewrite(model: type[SearchableModel], pks: Iterable) -> None:
    pks = [pk for pk in dict.fromkeys(pks) if pk is not None]
    # A few hundred keys a query: SQLite limits the parameters of one.
    for start in range(0, len(pks), SEARCH_DOCUMENT_BATCH):
        chunk = pks[start : start + SEARCH_DOCUMENT_BATCH]
        model.store_search_documents(model._base_manager.filter(pk__in=chunk))


def searchable_models() -> list[type[SearchableModel]]:
    return [model for model in apps.get_models() if issubclass(model, SearchableModel)]


def refresh_all_documents() -> None:
    """Every stored search document, e.g. after loading records without save()
    (a restored backup, perhaps made before the documents existed)."""
    for model in searchable_models():
        model.store_search_documents()


# Names quoted through foreign keys (search_related) -----------------------


@dataclass(frozen=True)
class ForeignQuote:
    """The columns of ``quoted_model``'s records that ``model``'s documents
    quote, reached through the foreign keys of ``lookup``. An application's
    document quotes, of its programme, the names and ``organisation_id``
    (which organisation's names come next), and of ``programme__organisation``
    the names."""

    model: type[SearchableModel]
    quoted_model: type[models.Model]
    lookup: str  # "programme__organisation"
    quoted: tuple[str, ...]  # "name_uk", …, or "organisation_id" on the way

    def records_quoting(self, instance) -> models.QuerySet:
        return self.model._base_manager.filter(**{self.lookup: instance.pk})


@cache
def all_foreign_quotes() -> tuple[ForeignQuote, ...]:
    """Read from each searchable model's dotted paths (``search_related``,
    ``search_title_related``): for each model a path goes through, the
    columns quoted of it, the next foreign key's among them."""
    found: dict[tuple, dict[str, None]] = {}
    for model in searchable_models():
        for path in (*model.search_title_related, *model.search_related):
            *relations, column = path.split(".")
            current = model
            for depth, relation in enumerate(relations):
                field = current._meta.get_field(relation)
                if field.remote_field.on_delete is not models.PROTECT:
                    # A deletion would change the documents without a signal.
                    raise ImproperlyConfigured(f"{model.__name__}: {path} needs PROTECT")
                current = field.related_model
                if depth + 1 < len(relations):  # the foreign key to the next
                    quoted = current._meta.get_field(relations[depth + 1]).attname
                else:
                    quoted = column
                key = (model, current, "__".join(relations[: depth + 1]))
                found.setdefault(key, {})[quoted] = None
    return tuple(
        ForeignQuote(model, quoted_model, lookup, tuple(columns))
        for (model, quoted_model, lookup), columns in found.items()
    )


# Names quoted through links (search_linked) --------------------------------


@dataclass(frozen=True)
class Links:
    """A many-to-many field whose linked records' names ``model``'s documents
    quote: ``Memorandum.parties``, its rows MemorandumParty."""

    model: type[SearchableModel]
    linked_model: type[models.Model]
    through: type[models.Model]
    record_key: str  # the row's column naming the record: "memorandum_id"
    linked_key: str  # and the linked one: "organisation_id"
    quoted: tuple[str, ...]  # the linked record's columns quoted: "name_uk", …

    def records_quoting(self, instance) -> models.QuerySet:
        rows = self.through._base_manager.filter(**{self.linked_key: instance.pk})
        return self.model._base_manager.filter(pk__in=rows.values(self.record_key))

    @property
    def rows_send_signals(self) -> bool:
        """A through model of our own sends post_save and post_delete for its
        rows (but for add(), which inserts them in bulk); the one Django
        creates for a plain many-to-many field sends only m2m_changed."""
        return not self.through._meta.auto_created


@cache
def all_links() -> tuple[Links, ...]:
    found = []
    for model in searchable_models():
        quoted_through: dict[str, list[str]] = {}
        for path in model.search_linked:
            relation, column = path.split(".", 1)
            quoted_through.setdefault(relation, []).append(column)
        for relation, columns in quoted_through.items():
            field = model._meta.get_field(relation)
            through = field.remote_field.through
            found.append(
                Links(
                    model=model,
                    linked_model=field.related_model,
                    through=through,
                    record_key=through._meta.get_field(field.m2m_field_name()).attname,
                    linked_key=through._meta.get_field(field.m2m_reverse_field_name()).attname,
                    quoted=tuple(columns),
                )
            )
    return tuple(found)


def _links_through(through) -> list[Links]:
    return [links for links in all_links() if links.through is through]


def _links_to(linked_model) -> list[Links]:
    return [links for links in all_links() if issubclass(linked_model, links.linked_model)]


def _deleted_with_a(origin, model) -> bool:
    """Whether the deletion that began at ``origin`` (a record or a queryset)
    deletes records of ``model``: a link deleted with its record needs no
    document rewritten."""
    origin_model = origin.model if isinstance(origin, models.QuerySet) else type(origin)
    return isinstance(origin_model, type) and issubclass(origin_model, model)


def _refresh_document_of_linked_record(sender, instance, raw=False, origin=None, **kwargs) -> None:
    """A row of a through model of our own saved or deleted (a party, a
    participant, a donor: the admin's inline rows)."""
    if raw:
        return
    for links in _links_through(sender):
        if origin is not None and _deleted_with_a(origin, links.model):
            continue
        refresh_documents(links.model, [getattr(instance, links.record_key)])


# Keeps what a clear() in reverse (``organisation.events.clear()``) or a
# deletion unlinks, from before it to after it: {links: record keys}.
_UNLINKED = "_search_documents_unlinked"


def _refresh_documents_of_linked_records(sender, instance, action, model, pk_set, **kwargs) -> None:
    """Links added, removed or cleared through a many-to-many manager."""
    for links in _links_through(sender):
        if action != "post_add" and links.rows_send_signals:
            continue  # each row deleted sent post_delete
        from_record = isinstance(instance, links.model)
        if action == "pre_clear" and not from_record:
            _remember_unlinked(instance, links)
        elif action == "post_clear" and not from_record:
            refresh_documents(links.model, instance.__dict__.get(_UNLINKED, {}).pop(links, ()))
        elif action in ("post_add", "post_remove", "post_clear"):
            refresh_documents(links.model, [instance.pk] if from_record else pk_set or ())


def _remember_unlinked(instance, links: Links) -> None:
    rows = links.through._base_manager.filter(**{links.linked_key: instance.pk})
    pks = list(rows.values_list(links.record_key, flat=True))
    instance.__dict__.setdefault(_UNLINKED, {})[links] = pks


def _remember_records_linked_to_deleted(sender, instance, **kwargs) -> None:
    """An organisation about to be deleted: the records linked to it through
    a table Django created (``Event.organisations``), whose rows go without a
    signal. (Rows of a table of our own protect the organisation, or send
    post_delete.)"""
    for links in _links_to(sender):
        if not links.rows_send_signals:
            _remember_unlinked(instance, links)


def _refresh_documents_of_records_linked_to_deleted(sender, instance, **kwargs) -> None:
    for links, pks in instance.__dict__.pop(_UNLINKED, {}).items():
        refresh_documents(links.model, pks)


# What the documents quoting a record quoted of it before a save: {column: value}.
_QUOTED_BEFORE = "_search_documents_quoted_before"


def _quoting(model) -> list[Links | ForeignQuote]:
    """The ways documents quote records of ``model``."""
    foreign = [quote for quote in all_foreign_quotes() if issubclass(model, quote.quoted_model)]
    return [*_links_to(model), *foreign]


def _columns_quoted(model, quote: Links | ForeignQuote) -> tuple[str, ...]:
    """The columns of ``model`` that the documents of ``quote`` hang on: those
    quoted, and whether the record is published (a draft's names are left
    out, search_text._value_at and searchable.linked_texts)."""
    published = any(field.name == "publication_status" for field in model._meta.fields)
    return (*quote.quoted, *(["publication_status"] if published else []))


def _remember_quoted(sender, instance, raw=False, **kwargs) -> None:
    """Before a quoted record (an organisation, a programme, a country) is
    saved: what the documents quote of it as stored, so that a save changing
    none of it (a description, a logo) rewrites no document. One query."""
    if raw or instance.pk is None:
        return
    columns = list(
        dict.fromkeys(c for quote in _quoting(sender) for c in _columns_quoted(sender, quote))
    )
    stored = sender._base_manager.filter(pk=instance.pk).values_list(*columns).first()
    if stored is not None:
        instance.__dict__[_QUOTED_BEFORE] = dict(zip(columns, stored, strict=True))


def _refresh_documents_quoting(sender, instance, created=False, raw=False, **kwargs) -> None:
    """A quoted record saved: renamed, published, unpublished or pointed
    elsewhere (a programme run by another organisation), perhaps. A new one
    is quoted by no document yet."""
    before = instance.__dict__.pop(_QUOTED_BEFORE, None)
    if raw or created:
        return
    for quote in _quoting(sender):
        columns = _columns_quoted(sender, quote)
        if before is not None and all(before[c] == getattr(instance, c) for c in columns):
            continue  # nothing these documents quote has changed
        refresh_documents(quote.model, quote.records_quoting(instance))


def connect_signals() -> None:
    quoted_models = [
        *(links.linked_model for links in all_links()),
        *(quote.quoted_model for quote in all_foreign_quotes()),
    ]
    for quoted_model in dict.fromkeys(quoted_models):
        uid = f"search-quoted-{quoted_model._meta.label}"
        pre_save.connect(_remember_quoted, sender=quoted_model, dispatch_uid=uid)
        post_save.connect(_refresh_documents_quoting, sender=quoted_model, dispatch_uid=uid)
    for linked_model in dict.fromkeys(links.linked_model for links in all_links()):
        uid = f"search-linked-{linked_model._meta.label}"
        pre_delete.connect(
            _remember_records_linked_to_deleted, sender=linked_model, dispatch_uid=uid
        )
        post_delete.connect(
            _refresh_documents_of_records_linked_to_deleted, sender=linked_model, dispatch_uid=uid
        )
    for links in all_links():
        uid = f"search-links-{links.through._meta.label}"
        m2m_changed.connect(
            _refresh_documents_of_linked_records, sender=links.through, dispatch_uid=uid
        )
        if links.rows_send_signals:
            for signal in (post_save, post_delete):
                signal.connect(
                    _refresh_document_of_linked_record, sender=links.through, dispatch_uid=uid
                )
