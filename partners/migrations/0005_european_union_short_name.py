"""The European Union's record gets its short names, «ЄС» and "EU", as the
2024 data now gives them (the brochure writes «країни ЄС»). A short name staff
have already given it is kept. Its search document is rewritten by
cooperation 0008, which rewrites every document."""

from django.db import migrations

SLUG = "european-union"
# modeltranslation keeps the Ukrainian value in the untranslated column too.
SHORT_NAMES = {"short_name": "ЄС", "short_name_uk": "ЄС", "short_name_en": "EU"}
BLANK = {name: "" for name in SHORT_NAMES}


def set_short_names(apps, schema_editor, *, old: dict, new: dict):
    organisation = apps.get_model("partners", "Organisation")
    rows = organisation._base_manager.using(schema_editor.connection.alias)
    for row in rows.filter(slug=SLUG):
        if all((getattr(row, name) or "") == value for name, value in old.items()):
            rows.filter(pk=row.pk).update(**new)


def add_short_names(apps, schema_editor):
    set_short_names(apps, schema_editor, old=BLANK, new=SHORT_NAMES)


def remove_short_names(apps, schema_editor):
    set_short_names(apps, schema_editor, old=SHORT_NAMES, new=BLANK)


class Migration(migrations.Migration):

    dependencies = [
        ("partners", "0004_unique_error_messages"),
    ]

    operations = [
        migrations.RunPython(add_short_names, remove_short_names),
    ]
