from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from cooperation.backup import RestoreError, described, restore_backup


class Command(BaseCommand):
    help = (
        "Restore a backup made by `manage.py backup` into an empty (migrated) database. "
        "With --replace, first deletes every record the database holds."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", type=Path)
        parser.add_argument(
            "--replace",
            action="store_true",
            help="Delete the records the database holds, then restore (one transaction).",
        )

    def handle(self, *args, archive: Path, replace: bool = False, **options):
        if not archive.is_file():
            raise CommandError(f"No such file: {archive}")
        try:
            manifest = restore_backup(archive, replace=replace)
        except RestoreError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(
                f"Restored {described(manifest)} from the backup of {manifest['created']}."
            )
        )
