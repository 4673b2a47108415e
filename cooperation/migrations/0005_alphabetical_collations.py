"""Collations for sorting names alphabetically in each language of the site
(cooperation.alphabet): ICU's Ukrainian and English rules on PostgreSQL.
Nothing happens on SQLite, where cooperation.alphabet registers collations of
the same names on every connection."""

from django.contrib.postgres.operations import CreateCollation
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("cooperation", "0004_site_revision"),
    ]

    operations = [
        CreateCollation("portal_uk", provider="icu", locale="uk"),
        CreateCollation("portal_en", provider="icu", locale="en"),
    ]
