"""Time and peak memory of rendering the yearly report as a PDF.

    .venv/bin/python benchmarks/report_benchmark.py            # 5 timed runs per case
    .venv/bin/python benchmarks/report_benchmark.py --runs 10 --json results/report.json

Two cases, each measured in a fresh process so that the peak memory of one
does not hide the other:

* **2024**: the brochure's real records (``load_2024``);
* **synthetic**: a made-up year (2031) with ten times the 2024 records of
  every kind, made by the team's generator (``cooperation.synthetic``,
  ``generate_synthetic_data --scale 10 --year 2031``), plus, unlike 2024,
  photos: two 2400×1600 JPEGs per exhibition and one on every fourth event,
  so image downscaling is part of the bill.

Everything happens in a throwaway SQLite database and MEDIA_ROOT inside a
temporary folder, which is deleted at the end (``--keep`` keeps it). The
developer's database and media are never touched: DATABASE_URL and MEDIA_ROOT
are set for the child processes before Django starts.

Per case the child renders once to warm up (imports, font decoding), then
``--runs`` times for the wall-clock time, then once more under tracemalloc for
the peak of Python allocations. ru_maxrss is the peak resident memory of the
whole process (Python, Django, WeasyPrint, Pango, HarfBuzz), measured after
all renders; the RSS before the first render is given for comparison.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SYNTHETIC_YEAR = 2031
SCALE = 10


def _django(database_url: str, media_root: str) -> None:
    os.environ["DATABASE_URL"] = database_url
    os.environ["MEDIA_ROOT"] = media_root
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cooperation.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


# --- Preparing the throwaway database ----------------------------------------


def prepare(database_url: str, media_root: str) -> dict:
    _django(database_url, media_root)
    from django.conf import settings
    from django.core.management import call_command

    assert str(settings.DATABASES["default"]["NAME"]).startswith(tempfile.gettempdir())
    call_command("migrate", verbosity=0)
    from cooperation.loader import load_year_2024

    load_year_2024()
    return create_synthetic_year(SYNTHETIC_YEAR, SCALE, Path(media_root))


def _photo(width: int = 2400, height: int = 1600) -> bytes:
    """A photo-like JPEG (noise compresses badly, like a real photo)."""
    from PIL import Image

    image = Image.effect_noise((width // 4, height // 4), 64).convert("RGB")
    image = image.resize((width, height))
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=85)
    return buffer.getvalue()


def create_synthetic_year(year: int, scale: int, media_root: Path) -> dict:
    """``scale`` times the 2024 records, all dated ``year`` (the team's generator,
    ``cooperation.synthetic``), plus photos: the real 2024 has none, but a real
    year will, and downscaling them is part of the cost."""
    from django.db import transaction

    from cooperation.synthetic import generate
    from events.models import Event, EventPhoto

    counts = generate(scale=scale, year=year)
    photo = _photo()
    folder = media_root / "images" / "synthetic"
    folder.mkdir(parents=True, exist_ok=True)
    photos = []
    events = Event.objects.published().in_year(year).order_by("start_date", "pk")
    for i, event in enumerate(events):
        wanted = 2 if event.council_role == Event.CouncilRole.EXHIBITED else int(i % 4 == 0)
        for k in range(wanted):
            name = f"images/synthetic/{event.pk}-{k}.jpg"
            (media_root / name).write_bytes(photo)
            photos.append(
                EventPhoto(
                    event=event, image=name, alt_text_uk="Фото", alt_text_en="Photo", order=k
                )
            )
    with transaction.atomic():
        EventPhoto.objects.bulk_create(photos)
    counts["photos (2400×1600 JPEG)"] = len(photos)
    return counts


# --- Measuring, in a child process --------------------------------------------


def measure(database_url: str, media_root: str, year: int, language: str, runs: int) -> dict:
    _django(database_url, media_root)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from django.utils import translation
    from pypdf import PdfReader

    from cooperation.models import AnnualReport
    from cooperation.report.views import render_report_pdf

    report = AnnualReport.objects.get(year=year)
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    with translation.override(language):
        started = time.perf_counter()
        render_report_pdf(report)
        first = time.perf_counter() - started
        times, cpu_times = [], []
        for _ in range(runs):
            started, cpu_started = time.perf_counter(), time.process_time()
            with CaptureQueriesContext(connection) as queries:
                pdf = render_report_pdf(report)
            times.append(time.perf_counter() - started)
            cpu_times.append(time.process_time() - cpu_started)
        tracemalloc.start()
        render_report_pdf(report)
        _current, python_peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return {
        "year": year,
        "language": language,
        "pages": len(PdfReader(io.BytesIO(pdf)).pages),
        "pdf_bytes": len(pdf),
        "queries": len(queries),
        "first_s": round(first, 3),
        "times_s": [round(t, 3) for t in times],
        "median_s": round(statistics.median(times), 3),
        "min_s": round(min(times), 3),
        "max_s": round(max(times), 3),
        "cpu_median_s": round(statistics.median(cpu_times), 3),
        "tracemalloc_peak_mb": round(python_peak / 2**20, 1),
        "rss_before_render_mb": round(rss_before / 2**20, 1),
        "max_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def _child(*args: str) -> dict:
    result = subprocess.run(
        [sys.executable, __file__, *args], check=True, capture_output=True, text=True, cwd=ROOT
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="timed renders per case (5)")
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    options = parser.parse_args()

    if options.child:
        action, database_url, media_root, *rest = options.child
        if action == "prepare":
            print(json.dumps(prepare(database_url, media_root)))
        else:
            year, language = int(rest[0]), rest[1]
            print(json.dumps(measure(database_url, media_root, year, language, options.runs)))
        return

    folder = Path(tempfile.mkdtemp(prefix="report-bench-"))
    database_url = f"sqlite:///{folder / 'bench.sqlite3'}"
    media_root = str(folder / "media")
    try:
        print(f"Preparing a throwaway database in {folder} …", file=sys.stderr)
        counts = _child("--child", "prepare", database_url, media_root)
        cases = [("2024 (brochure)", 2024, "uk"), ("2024 (brochure)", 2024, "en")]
        cases.append((f"synthetic ×{SCALE}", SYNTHETIC_YEAR, "uk"))
        results = []
        for label, year, language in cases:
            print(f"Measuring {label}, {language} …", file=sys.stderr)
            result = _child(
                "--runs", str(options.runs), "--child", "measure", database_url, media_root,
                str(year), language,
            )  # fmt: skip
            result["case"] = label
            results.append(result)
    finally:
        if options.keep:
            print(f"Kept {folder}", file=sys.stderr)
        else:
            shutil.rmtree(folder, ignore_errors=True)

    header = (
        "| case | lang | pages | PDF | queries | first | median | min–max | CPU median "
        "| tracemalloc peak | max RSS (before render) |"
    )
    print(header)
    print("|" + "---|" * 11)
    for r in results:
        print(
            f"| {r['case']} | {r['language']} | {r['pages']} | {r['pdf_bytes'] // 1024} KB "
            f"| {r['queries']} | {r['first_s']:.2f} s | {r['median_s']:.2f} s "
            f"| {r['min_s']:.2f}–{r['max_s']:.2f} s | {r['cpu_median_s']:.2f} s "
            f"| {r['tracemalloc_peak_mb']:.0f} MB "
            f"| {r['max_rss_mb']:.0f} MB ({r['rss_before_render_mb']:.0f} MB) |"
        )
    print(f"\nSynthetic year {SYNTHETIC_YEAR}: {counts}")
    print(f"Machine: {os.cpu_count()} CPUs, load average at the end {os.getloadavg()}")
    if options.json:
        options.json.parent.mkdir(parents=True, exist_ok=True)
        options.json.write_text(
            json.dumps({"synthetic_counts": counts, "results": results}, indent=2)
        )


if __name__ == "__main__":
    main()
