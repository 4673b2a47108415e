"""PostgreSQL extensions the site search uses: pg_trgm (word similarity, for
typos) and unaccent (ACCIÓ found by "accio"). Nothing happens on SQLite."""

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
