"""Every search document is written again: a document naming the European
Union now also carries «ЄС» and "EU" (search_text.document_of), and «№» is
no longer read as the letter «n». Each model's fields as they are at this
migration. Migrating back leaves the documents as they are: the extra words
only let those searches find what the records say."""

from django.db import migrations

from cooperation.migrations_support import refresh_search_documents

COUNTRY = ("country.name_uk", "country.name_en")
DOCUMENTS = {
    "events.Event": (("title", "city", "summary", "description", "presented"), COUNTRY),
    "partners.Organisation": (("name", "short_name", "description"), COUNTRY),
    "partners.Memorandum": (("title", "summary"), ()),
    "projects.Project": (("title", "summary", "description"), ()),
    "projects.Application": (
        ("title", "summary"),
        ("programme.name_uk", "programme.name_en", "year", "number"),
    ),
}


class Migration(migrations.Migration):

    dependencies = [
        ("cooperation", "0007_unique_error_messages"),
        ("events", "0005_unique_error_messages"),
        ("partners", "0005_european_union_short_name"),
        ("projects", "0005_application_search_code"),
    ]

    operations = [
        refresh_search_documents(model, fields, related)
        for model, (fields, related) in DOCUMENTS.items()
    ]
