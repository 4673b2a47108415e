"""Every search document is written again (search_text.document_of): one that
names internally displaced people one way («ВПО», «внутрішньо переміщені
особи», «переселенці», IDP, "internally displaced") also carries the other
names, as it carries «ЄС» and EU for the European Union. Each model's fields
as they are at this migration. Migrating back leaves the documents: the
search of that time finds in them what it found before."""

from django.db import migrations

from cooperation.migrations_support import refresh_search_documents

COUNTRY = ("country.name_uk", "country.name_en")


def organisation_names(relation: str) -> tuple:
    return tuple(
        f"{relation}.{column}"
        for column in ("short_name_uk", "short_name_en", "name_uk", "name_en")
    )


# model: (fields, related, kind, title_related, linked)
DOCUMENTS = {
    "events.Event": (
        ("title", "city", "summary", "description", "presented"),
        (*COUNTRY, "start_date", "end_date"),
        "подія захід заходи event",
        (),
        organisation_names("organisations"),
    ),
    "partners.Organisation": (
        ("name", "description"),
        COUNTRY,
        "партнер організація partner organisation",
        ("short_name_uk", "short_name_en"),
        (),
    ),
    "partners.Memorandum": (
        ("title", "summary"),
        ("signed_on", "signed_year"),
        "меморандум memorandum",
        (),
        organisation_names("parties"),
    ),
    "projects.Project": (
        ("title", "summary", "description"),
        (),
        "проєкт проект project",
        (),
        organisation_names("organisations"),
    ),
    "projects.Application": (
        ("title", "summary"),
        ("programme.name_uk", "programme.name_en"),
        "заявка application",
        ("year", "number"),
        organisation_names("organisations"),
    ),
}


class Migration(migrations.Migration):

    dependencies = [
        ("cooperation", "0012_search_documents_linked_organisations"),
        ("events", "0009_photo_alt_text_not_a_file_name"),
        ("partners", "0006_memorandum_year_from_signing_date"),
        ("projects", "0009_cover_image_alt_not_a_file_name"),
    ]

    operations = [
        refresh_search_documents(
            model, fields, related, kind=kind, title_related=title_related, linked=linked
        )
        for model, (fields, related, kind, title_related, linked) in DOCUMENTS.items()
    ]
