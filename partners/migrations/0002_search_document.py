# Search documents stored on the record, filled for existing rows, indexed on PostgreSQL.

from django.db import migrations, models

from cooperation.migrations_support import search_documents


class Migration(migrations.Migration):

    dependencies = [
        ('partners', '0001_initial'),
        # pg_trgm, for the trigram index
        ('cooperation', '0003_search_extensions'),
    ]

    operations = [
        migrations.AddField(
            model_name='memorandum',
            name='search_document',
            field=models.TextField(blank=True, default='', editable=False, verbose_name='search text'),
        ),
        migrations.AddField(
            model_name='organisation',
            name='search_document',
            field=models.TextField(blank=True, default='', editable=False, verbose_name='search text'),
        ),
        # Each model's search_fields and search_related as they are at this migration.
        *search_documents('partners.Memorandum', ("title", "summary")),
        *search_documents('partners.Organisation', ("name", "short_name", "description"), ("country.name_uk", "country.name_en")),
    ]
