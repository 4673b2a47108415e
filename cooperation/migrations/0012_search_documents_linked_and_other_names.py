"""Every search document is written again (search_text.document_of):

- those of memoranda, projects, events and applications with the names of the
  organisations linked to them (their parties, participants, organisations,
  donors and partners: the short name and the name, both languages, of each
  published one), after the title, so that «LUCC» finds the memorandum LUCC
  signed;
- every one that names internally displaced people one way («ВПО»,
  «внутрішньо переміщені особи», «переселенці», IDP, "internally displaced")
  with the other names too, as it carries «ЄС» and EU for the European Union.

Each model's fields as they are at this migration. Migrating back writes the
documents without the linked names; the other names stay, and the search of
that time finds in them what it found before."""

from django.db import migrations

from cooperation.migrations_support import refresh_search_documents

COUNTRY = ("country.name_uk", "country.name_en")


def organisation_names(relation: str) -> tuple:
    return tuple(
        f"{relation}.{column}"
        for column in ("short_name_uk", "short_name_en", "name_uk", "name_en")
    )


# model: (fields, related, kind, title_related), and the linked names
DOCUMENTS = {
    "events.Event": (
        (
            ("title", "city", "summary", "description", "presented"),
            (*COUNTRY, "start_date", "end_date"),
            "подія захід заходи event",
            (),
        ),
        organisation_names("organisations"),
    ),
    "partners.Organisation": (
        (
            ("name", "description"),
            COUNTRY,
            "партнер організація partner organisation",
            ("short_name_uk", "short_name_en"),
        ),
        (),
    ),
    "partners.Memorandum": (
        (("title", "summary"), ("signed_on", "signed_year"), "меморандум memorandum", ()),
        organisation_names("parties"),
    ),
    "projects.Project": (
        (("title", "summary", "description"), (), "проєкт проект project", ()),
        organisation_names("organisations"),
    ),
    "projects.Application": (
        (
            ("title", "summary"),
            ("programme.name_uk", "programme.name_en"),
            "заявка application",
            ("year", "number"),
        ),
        organisation_names("organisations"),
    ),
}


class Migration(migrations.Migration):

    dependencies = [
        ("cooperation", "0011_amounts_at_most_15_digits"),
        ("events", "0009_photo_alt_text_not_a_file_name"),
        ("partners", "0006_memorandum_year_from_signing_date"),
        ("projects", "0009_cover_image_alt_not_a_file_name"),
    ]

    operations = [
        refresh_search_documents(
            model,
            fields,
            related,
            kind=kind,
            title_related=title_related,
            linked=linked,
            before=(fields, related, kind, title_related) if linked else None,
        )
        for model, ((fields, related, kind, title_related), linked) in DOCUMENTS.items()
    ]
