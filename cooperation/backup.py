"""Backups: every record (with natural keys, so it loads into any fresh
database of this portal) and every uploaded file, in one .tar.gz.

Layout of the archive:
    manifest.json   what is inside: when, which models, how many records
    data.json       dumpdata --natural-foreign --natural-primary
    media/…         every file of the media storage (MEDIA_ROOT, or the S3
                    bucket when MEDIA_S3_BUCKET is set), read and written
                    through Django's storage API
"""

import io
import json
import os
import tarfile
import tempfile
import zlib
from collections import Counter
from pathlib import Path

from django.apps import apps
from django.core.exceptions import SuspiciousOperation
from django.core.files import File
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.serializers.base import DeserializationError
from django.db import DatabaseError, connection, transaction
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from .cache import move_revision_past, read_revision
from .search_documents import refresh_all_documents

# Records worth keeping. Content types and permissions are rebuilt by
# migrate and referred to by natural key; sessions and login attempts are not
# worth restoring.
BACKED_UP = [
    "auth.group",
    "auth.user",
    "admin.logentry",
    "cooperation",
    "partners",
    "projects",
    "events",
]
FORMAT_VERSION = 1


# What reading a cut-short or corrupted .tar.gz raises.
DAMAGED = (OSError, EOFError, zlib.error, tarfile.TarError)


def described(manifest: dict) -> str:
    """What an archive holds, for the operator: «148 records and 1 file»."""

    def counted(number: int, noun: str) -> str:
        return f"{number} {noun}" if number == 1 else f"{number} {noun}s"

    records = sum(manifest["records"].values())
    return f"{counted(records, 'record')} and {counted(manifest['media_files'], 'file')}"


class RestoreError(Exception):
    """A backup that cannot be restored here; the message says why."""


# The site revision only keys the page cache; restored, it would wind the
# numbering back (see restore_backup).
NOT_BACKED_UP = {"cooperation.SiteRevision"}


def _backed_up_models():
    for label in BACKED_UP:
        if "." in label:
            yield apps.get_model(label)
        else:
            for model in apps.get_app_config(label).get_models():
                if model._meta.label not in NOT_BACKED_UP:
                    yield model


def database_is_empty() -> bool:
    """No records but those migrations create (the Editors group)."""
    return not any(
        model._default_manager.exists()
        for model in _backed_up_models()
        if model._meta.label != "auth.Group"
    )


def create_backup(destination: Path) -> dict:
    """Write the archive to ``destination``; returns the manifest."""
    data = io.StringIO()
    call_command(
        "dumpdata",
        *BACKED_UP,
        exclude=sorted(NOT_BACKED_UP),
        natural_foreign=True,
        natural_primary=True,
        indent=1,
        stdout=data,
    )
    payload = data.getvalue().encode("utf-8")
    counts = Counter(record["model"] for record in json.loads(payload))
    media_files = sorted(_stored_files(default_storage))
    manifest = {
        "format": FORMAT_VERSION,
        "created": timezone.now().isoformat(),
        "records": dict(sorted(counts.items())),
        "media_files": len(media_files),
    }
    # The archive holds the staff's password hashes: readable by its owner
    # only (mkstemp's 0600), and under its name only once complete, so that a
    # backup cut short (a full disk) leaves no archive that looks whole.
    destination.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    handle, partial = tempfile.mkstemp(
        dir=destination.parent, prefix=f".{destination.name}.", suffix=".partial"
    )
    try:
        with os.fdopen(handle, "wb") as file:
            _write_archive(file, manifest, payload, media_files)
        os.replace(partial, destination)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
    return manifest


def _write_archive(file, manifest: dict, payload: bytes, media_files: list[str]) -> None:
    with tarfile.open(fileobj=file, mode="w:gz") as archive:
        for name, content in (
            ("manifest.json", json.dumps(manifest, indent=1).encode("utf-8")),
            ("data.json", payload),
        ):
            info = tarfile.TarInfo(name)
            info.size = len(content)
            info.mtime = int(timezone.now().timestamp())
            archive.addfile(info, io.BytesIO(content))
        for name in media_files:
            with default_storage.open(name, "rb") as stored:
                content = stored.read()
            info = tarfile.TarInfo(f"media/{name}")
            info.size = len(content)
            info.mtime = int(timezone.now().timestamp())
            archive.addfile(info, io.BytesIO(content))


