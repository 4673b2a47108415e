"""The "Editors" group: what staff who keep the records may do. Superusers
(the department head) can do everything else: users, groups, new areas."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

ALL = ("view", "add", "change", "delete")

EDITOR_PERMISSIONS = {
    "cooperation": {
        "priorityarea": ("view", "change"),
        "country": ("view", "add", "change"),
        "annualreport": ("view", "change"),
    },
    "partners": {
        "organisation": ALL,
        "membership": ALL,
        "memorandum": ALL,
        "memorandumparty": ALL,
    },
    "projects": {
        "project": ALL,
        "projectparticipation": ALL,
        "programme": ALL,
        "application": ALL,
        "applicationpartner": ALL,
    },
    "events": {
        "event": ALL,
        "eventphoto": ALL,
        "eventfigure": ALL,
    },
}


def create_editors_group(apps, schema_editor):
    # Permissions are normally created after all migrations; make them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name="Editors")
    codenames = [
        (app_label, f"{action}_{model}")
        for app_label, models in EDITOR_PERMISSIONS.items()
        for model, actions in models.items()
        for action in actions
    ]
    permissions = [
        Permission.objects.get(content_type__app_label=app_label, codename=codename)
        for app_label, codename in codenames
    ]
    group.permissions.set(permissions)


def remove_editors_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name="Editors").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("cooperation", "0001_initial"),
        ("partners", "0001_initial"),
        ("projects", "0001_initial"),
        ("events", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_editors_group, remove_editors_group)]
