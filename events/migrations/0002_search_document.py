# Search documents stored on the record, filled for existing rows, indexed on PostgreSQL.

from django.db import migrations

from cooperation.migrations_support import add_search_document


class Migration(migrations.Migration):

    dependencies = [
        ('events', '0001_initial'),
        # pg_trgm, for the trigram index
        ('cooperation', '0003_search_extensions'),
    ]

    operations = [
        # The field, filled and indexed; each model's search_fields and
        # search_related as they are at this migration.
        *add_search_document('events.Event', ("title", "city", "summary", "description", "presented"), ("country.name_uk", "country.name_en")),
    ]
