"""Public records that site search finds: ``SearchableModel`` keeps each
record's searchable text in a stored document, and ``store_search_documents``
rewrites the documents of many records at once (also in migrations, on
historical models). Keeping the documents current when the records they quote
change is ``cooperation.search_documents``."""

from collections.abc import Iterable, Sequence

from django.db import models
from django.utils.translation import gettext_lazy as _

from .records import PublicationStatus, PublishableModel, PublishableQuerySet
from .search_text import document_of


class SearchableQuerySet(PublishableQuerySet):
    def bulk_create(self, objs, *args, linked: Sequence[Iterable] | None = None, **kwargs):
        """Bulk inserts skip save(): the search documents are filled here
        instead. New rows are linked to nothing yet. ``linked`` gives, for
        each of ``objs``, the records the caller links it to next (in bulk,
        through its relation of ``search_linked``): its document quotes their
        names from the start. Without it, whoever links the new rows
        refreshes their documents (``search_documents.refresh_documents``)."""
        objs = list(objs)
        for obj, records in zip(objs, linked or [()] * len(objs), strict=True):
            obj.refresh_search_document(linked=obj.texts_of_linked(records))
        return super().bulk_create(objs, *args, **kwargs)


class SearchableModel(PublishableModel):
    """A public record that site search finds.

    ``search_document`` keeps the record's searchable text, both languages,
    normalised once on save (``cooperation.search_text.normalise``), so a
    search reads one indexed column (PostgreSQL: full-text and trigram GIN
    indexes) instead of normalising every record's texts on every query.
    ``search_fields`` are translated fields (both languages are indexed), the
    first of them the title; ``search_title_related`` dotted paths to text
    shown with the title (an application's code), ``search_related`` to more
    text: on related records through foreign keys (``country.name_uk``,
    ``programme.organisation.name_uk``) or in untranslated fields
    (``number``, a date); ``search_linked`` dotted paths through a
    many-to-many field to the names of the published records it links
    (``parties.name_uk``: a memorandum's parties); ``search_kind`` the words
    that name the type of record in both languages (``search_text.document_of``).

    save() and bulk_create() (SearchableQuerySet, which the models' own
    querysets extend) refresh the document; QuerySet.update() does not,
    so change searchable text through save(), or call store_search_documents().
    A renamed country, programme or organisation, a programme run by another
    organisation, and a link added or removed, refresh the documents that
    quote the names
    (``cooperation.search_documents``).
    """

    search_fields: tuple[str, ...] = ()
    search_related: tuple[str, ...] = ()
    search_title_related: tuple[str, ...] = ()
    search_linked: tuple[str, ...] = ()
    search_kind: str = ""

    search_document = models.TextField(_("search text"), blank=True, default="", editable=False)

    objects = SearchableQuerySet.as_manager()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.refresh_search_document()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = {*update_fields, "search_document"}
        super().save(*args, **kwargs)

    def refresh_search_document(self, linked: Iterable[str] | None = None) -> None:
        """Recompute the document; ``linked`` is the names ``search_linked``
        leads to when the caller knows them (none for a record not inserted
        yet), else they are read: one query for a saved record."""
        if linked is None:
            linked = self._linked_search_texts()
        self.search_document = document_of(
            self,
            self.search_fields,
            self.search_related,
            self.search_kind,
            self.search_title_related,
            tuple(linked),
        )

    def _linked_search_texts(self) -> list[str]:
        if not self.search_linked or self.pk is None:
            return []
        return linked_texts(type(self), [self.pk], self.search_linked)[self.pk]

    def texts_of_linked(self, records: Iterable[models.Model]) -> list[str]:
        """The texts of ``search_linked`` taken from ``records`` in memory
        (linked through its one relation there: each model has one), as
        ``linked_texts`` reads them from the database: published ones only."""
        columns = [path.split(".", 1)[1] for path in self.search_linked]
        return [
            getattr(record, column)
            for record in records
            if getattr(record, "publication_status", PublicationStatus.PUBLISHED)
            == PublicationStatus.PUBLISHED
            for column in columns
        ]

    @classmethod
    def store_search_documents(cls, records: models.QuerySet | None = None) -> None:
        """Recompute the documents of ``records`` (default: all) for changes
        that bypass save(): a restore, a renamed country, a new link."""
        records = cls._base_manager.all() if records is None else records
        store_search_documents(
            records,
            cls.search_fields,
            cls.search_related,
            cls.search_kind,
            cls.search_title_related,
            cls.search_linked,
        )


# Rows written per UPDATE, and records whose links are read per query.
SEARCH_DOCUMENT_BATCH = 500


def store_search_documents(
    rows: models.QuerySet,
    fields: tuple,
    related: tuple = (),
    kind: str = "",
    title_related: tuple = (),
    linked: tuple = (),
) -> None:
    """Write the search document of every row of ``rows``, in batches. Takes
    the fields rather than the model's attributes so that migrations can pass
    the fields as they were, on historical models."""
    # "programme.organisation.name_uk": the programme and its organisation.
    tables = {
        path.rsplit(".", 1)[0].replace(".", "__")
        for path in (*related, *title_related)
        if "." in path
    }
    rows = rows.select_related(*tables) if tables else rows
    batch = []
    for row in rows.iterator(chunk_size=SEARCH_DOCUMENT_BATCH):
        batch.append(row)
        if len(batch) == SEARCH_DOCUMENT_BATCH:
            _store_batch(batch, fields, related, kind, title_related, linked)
            batch = []
    if batch:
        _store_batch(batch, fields, related, kind, title_related, linked)


def _store_batch(batch: list, fields, related, kind, title_related, linked) -> None:
    model = type(batch[0])
    names = linked_texts(model, [row.pk for row in batch], linked) if linked else {}
    for row in batch:
        row.search_document = document_of(
            row, fields, related, kind, title_related, tuple(names.get(row.pk, ()))
        )
    model._base_manager.bulk_update(batch, ["search_document"])


def linked_texts(model: type[models.Model], pks: list, paths: tuple[str, ...]) -> dict:
    """For each record of ``model`` in ``pks``, the texts at the dotted
    ``paths`` (``parties.name_uk``: a many-to-many field of ``model``, then a
    column of the records it links to), in the links' order: one query per
    many-to-many field, whatever the number of records. Only published
    linked records, where they have a publication status: the public must
    not find a record by the name of an organisation it cannot see. Works on
    historical models in migrations too."""
    texts: dict = {pk: [] for pk in pks}
    columns_of: dict[str, list[str]] = {}
    for path in paths:
        relation, column = path.split(".", 1)
        columns_of.setdefault(relation, []).append(column)
    for relation, columns in columns_of.items():
        field = model._meta.get_field(relation)
        through = field.remote_field.through
        source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
        links = through._base_manager.filter(**{f"{source}__in": pks})
        if any(f.name == "publication_status" for f in field.related_model._meta.fields):
            links = links.filter(**{f"{target}__publication_status": PublicationStatus.PUBLISHED})
        links = links.order_by(*(through._meta.ordering or ["pk"]))
        for pk, *values in links.values_list(source, *(f"{target}__{c}" for c in columns)):
            texts[pk].extend(values)
    return texts
