"""The operations of migrations on ``SearchableModel.search_document``: adding
the field, filling it for existing rows and, on PostgreSQL only, indexing it
for site search; rewriting it when what a document holds changes."""

from django.conf import settings
from django.db import migrations, models

from cooperation.searchable import store_search_documents


def _filler(
    model_name: str,
    fields: tuple,
    related: tuple = (),
    kind: str = "",
    title_related: tuple = (),
    linked: tuple = (),
):
    """A RunPython function writing every row's document from ``fields``,
    ``related``, ``kind``, ``title_related`` and ``linked``
    (search_text.document_of, searchable.linked_texts)."""
    app_label, name = model_name.split(".")

    def fill(apps, schema_editor):
        model = apps.get_model(app_label, name)
        store_search_documents(
            model._base_manager.using(schema_editor.connection.alias),
            fields,
            related,
            kind,
            title_related,
            linked,
        )

    return fill


def refresh_search_documents(
    model_name: str,
    fields: tuple,
    related: tuple = (),
    *,
    kind: str = "",
    title_related: tuple = (),
    linked: tuple = (),
    before: tuple | None = None,
) -> migrations.RunPython:
    """Rewrite every ``app.Model`` row's document from ``fields``,
    ``related``, ``kind``, ``title_related`` and ``linked`` as they are at that
    migration. ``before`` is what the documents were made from until then,
    (fields, related, kind, title_related, linked) or the first of them:
    migrating back writes them so again. Without it, migrating back leaves
    the documents."""
    backwards = _filler(model_name, *before) if before else migrations.RunPython.noop
    forwards = _filler(model_name, fields, related, kind, title_related, linked)
    return migrations.RunPython(forwards, backwards)


def add_search_document(model_name: str, fields: tuple, related: tuple = ()) -> list:
    """The operations for ``app.Model``: add the field as SearchableModel
    declares it, fill every existing row's document from ``fields`` and
    ``related`` (as the model's search_fields and search_related are at that
    migration), then create the GIN indexes for full-text prefix queries and
    trigram word similarity. The full-text expression is spelt as
    search.DocumentVector spells it in queries, or the planner would not use
    the index."""
    app_label, name = model_name.split(".")

    def index_statements(apps, create: bool) -> list[str]:
        table = apps.get_model(app_label, name)._meta.db_table
        if not create:
            return [f"DROP INDEX IF EXISTS {table}_search_{kind}" for kind in ("fts", "trgm")]
        return [
            f"CREATE INDEX IF NOT EXISTS {table}_search_fts ON {table} "
            "USING gin (to_tsvector('simple'::regconfig, search_document))",
            f"CREATE INDEX IF NOT EXISTS {table}_search_trgm ON {table} "
            "USING gin (search_document gin_trgm_ops)",
        ]

    def indexes(create: bool):
        def operation(apps, schema_editor):
            if schema_editor.connection.vendor == "postgresql":
                for statement in index_statements(apps, create):
                    schema_editor.execute(statement)

        return operation

    return [
        migrations.AddField(
            model_name=name.lower(),
            name="search_document",
            field=models.TextField(
                blank=True, default="", editable=False, verbose_name="search text"
            ),
        ),
        migrations.RunPython(_filler(model_name, fields, related), migrations.RunPython.noop),
        migrations.RunPython(indexes(create=True), indexes(create=False)),
    ]


def replace_texts(
    model_name: str, changes: list[tuple[dict, str, str, str]], *, search: tuple | None = None
) -> migrations.RunPython:
    """Give records of ``app.Model`` new texts: each change is (a lookup
    finding the record, a translation's column such as ``title_uk``, the text
    before, the text after). A record whose text is no longer the one before
    (staff changed it) is left alone. ``search`` is the (fields, related) the
    model's search documents are made from at that migration, for a
    searchable model: the changed records' documents are rewritten from them.
    The site's revision goes up, so cached pages show the new texts.
    Migrating back puts the texts before back, on the same terms."""
    app_label, name = model_name.split(".")

    def operation(forwards: bool):
        def replace(apps, schema_editor):
            using = schema_editor.connection.alias
            records = apps.get_model(app_label, name)._base_manager.using(using)
            changed = set()
            for lookup, column, before, after in changes:
                old, new = (before, after) if forwards else (after, before)
                rows = records.filter(**lookup, **{column: old})
                changed.update(rows.values_list("pk", flat=True))
                field, language = column.rsplit("_", 1)
                update = {column: new}
                if language == settings.MODELTRANSLATION_DEFAULT_LANGUAGE:
                    # modeltranslation keeps the default language's text in
                    # the untranslated column too.
                    update[field] = new
                rows.update(**update)
            if not changed:
                return
            if search:
                store_search_documents(records.filter(pk__in=changed), *search)
            revision = apps.get_model("cooperation", "SiteRevision")._base_manager
            revision.using(using).filter(pk=1).update(number=models.F("number") + 1)

        return replace

    return migrations.RunPython(operation(forwards=True), operation(forwards=False))
