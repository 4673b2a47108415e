"""Nothing lost: a backup restores into an empty database, both languages intact."""

import datetime
import io
import json
import tarfile

import pytest
from django.apps import apps
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command
from django.db import connection

from partners.models import Organisation

pytestmark = pytest.mark.django_db

CONTENT_APPS = {"cooperation", "partners", "projects", "events"}


def snapshot() -> dict:
    """Every field of every record of the content apps, translations included.
    Timestamps are compared to the millisecond: Django's JSON keeps no more."""

    def comparable(value):
        if isinstance(value, datetime.datetime):
            return value.replace(microsecond=value.microsecond // 1000 * 1000)
        return value

    state = {}
    for model in apps.get_models():
        # The site revision keys the page cache; a restore moves it on.
        if (
            model._meta.app_label in CONTENT_APPS
            and model._meta.label != "cooperation.SiteRevision"
        ):
            state[model._meta.label] = [
                {name: comparable(value) for name, value in row.items()}
                for row in model.objects.order_by("pk").values()
            ]
    return state


def empty_the_database():
    call_command("flush", interactive=False, verbosity=0)


def test_backup_restores_into_an_empty_database(tmp_path, settings, superuser):
    settings.MEDIA_ROOT = tmp_path / "media"
    organisation = Organisation.objects.get(slug="alda")
    organisation.logo.save("logo.png", ContentFile(b"\x89PNG stand-in bytes"), save=True)
    before = snapshot()
    assert before["events.Event"] and before["partners.Organisation"]
    logo_name = organisation.logo.name

    archive = tmp_path / "backup.tar.gz"
    call_command("backup", output=archive, verbosity=0)

    empty_the_database()
    (tmp_path / "media" / logo_name).unlink()
    assert not Organisation.objects.exists()

    call_command("restore", str(archive), verbosity=0)
    assert snapshot() == before
    restored = Organisation.objects.get(slug="alda")
    assert restored.name_uk == "Європейська асоціація місцевої демократії"
    assert restored.name_en == "European Association for Local Democracy"
    assert (tmp_path / "media" / logo_name).read_bytes() == b"\x89PNG stand-in bytes"
    from django.contrib.auth.models import User

    assert User.objects.get(username="head").check_password("a-long-test-password-2")


def test_restore_refuses_a_database_with_records(tmp_path):
    archive = tmp_path / "backup.tar.gz"
    call_command("backup", output=archive, verbosity=0)
    with pytest.raises(CommandError, match="already holds records"):
        call_command("restore", str(archive), verbosity=0)


def test_restore_refuses_a_file_that_is_not_a_backup(tmp_path):
    bogus = tmp_path / "bogus.tar.gz"
    bogus.write_bytes(b"not an archive")
    with pytest.raises(CommandError, match="not a backup archive"):
        call_command("restore", str(bogus), verbosity=0)


def test_restored_ids_continue_without_collision(tmp_path):
    archive = tmp_path / "backup.tar.gz"
    call_command("backup", output=archive, verbosity=0)
    empty_the_database()
    call_command("restore", str(archive), verbosity=0)
    # Sequences were reset, so a new record gets a fresh id.
    created = Organisation.objects.create(name_uk="Нова", name_en="New", slug="new-one", kind="ngo")
    assert created.pk > max(o.pk for o in Organisation.objects.exclude(pk=created.pk))
    assert connection.vendor in {"sqlite", "postgresql"}


def test_an_archive_without_search_documents_is_searchable_once_restored(tmp_path, client):
    """Archives made before records kept their search text restore searchable."""
    archive = tmp_path / "backup.tar.gz"
    call_command("backup", output=archive, verbosity=0)
    older = tmp_path / "older.tar.gz"
    with tarfile.open(archive, "r:gz") as source, tarfile.open(older, "w:gz") as target:
        for member in source.getmembers():
            content = source.extractfile(member) if member.isfile() else None
            if member.name == "data.json":
                records = json.load(content)
                for record in records:
                    record["fields"].pop("search_document", None)
                data = json.dumps(records).encode()
                member.size = len(data)
                content = io.BytesIO(data)
            target.addfile(member, content)
    empty_the_database()
    call_command("restore", str(older), verbosity=0)
    html = client.get("/en/search/", {"q": "Local Democracy"}).content.decode()
    assert "/en/partners/alda/" in html


def test_a_restore_moves_the_page_cache_revision_on(tmp_path, client, page_cache):
    """Pages kept (in a shared cache) before a restore are not served after it,
    even when the database was emptied first and so forgot its revision."""
    from cooperation.models import SiteRevision

    archive = tmp_path / "backup.tar.gz"
    call_command("backup", output=archive, verbosity=0)
    with tarfile.open(archive) as opened:
        models = {record["model"] for record in json.load(opened.extractfile("data.json"))}
    assert "cooperation.siterevision" not in models

    assert client.get("/en/partners/alda/")["X-Page-Cache"] == "miss"
    assert client.get("/en/partners/alda/")["X-Page-Cache"] == "hit"
    empty_the_database()
    assert not SiteRevision.objects.exists()  # numbering would start again at 1
    call_command("restore", str(archive), verbosity=0)
    assert client.get("/en/partners/alda/")["X-Page-Cache"] == "miss"


def test_media_kept_elsewhere_than_on_disk_is_backed_up_and_restored(tmp_path, settings):
    """With media on S3 (MEDIA_S3_BUCKET) there is no MEDIA_ROOT to copy: the
    files go through Django's storage API, here an in-memory storage."""
    from django.core.files.storage import default_storage

    in_memory = {"BACKEND": "django.core.files.storage.InMemoryStorage"}
    settings.STORAGES = {**settings.STORAGES, "default": in_memory}
    organisation = Organisation.objects.get(slug="alda")
    organisation.logo.save("logo.png", ContentFile(b"\x89PNG stand-in bytes"), save=True)
    logo_name = organisation.logo.name

    archive = tmp_path / "backup.tar.gz"
    call_command("backup", output=archive, verbosity=0)
    with tarfile.open(archive) as opened:
        assert opened.extractfile(f"media/{logo_name}").read() == b"\x89PNG stand-in bytes"

    empty_the_database()
    settings.STORAGES = {**settings.STORAGES, "default": {**in_memory}}  # a new, empty store
    assert not default_storage.exists(logo_name)
    call_command("restore", str(archive), verbosity=0)
    with default_storage.open(logo_name) as restored:
        assert restored.read() == b"\x89PNG stand-in bytes"
    assert Organisation.objects.get(slug="alda").logo.name == logo_name
