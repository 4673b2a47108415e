"""Three events of 2024 get their Ukrainian titles in the brochure's words:
«Фестиваль ALDA & Генеральна асамблея», not «… та …»; the AER's assembly by
the English name the brochure keeps in its Ukrainian text, not a translation
of ours; «Круглий стіл серед учасників …», as the brochure has it. A title
staff have already changed is kept. Each model's search fields as they are at
this migration."""

from django.db import migrations

from cooperation.migrations_support import replace_texts

TITLES = [
    (
        {"slug": "2024-alda-festival-and-general-assembly"},
        "Фестиваль ALDA та Генеральна асамблея",
        "Фестиваль ALDA & Генеральна асамблея",
    ),
    (
        {"slug": "2024-aer-general-assembly-black-sea-summit"},
        "Генеральна асамблея та засідання Бюро AER, 8-й Чорноморський саміт",
        "AER General Assembly & Bureau Meeting, 8th Black Sea Summit",
    ),
    (
        {"slug": "2024-round-table-polish-teachers"},
        "Круглий стіл учасників Першого та Другого навчально-методичних кемпів для вчителів "
        "польської мови",
        "Круглий стіл серед учасників Першого та Другого навчально-методичних кемпів для вчителів "
        "польської мови",
    ),
]
SEARCH_FIELDS = ("title", "city", "summary", "description", "presented")
SEARCH_RELATED = ("country.name_uk", "country.name_en")


class Migration(migrations.Migration):
    dependencies = [
        ("cooperation", "0008_search_documents_name_abbreviations"),
        ("events", "0007_editors_keep_event_documents"),
    ]

    operations = [
        replace_texts(
            "events.Event",
            [(lookup, "title_uk", before, after) for lookup, before, after in TITLES],
            search=(SEARCH_FIELDS, SEARCH_RELATED),
        ),
    ]
