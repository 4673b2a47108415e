# Search documents stored on the record, filled for existing rows, indexed on PostgreSQL.

from django.db import migrations, models

from cooperation.migrations_support import search_documents


class Migration(migrations.Migration):

    dependencies = [
        ('projects', '0001_initial'),
        # pg_trgm, for the trigram index
        ('cooperation', '0003_search_extensions'),
    ]

    operations = [
        migrations.AddField(
            model_name='application',
            name='search_document',
            field=models.TextField(blank=True, default='', editable=False, verbose_name='search text'),
        ),
        migrations.AddField(
            model_name='project',
            name='search_document',
            field=models.TextField(blank=True, default='', editable=False, verbose_name='search text'),
        ),
        # Each model's search_fields and search_related as they are at this migration.
        *search_documents('projects.Application', ("title", "summary")),
        *search_documents('projects.Project', ("title", "summary", "description")),
    ]
