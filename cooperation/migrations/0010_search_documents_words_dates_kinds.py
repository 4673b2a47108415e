"""Every search document is written again (search_text.document_of): the
title first, up to a mark, for ranking (after a partner's short name, an
application's code); words only, one space apart, so that PostgreSQL reads
the same words as the other databases («2023» in «DE-02-2023»); one alphabet
per word («Пoлтава» with a Latin o), stress marks dropped, «ґ» as «г»;
events' dates and memoranda's signing as the year and the month's names; the
words that name each type of record; no draft programme's names in its
applications' documents. Each model's fields as they are at this
migration. Migrating back leaves the documents as they are: the search of
that time finds in them what it found before, ranked as it can."""

from django.db import migrations

from cooperation.migrations_support import refresh_search_documents

COUNTRY = ("country.name_uk", "country.name_en")
# model: (fields, related, kind, title_related)
DOCUMENTS = {
    "events.Event": (
        ("title", "city", "summary", "description", "presented"),
        (*COUNTRY, "start_date", "end_date"),
        "подія захід заходи event",
        (),
    ),
    "partners.Organisation": (
        ("name", "description"),
        COUNTRY,
        "партнер організація partner organisation",
        ("short_name_uk", "short_name_en"),
    ),
    "partners.Memorandum": (
        ("title", "summary"),
        ("signed_on", "signed_year"),
        "меморандум memorandum",
        (),
    ),
    "projects.Project": (("title", "summary", "description"), (), "проєкт проект project", ()),
    "projects.Application": (
        ("title", "summary"),
        ("programme.name_uk", "programme.name_en"),
        "заявка application",
        ("year", "number"),
    ),
}


class Migration(migrations.Migration):

    dependencies = [
        ("cooperation", "0009_report_introduction_without_counts"),
        ("events", "0008_brochure_event_titles"),
        ("partners", "0005_european_union_short_name"),
        ("projects", "0006_brochure_application_title"),
    ]

    operations = [
        refresh_search_documents(model, fields, related, kind=kind, title_related=title_related)
        for model, (fields, related, kind, title_related) in DOCUMENTS.items()
    ]
