"""Editors keep an event's documents as they keep its photos."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CODENAMES = [f"{action}_eventdocument" for action in ("view", "add", "change", "delete")]


def editors_and_permissions(apps):
    group = apps.get_model("auth", "Group").objects.filter(name="Editors").first()
    permissions = apps.get_model("auth", "Permission").objects.filter(
        content_type__app_label="events", codename__in=CODENAMES
    )
    return group, permissions


def grant_event_documents(apps, schema_editor):
    # Permissions are normally created after all migrations; make them now.
    app_config = apps.get_app_config("events")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    group, permissions = editors_and_permissions(apps)
    if group is not None:
        group.permissions.add(*permissions)


def revoke_event_documents(apps, schema_editor):
    group, permissions = editors_and_permissions(apps)
    if group is not None:
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("cooperation", "0002_editors_group"),
        ("events", "0006_event_documents"),
    ]

    operations = [migrations.RunPython(grant_event_documents, revoke_event_documents)]
