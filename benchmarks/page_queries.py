"""Helper of load_benchmark.py, run in the benchmark's environment (its database,
production settings): renders each benchmarked page once with Django's test
client and counts its SQL queries, then writes the pre-rendered ceiling page.

    python benchmarks/page_queries.py PRERENDERED_PATH NAME=PATH [NAME=PATH …]

Prints one JSON object: for each page, the status, size and number of queries
of three requests, as the load benchmark's modes see the page:

- ``first``: the first request after a change, when nothing is cached yet;
- ``cached``: the same address again, answered by the page cache;
- ``uncached``: another query string, so the page cache misses while the
  values kept until the next change (filter choices, figures) are warm:
  what every request of the benchmark's uncached run does. Its
  ``render_ms`` is the median time of 20 such misses in this process.
"""

import json
import os
import statistics
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Filler for the ceiling if the home page cannot be rendered (not built yet):
# about the size of a typical page.
FILLER_BYTES = 40_000
# Page-cache misses timed per page, for the median.
MISS_RENDERS = 20


def measure(client, path: str) -> dict:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    separator = "&" if "?" in path else "?"
    # Query strings of their own, so that no earlier request answers them.
    first, other = (f"{path}{separator}_queries={uuid.uuid4().hex}" for _ in range(2))
    result = {}
    for label, url in (("first", first), ("cached", first), ("uncached", other)):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        result[label] = {
            "status": response.status_code,
            "queries": len(queries),
            "bytes": len(response.content),
        }
    result["uncached"]["render_ms"] = median_miss_ms(client, path, separator)
    return result


def median_miss_ms(client, path: str, separator: str, renders: int = MISS_RENDERS) -> float:
    """A page-cache miss's time in this process, without wrk, gunicorn or the
    load: the median of ``renders`` misses, values kept until the next change
    warm (as in the load run's uncached mode)."""
    times = []
    for _ in range(renders):
        url = f"{path}{separator}_render={uuid.uuid4().hex}"
        started = time.perf_counter()
        client.get(url)
        times.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(times), 1)


def write_prerendered(client, target: Path) -> dict:
    response = client.get("/uk/")
    if response.status_code == 200:
        html, source = response.content, "/uk/ rendered once"
    else:
        paragraph = "<p>Полтавська обласна рада — міжнародна співпраця. " * 20 + "</p>\n"
        body = paragraph * (FILLER_BYTES // len(paragraph.encode()))
        html = f"<!doctype html><html lang='uk'><body>{body}</body></html>".encode()
        source = f"filler (/uk/ answered {response.status_code})"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(html)
    return {"bytes": len(html), "source": source}


def main(argv: list[str]) -> None:
    if not argv or argv[0].startswith("-"):
        # Not an option parser: anything else would be taken for the path to write.
        sys.exit(__doc__)
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cooperation.settings")
    import django

    django.setup()
    from django.test import Client

    # A broken page is reported with its status, not raised.
    client = Client(raise_request_exception=False, HTTP_HOST="127.0.0.1")
    prerendered, pages = Path(argv[0]), dict(arg.split("=", 1) for arg in argv[1:])
    report = {name: measure(client, path) for name, path in pages.items()}
    report["_prerendered"] = write_prerendered(client, prerendered)
    print(json.dumps(report))


if __name__ == "__main__":
    main(sys.argv[1:])
