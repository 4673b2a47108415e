"""Every application's search document is written again with the names of
the organisation that runs its programme (the short name and the name, both
languages, of a published one), after the programme's names, so that an
application is found by the organisation running the programme it was made to
even where no donor or partner row names it. After cooperation 0012, which
wrote these documents without them.

The fields as they are at this migration. Migrating back writes the documents
as 0012 left them."""

from django.db import migrations

from cooperation.migrations_support import refresh_search_documents

ORGANISATION_NAMES = ("short_name_uk", "short_name_en", "name_uk", "name_en")
FIELDS = ("title", "summary")
PROGRAMME = ("programme.name_uk", "programme.name_en")
RUN_BY = tuple(f"programme.organisation.{column}" for column in ORGANISATION_NAMES)
KIND = "заявка application"
TITLE_RELATED = ("year", "number")
LINKED = tuple(f"organisations.{column}" for column in ORGANISATION_NAMES)


class Migration(migrations.Migration):

    dependencies = [
        ("cooperation", "0012_search_documents_linked_and_other_names"),
        ("partners", "0006_memorandum_year_from_signing_date"),
        ("projects", "0009_cover_image_alt_not_a_file_name"),
    ]

    operations = [
        refresh_search_documents(
            "projects.Application",
            FIELDS,
            (*PROGRAMME, *RUN_BY),
            kind=KIND,
            title_related=TITLE_RELATED,
            linked=LINKED,
            before=(FIELDS, PROGRAMME, KIND, TITLE_RELATED, LINKED),
        ),
    ]
