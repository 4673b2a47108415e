# Search documents stored on the record, filled for existing rows, indexed on PostgreSQL.

from django.db import migrations, models

from cooperation.migrations_support import fill_search_documents, search_indexes


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
        # The fields as projects.Application.search_fields / search_related say, at this migration.
        fill_search_documents(
            'projects.Application',
            ("title", "summary"),
            (),
        ),
        search_indexes('projects_application'),
        # The fields as projects.Project.search_fields / search_related say, at this migration.
        fill_search_documents(
            'projects.Project',
            ("title", "summary", "description"),
            (),
        ),
        search_indexes('projects_project'),
    ]
