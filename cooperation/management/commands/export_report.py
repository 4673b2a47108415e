"""``python manage.py export_report 2024 --lang uk --output FILE``: the yearly
report as a PDF, offline. Staff run it, so drafts are exported too."""

import os
import sys
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from cooperation.models import AnnualReport
from cooperation.report.content import report_filename
from cooperation.report.views import render_report_pdf


class Command(BaseCommand):
    help = "Write the yearly report «Міжнародна співпраця» for YEAR as a PDF."

    def add_arguments(self, parser):
        parser.add_argument("year", type=int, help="The report's year, e.g. 2024.")
        parser.add_argument(
            "--lang",
            default=settings.LANGUAGE_CODE,
            choices=[code for code, _name in settings.LANGUAGES],
            help="The report's language (default: %(default)s).",
        )
        parser.add_argument(
            "--output",
            "-o",
            help="Where to write the PDF; '-' for standard output. Default: the "
            "report's usual file name (e.g. mizhnarodna-spivpratsia-2024.pdf) here.",
        )

    def handle(self, *args, year: int, lang: str, output: str | None, **options):
        report = AnnualReport.objects.filter(year=year).first()
        if report is None:
            raise CommandError(f"There is no annual report for {year}.")
        with translation.override(lang):
            pdf = render_report_pdf(report)
            default_name = report_filename(year)
        if output == "-":
            sys.stdout.buffer.write(pdf)
            sys.stdout.buffer.flush()
            return
        target = Path(output or default_name)
        try:
            if target.is_dir():
                target = target / default_name
            self.write_atomically(target, pdf)
        except OSError as error:
            raise CommandError(f"Cannot write {target}: {error.strerror or error}.") from error
        if not report.is_published:
            self.stderr.write(self.style.WARNING(f"The {year} report is a draft (not published)."))
        self.stdout.write(self.style.SUCCESS(f"Wrote {target} ({len(pdf) // 1024} KB)."))

    @staticmethod
    def write_atomically(target: Path, data: bytes) -> None:
        """A reader never sees half a PDF, and a failure leaves no broken file."""
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".report-", suffix=".pdf")
        try:
            with os.fdopen(handle, "wb") as file:
                file.write(data)
            os.chmod(temporary, 0o644)
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
