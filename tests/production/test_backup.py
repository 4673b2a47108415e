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

from partners.models import Membership, Organisation

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


def test_the_commands_say_what_the_archive_holds(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"
    organisation = Organisation.objects.get(slug="alda")
    organisation.logo.save("logo.png", ContentFile(b"\x89PNG stand-in bytes"), save=True)
    archive, said = tmp_path / "backup.tar.gz", io.StringIO()
    call_command("backup", output=archive, stdout=said)
    assert said.getvalue().startswith("Backed up ")
    assert f" records and 1 file to {archive}" in said.getvalue()

    empty_the_database()
    said = io.StringIO()
    call_command("restore", str(archive), stdout=said)
    assert said.getvalue().startswith("Restored ")
    assert " records and 1 file from the backup of " in said.getvalue()


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
    # With the names of the organisations linked to a record: LUCC's memorandum.
    html = client.get("/en/search/", {"q": "LUCC"}).content.decode()
    assert "/en/memoranda/memorandum-2023-lucc/" in html


def test_the_order_staff_gave_the_memberships_is_restored(tmp_path):
    for position, slug in enumerate(["lucc", "alda", "aer"], start=1):
        Membership.objects.filter(organisation__slug=slug).update(position=position)
    archive = tmp_path / "backup.tar.gz"
    call_command("backup", output=archive, verbosity=0)
    empty_the_database()
    call_command("restore", str(archive), verbosity=0)
    assert list(Membership.objects.values_list("organisation__slug", "position")) == [
        ("lucc", 1),
        ("alda", 2),
        ("aer", 3),
    ]


def test_an_archive_from_before_the_memberships_order_restores_them_in_its_order(tmp_path):
    """Archives made before staff set the memberships' order hold no numbers:
    each membership restored goes to the end, so they keep the archive's order."""

    def without_positions(records):
        for record in records:
            record["fields"].pop("position", None)
        return json.dumps(records)

    Membership.objects.update(position=7)
    archive = tmp_path / "backup.tar.gz"
    call_command("backup", output=archive, verbosity=0)
    older = rewritten(archive, tmp_path / "older.tar.gz", data=without_positions)
    empty_the_database()
    call_command("restore", str(older), verbosity=0)
    in_archive_order = Membership.objects.order_by("pk")
    assert list(in_archive_order.values_list("position", flat=True)) == [1, 2, 3]


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


def test_a_storage_that_fails_during_a_restore_leaves_the_records_as_they_were(
    tmp_path, settings, monkeypatch
):
    from django.core.files.storage import FileSystemStorage

    settings.MEDIA_ROOT = tmp_path / "media"
    organisation = Organisation.objects.get(slug="alda")
    organisation.logo.save("logo.png", ContentFile(b"\x89PNG stand-in bytes"), save=True)
    archive = tmp_path / "backup.tar.gz"
    call_command("backup", output=archive, verbosity=0)
    empty_the_database()

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(FileSystemStorage, "save", disk_full)
    with pytest.raises(CommandError, match="could not be stored.*left as they were"):
        call_command("restore", str(archive), verbosity=0)
    # Not restored without their files: still empty, ready for another try.
    assert not Organisation.objects.exists()


def test_an_archive_is_readable_by_its_owner_only(tmp_path):
    # It holds every account's password hash and e-mail address.
    archive = tmp_path / "backups" / "backup.tar.gz"
    call_command("backup", output=archive, verbosity=0)
    assert archive.stat().st_mode & 0o077 == 0
    assert archive.parent.stat().st_mode & 0o077 == 0


def test_a_backup_cut_short_leaves_no_archive_that_looks_whole(tmp_path, monkeypatch):
    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(tarfile.TarFile, "addfile", disk_full)
    with pytest.raises(OSError, match="No space left"):
        call_command("backup", output=tmp_path / "backup.tar.gz", verbosity=0)
    assert list(tmp_path.iterdir()) == []


def rewritten(archive, target, *, drop=(), data=None, cut=None):
    """A copy of ``archive`` without the ``drop`` members, with ``data(records)``
    applied to data.json, or cut to ``cut`` bytes."""
    if cut is not None:
        target.write_bytes(archive.read_bytes()[:cut])
        return target
    with tarfile.open(archive, "r:gz") as source, tarfile.open(target, "w:gz") as copy:
        for member in source.getmembers():
            if member.name in drop:
                continue
            content = source.extractfile(member)
            if member.name == "data.json" and data is not None:
                changed = data(json.load(content)).encode()
                member.size = len(changed)
                content = io.BytesIO(changed)
            copy.addfile(member, content)
    return target


def unknown_model(records):
    return json.dumps([*records, {"model": "shop.product", "fields": {"name": "x"}}])


def broken_json(records):
    return json.dumps(records)[:-200]


def missing_country(records):
    for record in records:
        if record["model"] == "partners.organisation" and record["fields"].get("country"):
            record["fields"]["country"] = 999_999
    return json.dumps(records)


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        ({"cut": 4000}, "damaged"),
        ({"cut": 40}, "damaged|not a backup archive"),
        ({"drop": {"data.json"}}, "no data.json"),
        ({"data": broken_json}, "does not load"),
        ({"data": unknown_model}, "does not load"),
        ({"data": missing_country}, "does not load"),
    ],
)
def test_a_damaged_archive_is_refused_in_plain_words_and_nothing_is_lost(
    tmp_path, superuser, damage, message
):
    good = tmp_path / "backup.tar.gz"
    call_command("backup", output=good, verbosity=0)
    Organisation.objects.filter(slug="alda").update(name_en="Changed since the backup")
    before = snapshot()
    damaged = rewritten(good, tmp_path / "damaged.tar.gz", **damage)
    with pytest.raises(CommandError, match=message) as refused:
        call_command("restore", str(damaged), replace=True, verbosity=0)
    assert "Nothing was changed" in str(refused.value)
    assert snapshot() == before
    assert Organisation.objects.get(slug="alda").name_en == "Changed since the backup"


def test_restore_into_a_database_not_yet_migrated_says_so(tmp_path, monkeypatch):
    from django.db.migrations.executor import MigrationExecutor

    archive = tmp_path / "backup.tar.gz"
    call_command("backup", output=archive, verbosity=0)
    empty_the_database()
    monkeypatch.setattr(
        MigrationExecutor, "migration_plan", lambda self, targets: [("pending", False)]
    )
    with pytest.raises(CommandError, match="run `manage.py migrate` first"):
        call_command("restore", str(archive), verbosity=0)
