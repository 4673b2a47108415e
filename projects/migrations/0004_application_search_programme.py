# Applications' search documents also hold their programme's names.

from django.db import migrations

from cooperation.searchable import store_search_documents

FIELDS = ("title", "summary")
WITH_PROGRAMME = ("programme.name_uk", "programme.name_en")


def with_programme(apps, schema_editor):
    application = apps.get_model("projects", "Application")
    rows = application._base_manager.using(schema_editor.connection.alias)
    store_search_documents(rows, FIELDS, WITH_PROGRAMME)


def without_programme(apps, schema_editor):
    application = apps.get_model("projects", "Application")
    rows = application._base_manager.using(schema_editor.connection.alias)
    store_search_documents(rows, FIELDS)


class Migration(migrations.Migration):

    dependencies = [
        ("projects", "0003_unique_error_messages"),
    ]

    operations = [
        migrations.RunPython(with_programme, without_programme),
    ]
