"""Operations the apps' migrations share: filling the stored search documents
and, on PostgreSQL only, indexing them for site search."""

from django.db import migrations

from cooperation.search_text import document_of


def fill_search_documents(model_name: str, fields: tuple, related: tuple = ()):
    """RunPython: the search document of every existing ``app.Model`` row,
    computed as ``SearchableModel.refresh_search_document`` does."""
    app_label, name = model_name.split(".")

    def forwards(apps, schema_editor):
        model = apps.get_model(app_label, name)
        rows = model.objects.using(schema_editor.connection.alias)
        if related:
            rows = rows.select_related(*{path.split(".")[0] for path in related})
        batch = []
        for row in rows.iterator(chunk_size=500):
            row.search_document = document_of(row, fields, related)
            batch.append(row)
            if len(batch) == 500:
                model.objects.bulk_update(batch, ["search_document"])
                batch = []
        model.objects.bulk_update(batch, ["search_document"])

    return migrations.RunPython(forwards, migrations.RunPython.noop)


def search_indexes(table: str):
    """RunPython: GIN indexes on ``table.search_document`` for full-text
    prefix queries and trigram word similarity (PostgreSQL; a no-op
    elsewhere). The full-text expression is spelt as search.DocumentVector
    spells it in queries, or the planner would not use the index."""
    create = [
        f"CREATE INDEX IF NOT EXISTS {table}_search_fts ON {table} "
        "USING gin (to_tsvector('simple'::regconfig, search_document))",
        f"CREATE INDEX IF NOT EXISTS {table}_search_trgm ON {table} "
        "USING gin (search_document gin_trgm_ops)",
    ]
    drop = [f"DROP INDEX IF EXISTS {table}_search_fts", f"DROP INDEX IF EXISTS {table}_search_trgm"]

    def run(statements):
        def operation(apps, schema_editor):
            if schema_editor.connection.vendor == "postgresql":
                for statement in statements:
                    schema_editor.execute(statement)

        return operation

    return migrations.RunPython(run(create), run(drop))