def _stored_files(storage, folder: str = ""):
    """The names of every file in ``storage`` under ``folder``."""
    try:
        folders, files = storage.listdir(folder)
    except FileNotFoundError:  # no media folder yet
        return
    for name in files:
        yield f"{folder}/{name}" if folder else name
    for name in folders:
        yield from _stored_files(storage, f"{folder}/{name}" if folder else name)


def restore_backup(source: Path, *, replace: bool = False) -> dict:
    """Load an archive made by ``create_backup``. Refuses a database that holds
    records unless ``replace`` is given, so a restore never silently mixes or
    loses records. Everything happens in one transaction: an archive that
    cannot be read or loaded changes nothing."""
    unchanged = "Nothing was changed."
    try:
        archive = tarfile.open(source, "r:gz")
    except DAMAGED as error:
        raise RestoreError(f"{source} is not a backup archive: {error}. {unchanged}") from error
    with archive, tempfile.TemporaryDirectory() as scratch:
        try:
            manifest = json.load(archive.extractfile("manifest.json"))
        except (KeyError, ValueError) as error:
            raise RestoreError(f"{source} has no readable manifest.json. {unchanged}") from error
        except DAMAGED as error:  # looking for the member reads the whole archive
            raise RestoreError(
                f"{source} is damaged (cut short or corrupted): {error}. {unchanged}"
            ) from error
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT_VERSION:
            format_ = manifest.get("format") if isinstance(manifest, dict) else None
            raise RestoreError(f"Unknown backup format {format_!r}. {unchanged}")
        try:
            # The "data" filter refuses absolute paths, "..", links out of the tree.
            archive.extractall(scratch, filter="data")
        except DAMAGED as error:
            raise RestoreError(
                f"{source} is damaged (cut short or corrupted): {error}. {unchanged}"
            ) from error
        scratch_path = Path(scratch)
        data = scratch_path / "data.json"
        if not data.is_file():
            raise RestoreError(f"{source} holds no data.json. {unchanged}")
        executor = MigrationExecutor(connection)
        if executor.migration_plan(executor.loader.graph.leaf_nodes()):
            raise RestoreError(
                "The database is not migrated to this version of the portal: "
                f"run `manage.py migrate` first. {unchanged}"
            )
        with transaction.atomic():
            revision_before = read_revision()
            if not database_is_empty():
                if not replace:
                    raise RestoreError(
                        "The database already holds records. Restore into an empty database, "
                        "or pass --replace to delete them first."
                    )
                call_command("flush", interactive=False, verbosity=0)
            try:
                call_command("loaddata", str(data), verbosity=0)
            except (DeserializationError, DatabaseError) as error:
                # Leaving the block rolls the flush and the partial load back.
                reason = str(error).replace(str(data), "data.json").strip()
                if error.__cause__ is not None:
                    reason = f"{reason} {error.__cause__}"
                raise RestoreError(
                    f"{source} does not load into this portal's database: {reason}. {unchanged}"
                ) from error
            # loaddata bypasses save(); an archive may also predate the documents.
            refresh_all_documents()
            move_revision_past(revision_before)
            # Within the transaction: should the storage fail, the records
            # stay as they were, not restored without their files.
            _restore_media(scratch_path / "media", source=source)
    return manifest


def _restore_media(media_source: Path, *, source: Path) -> None:
    """Every file of the archive's media folder into the media storage, under
    its own name, which the records refer to (a file there already, from a
    restore over the same storage, is replaced)."""
    if not media_source.exists():
        return
    for path in sorted(media_source.rglob("*")):
        if not path.is_file():
            continue
        name = path.relative_to(media_source).as_posix()
        try:
            if default_storage.exists(name):
                default_storage.delete(name)
            with path.open("rb") as content:
                default_storage.save(name, File(content))
        except (OSError, SuspiciousOperation) as error:
            raise RestoreError(
                f"The media file {name} of {source} could not be stored: {error}. "
                "The records were left as they were."
            ) from error
