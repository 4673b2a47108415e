"""Memberships get the place staff give them in every list (``position``).

The column is added with 0 in every row, which 0008 replaces; only then is
the default the next number after the last (``next_membership_position``):
that function reads the table through the model as it is now, which would
fail here, before the column exists."""

import partners.models
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("partners", "0006_memorandum_year_from_signing_date"),
    ]

    operations = [
        migrations.AddField(
            model_name="membership",
            name="position",
            field=models.PositiveSmallIntegerField(
                default=0,
                help_text="Memberships are listed by this number, smallest first, on the site and in the report. A new membership is given the next number, at the end.",
                verbose_name="position",
            ),
            preserve_default=False,
        ),
        migrations.AlterField(
            model_name="membership",
            name="position",
            field=models.PositiveSmallIntegerField(
                default=partners.models.next_membership_position,
                help_text="Memberships are listed by this number, smallest first, on the site and in the report. A new membership is given the next number, at the end.",
                verbose_name="position",
            ),
        ),
        migrations.AlterModelOptions(
            name="membership",
            options={
                "ordering": ["position", "since_year", "organisation__slug"],
                "verbose_name": "membership",
                "verbose_name_plural": "memberships",
            },
        ),
    ]
