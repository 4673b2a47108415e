"""Application 2024/06 gets its Ukrainian title in the brochure's words:
«Проєктна заявка, що є частиною проєкту «…»», not «… в межах проєкту «…»». A
title staff have already changed is kept. The search fields as they are at
this migration."""

from django.db import migrations

from cooperation.migrations_support import replace_texts

PROJECT = (
    "«Зміцнення громадянського суспільства через впровадження партисипативних та інклюзивних "
    "рішень»"
)
TITLES = [
    (
        {"year": 2024, "number": 6},
        f"Проєктна заявка в межах проєкту {PROJECT}",
        f"Проєктна заявка, що є частиною проєкту {PROJECT}",
    ),
]
SEARCH_FIELDS = ("title", "summary")
SEARCH_RELATED = ("programme.name_uk", "programme.name_en", "year", "number")


class Migration(migrations.Migration):
    dependencies = [
        ("cooperation", "0008_search_documents_name_abbreviations"),
        ("projects", "0005_application_search_code"),
    ]

    operations = [
        replace_texts(
            "projects.Application",
            [(lookup, "title_uk", before, after) for lookup, before, after in TITLES],
            search=(SEARCH_FIELDS, SEARCH_RELATED),
        ),
    ]
