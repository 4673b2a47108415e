import time

from django.core.management.base import BaseCommand, CommandError

from cooperation import synthetic


class Command(BaseCommand):
    help = (
        "Create synthetic records for benchmarks: --scale times the 2024 volume of every "
        "record type, both languages, all published, spread over the years around 2024 "
        "(or all in --year, with an annual report). The real 2024 records and figures are "
        "never touched. Running the same batch again replaces it; --delete removes them. "
        "Load the 2024 records first (load_2024): the areas and countries are shared."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--scale",
            type=int,
            default=10,
            help="How many times the 2024 volume of each record type (default 10).",
        )
        parser.add_argument(
            "--events",
            type=int,
            default=None,
            help="How many events in total (default: scale × 2024's 16); e.g. 10000.",
        )
        parser.add_argument(
            "--year",
            type=int,
            default=None,
            help=(
                "Put the whole batch, and an annual report with funds, into this one year "
                "(not 2024), e.g. --scale 10 --year 2031 for the report benchmark."
            ),
        )
        parser.add_argument(
            "--seed", type=int, default=1, help="Random seed: the same seed, the same records."
        )
        parser.add_argument(
            "--delete",
            action="store_true",
            help="Remove synthetic records instead: every batch, or only --year's if given.",
        )

    def handle(self, *args, scale, events, year, seed, delete, **options):
        started = time.monotonic()
        try:
            if delete:
                counts = synthetic.delete(year=year, everything=year is None)
                verb = "Deleted"
            else:
                counts = synthetic.generate(scale=scale, events=events, year=year, seed=seed)
                verb = "Created"
        except ValueError as error:
            raise CommandError(str(error)) from error
        for label, count in sorted(counts.items()):
            self.stdout.write(f"  {label:<32} {count:>7}")
        total = sum(counts.values())
        seconds = time.monotonic() - started
        self.stdout.write(self.style.SUCCESS(f"{verb} {total} synthetic rows in {seconds:.1f} s."))
