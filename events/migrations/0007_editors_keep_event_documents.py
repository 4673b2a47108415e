"""Editors keep an event's documents as they keep its photos."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

ACTIONS = ("view", "add", "change", "delete")


def grant_event_documents(apps, schema_editor):
    # Permissions are normally created after all migrations; make them now.
    app_config = apps.get_app_config("events")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    group = apps.get_model("auth", "Group").objects.filter(name="Editors").first()
    if group is None:
        return
    Permission = apps.get_model("auth", "Permission")
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="events",
            codename__in=[f"{action}_eventdocument" for action in ACTIONS],
        )
    )


def revoke_event_documents(apps, schema_editor):
    group = apps.get_model("auth", "Group").objects.filter(name="Editors").first()
    if group is None:
        return
    Permission = apps.get_model("auth", "Permission")
    group.permissions.remove(
        *Permission.objects.filter(
            content_type__app_label="events",
            codename__in=[f"{action}_eventdocument" for action in ACTIONS],
        )
    )


class Migration(migrations.Migration):
    dependencies = [
        ("cooperation", "0002_editors_group"),
        ("events", "0006_event_documents"),
    ]

    operations = [migrations.RunPython(grant_event_documents, revoke_event_documents)]
