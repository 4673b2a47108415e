# Applications' search documents also hold their year and number, the code the
# brochure prints («2024/08»), so that site search finds an application by it.

from django.db import migrations

from cooperation.migrations_support import refresh_search_documents

FIELDS = ("title", "summary")
WITH_PROGRAMME = ("programme.name_uk", "programme.name_en")


class Migration(migrations.Migration):

    dependencies = [
        ("projects", "0004_application_search_programme"),
    ]

    operations = [
        refresh_search_documents(
            "projects.Application",
            FIELDS,
            (*WITH_PROGRAMME, "year", "number"),
            before=(FIELDS, WITH_PROGRAMME),
        ),
    ]
