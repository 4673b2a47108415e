from django.core.management.base import BaseCommand

from cooperation.loader import load_year_2024


class Command(BaseCommand):
    help = (
        "Load every record of the brochure «Міжнародна співпраця 2024» in Ukrainian and "
        "English. Records that exist are left as staff keep them; safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset",
            action="store_true",
            help="Write the brochure's values over records that already exist.",
        )

    def handle(self, *args, reset: bool = False, **options):
        result = load_year_2024(reset=reset)
        self.stdout.write(self.style.SUCCESS(result.summary()))
