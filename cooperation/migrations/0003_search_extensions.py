"""PostgreSQL extensions for site search: pg_trgm (word similarity, for
typos). Nothing happens on SQLite. unaccent is installed too but no longer
used: accents are folded in Python when the search documents are written
(cooperation.search_text.normalise); the operation stays so that migration
history is the same everywhere."""

from django.contrib.postgres.operations import TrigramExtension, UnaccentExtension
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("cooperation", "0002_editors_group"),
    ]

    operations = [
        TrigramExtension(),
        UnaccentExtension(),
    ]
