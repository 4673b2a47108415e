from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from cooperation.backup import create_backup, described


class Command(BaseCommand):
    help = "Write every record (natural keys) and every uploaded file to one .tar.gz archive."

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            type=Path,
            help="Archive to write (default: backups/cooperation-<date-time>.tar.gz).",
        )

    def handle(self, *args, output: Path | None = None, **options):
        if output is None:
            stamp = timezone.localtime().strftime("%Y%m%d-%H%M%S")
            output = Path(settings.BASE_DIR) / "backups" / f"cooperation-{stamp}.tar.gz"
        manifest = create_backup(output)
        self.stdout.write(self.style.SUCCESS(f"Backed up {described(manifest)} to {output}"))
