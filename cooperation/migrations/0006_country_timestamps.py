# Countries get the timestamps every other record has, so that the admin's
# guard against two people overwriting each other's edits covers them too.
# Existing countries are stamped with the time of the migration.

import django.utils.timezone
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("cooperation", "0005_alphabetical_collations"),
    ]

    operations = [
        migrations.AddField(
            model_name="country",
            name="created_at",
            field=models.DateTimeField(
                auto_now_add=True, default=django.utils.timezone.now, verbose_name="created"
            ),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="country",
            name="updated_at",
            field=models.DateTimeField(auto_now=True, verbose_name="last changed"),
        ),
    ]
