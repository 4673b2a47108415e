"""Worker memory: how much of each gunicorn worker is its own, not shared.

    .venv/bin/python benchmarks/worker_memory.py
    .venv/bin/python benchmarks/worker_memory.py --database-url postgres://…/portal_bench

Starts gunicorn with the repository's gunicorn.conf.py (production settings,
three workers, on 127.0.0.1:8078), sends each worker's share of a few hundred
requests over the public pages, then reads every worker's memory from
/proc/<pid>/smaps_rollup (Linux only):

- RSS: all the memory the worker touches, shared pages included;
- private dirty: the pages it has written to, its own copy: what each extra
  worker really costs. With preload_app, the less of the master's memory a
  worker copies, the more workers fit.

Without --database-url it makes a throwaway SQLite database with the 2024
records. Traffic goes to 127.0.0.1 only; every step has a time limit.

A crawler asks for many addresses the page cache has not seen: with
``--requests 1500`` (9,000 distinct addresses over three workers) every
worker's page cache passes its 2,000 entries and drops the least recently
used, so the figures show what a worker grows to under a crawler.
"""

from __future__ import annotations

import argparse
import os
import secrets
import subprocess
import sys
import tempfile
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
PORT = 8078
PAGES = [
    "/uk/",
    "/uk/events/?year=2024",
    "/uk/projects/promoting-polish-in-poltava-schools/",
    "/uk/search/?q=польськ",
    "/en/partners/",
    "/uk/memoranda/",
]


def smaps(pid: int) -> dict[str, int]:
    """Kilobytes by field of /proc/<pid>/smaps_rollup."""
    values = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()[1:]:
        name, amount, *_unit = line.split()
        values[name.rstrip(":")] = int(amount)
    return values


def get(path: str) -> None:
    address = f"http://127.0.0.1:{PORT}{quote(path, safe='/?&=')}"
    with urllib.request.urlopen(address, timeout=30) as response:
        response.read()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", help="an existing database (default: a new SQLite one)")
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--requests", type=int, default=60, help="per page and query")
    parser.add_argument(
        "--concurrency", type=int, default=4, help="requests in flight at once (default 4)"
    )
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as scratch:
        env = {
            **os.environ,
            "DJANGO_DEBUG": "0",
            "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
            "DJANGO_SECURE_SSL_REDIRECT": "0",
            "DJANGO_STATIC_ROOT": str(Path(scratch) / "static"),
            "DATABASE_URL": args.database_url or f"sqlite:///{scratch}/memory.sqlite3",
            "GUNICORN_BIND": f"127.0.0.1:{PORT}",
            "GUNICORN_WORKERS": str(args.workers),
            "GUNICORN_ACCESS_LOG": "off",
        }
        python = sys.executable
        if not args.database_url:
            for command in (["migrate", "--no-input", "-v0"], ["load_2024"]):
                subprocess.run(
                    [python, "manage.py", *command], cwd=ROOT, env=env, check=True,
                    capture_output=True, timeout=300,
                )  # fmt: skip
        subprocess.run(
            [python, "manage.py", "collectstatic", "--no-input", "-v0"],
            cwd=ROOT, env=env, check=True, timeout=300,
        )  # fmt: skip
        gunicorn = Path(python).with_name("gunicorn")
        server = subprocess.Popen(
            [str(gunicorn), "-c", "gunicorn.conf.py", "cooperation.wsgi"],
            cwd=ROOT, env=env, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    get("/health/")
                    break
                except OSError:
                    if time.monotonic() > deadline:
                        raise SystemExit("gunicorn did not answer within a minute") from None
                    time.sleep(0.3)
            # Each address once, so each request is a page-cache miss.
            addresses = [
                f"{path}{'&' if '?' in path else '?'}n={number}"
                for number in range(args.requests)
                for path in PAGES
            ]
            started = time.monotonic()
            with ThreadPoolExecutor(max_workers=args.concurrency) as pool:
                for _ in pool.map(get, addresses):
                    pass
            print(f"{len(addresses)} requests in {time.monotonic() - started:.0f} s")
            time.sleep(1)
            workers = [
                int(pid)
                for pid in subprocess.run(
                    ["pgrep", "-P", str(server.pid)], capture_output=True, text=True, timeout=10
                ).stdout.split()
            ]
            print(f"{len(workers)} workers after {len(PAGES) * args.requests} requests:")
            private_total = 0
            for pid in workers:
                memory = smaps(pid)
                private_total += memory["Private_Dirty"]
                print(
                    f"  worker {pid}: RSS {memory['Rss'] / 1024:.0f} MB, "
                    f"private dirty {memory['Private_Dirty'] / 1024:.0f} MB"
                )
            master = smaps(server.pid)
            print(f"  master: RSS {master['Rss'] / 1024:.0f} MB")
            print(f"Private to the workers in all: {private_total / 1024:.0f} MB")
        finally:
            server.terminate()
            server.wait(timeout=30)
    return 0


if __name__ == "__main__":
    sys.exit(main())
