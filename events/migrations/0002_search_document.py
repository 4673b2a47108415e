# Search documents stored on the record, filled for existing rows, indexed on PostgreSQL.

from django.db import migrations, models

from cooperation.migrations_support import fill_search_documents, search_indexes


class Migration(migrations.Migration):

    dependencies = [
        ('events', '0001_initial'),
        # pg_trgm, for the trigram index
        ('cooperation', '0003_search_extensions'),
    ]

    operations = [
        migrations.AddField(
            model_name='event',
            name='search_document',
            field=models.TextField(blank=True, default='', editable=False, verbose_name='search text'),
        ),
        # The fields as events.Event.search_fields / search_related say, at this migration.
        fill_search_documents(
            'events.Event',
            ("title", "city", "summary", "description", "presented"),
            ("country.name_uk", "country.name_en"),
        ),
        search_indexes('events_event'),
    ]
