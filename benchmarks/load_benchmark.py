"""Load benchmark: wrk against gunicorn and PostgreSQL, all on loopback.

    .venv/bin/python benchmarks/load_benchmark.py            # 30 s per page
    .venv/bin/python benchmarks/load_benchmark.py --quick    # 5 s per page

1. Creates a throwaway PostgreSQL database (``portal_bench``), migrates it,
   loads the 2024 records and the synthetic data (ten times 2024 and 10,000
   events), and collects the static files into a temporary STATIC_ROOT.
2. Counts the SQL queries of each benchmarked page (Django test client) and
   writes the home page, rendered once, as a static file: the ceiling.
3. Starts gunicorn with the repository's gunicorn.conf.py in production mode
   on 127.0.0.1:8077.
4. Runs wrk (64 connections, 30 s by default) against each page, cached and
   uncached (a unique query parameter per request), against the static
   copy served by WhiteNoise in the same gunicorn, against /health/, a view
   with one query and no template (what Django alone allows a page), and
   against the site's frame (the search page with nothing asked: what the
   site's head, header and footer alone allow a page).
5. Prints a table, writes it as JSON and Markdown into benchmarks/results/,
   stops gunicorn and drops the database (unless --keep).

Traffic goes to 127.0.0.1 only; every step has a time limit.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import quote, urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
LUA_SCRIPT = ROOT / "benchmarks" / "wrk_report.lua"
RESULTS = ROOT / "benchmarks" / "results"
HOST = "127.0.0.1"
PRERENDERED = "benchmark/prerendered.html"

# name: path. The filtered list asks for a year of the synthetic data (2024 has
# only its 16 real events), so the list has hundreds of records to page through.
PAGES = {
    "home": "/uk/",
    "events filtered": "/uk/events/?year=2023&council_role=attended",
    "project detail": "/uk/projects/promoting-polish-in-poltava-schools/",
    "search": "/uk/search/?q=польськ",
}
# Not pages of the targets but bounds for them, each with a new address
# every request, like an uncached page:
# - Django alone: the health check asks the database one query and renders no
#   template, so its rate is about the most any view gets through gunicorn,
#   Django's middleware and PostgreSQL on this machine;
# - the site's frame: the search page with nothing asked (head, header,
#   navigation, the search form, footer; no record, no query but the site's
#   revision), so its rate is about the most any page of the site gets.
BASELINES = {
    "django alone": "/health/",
    "site frame": "/uk/search/",
}
# The targets of issue 5, as fractions of the ceiling's requests per second.
TARGETS = {"cached": 0.5, "uncached": 0.2}


def log(message: str) -> None:
    print(f"[{datetime.datetime.now():%H:%M:%S}] {message}", flush=True)


def encoded(path: str) -> str:
    """Percent-encode the Cyrillic in a path and query string for wrk."""
    parts = urlsplit(path)
    return urlunsplit(("", "", quote(parts.path), quote(parts.query, safe="=&"), parts.fragment))


# The database ----------------------------------------------------------------


def admin_connection(admin_url: str):
    import psycopg

    return psycopg.connect(admin_url, autocommit=True, connect_timeout=10)


def create_database(admin_url: str, name: str) -> None:
    from psycopg import sql

    with admin_connection(admin_url) as connection:
        connection.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )
        connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def drop_database(admin_url: str, name: str) -> None:
    from psycopg import sql

    with admin_connection(admin_url) as connection:
        connection.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )


def database_url(admin_url: str, name: str) -> str:
    parts = urlsplit(admin_url)
    return urlunsplit((parts.scheme, parts.netloc, f"/{name}", parts.query, ""))


# Steps -------------------------------------------------------------------------


def run(command: list[str], env: dict, *, timeout: int, capture: bool = False, stderr=None) -> str:
    log("$ " + " ".join(command))
    result = subprocess.run(
        command,
        cwd=ROOT,
        env=env,
        timeout=timeout,
        check=True,
        text=True,
        stdout=subprocess.PIPE if capture else None,
        stderr=stderr,
    )
    return result.stdout or ""


def prepare(env: dict, args) -> dict:
    manage = [PYTHON, "manage.py"]
    run([*manage, "migrate", "--noinput", "-v", "0"], env, timeout=300)
    run([*manage, "load_2024"], env, timeout=120)
    if not args.no_synthetic:
        run(
            [*manage, "generate_synthetic_data", "--scale", str(args.scale)]
            + ["--events", str(args.events), "--seed", "1"],
            env,
            timeout=600,
        )
    run([*manage, "collectstatic", "--noinput", "-v", "0"], env, timeout=300)
    timed = {**PAGES, "site frame": BASELINES["site frame"]}
    pages = [f"{name}={path}" for name, path in timed.items()]
    target = Path(env["DJANGO_STATIC_ROOT"]) / PRERENDERED
    # A broken page logs its traceback: keep it in a file, not on the screen.
    errors_path = Path(env["DJANGO_STATIC_ROOT"]).parent / "page_queries.log"
    with errors_path.open("w") as errors:
        output = run(
            [PYTHON, "benchmarks/page_queries.py", str(target), *pages],
            env,
            timeout=300,
            capture=True,
            stderr=errors,
        )
    measured = json.loads(output.strip().splitlines()[-1])
    # The exception lines (e.g. "django.core.exceptions.FieldError: …"), once each.
    text = errors_path.read_text(errors="replace")
    exceptions = [line for line in text.splitlines() if line[:1].isalpha() and "Error:" in line]
    measured["_errors"] = sorted(set(exceptions))
    if text:
        log(f"  pages logged errors: see {errors_path} (kept with --keep)")
    return measured


def start_gunicorn(env: dict, port: int, log_path: Path) -> subprocess.Popen:
    env = {**env, "GUNICORN_BIND": f"{HOST}:{port}"}
    command = [str(Path(PYTHON).with_name("gunicorn")), "-c", "gunicorn.conf.py"]
    command.append("cooperation.wsgi")
    log(f"$ {' '.join(command)}  (log: {log_path})")
    log_file = log_path.open("w")
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=log_file, stderr=subprocess.STDOUT
    )
    url = f"http://{HOST}:{port}/static/{PRERENDERED}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"gunicorn exited with {process.returncode}; see {log_path}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return process
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.3)
    stop_gunicorn(process)
    raise RuntimeError(f"gunicorn did not answer within 60 s; see {log_path}")


def stop_gunicorn(process: subprocess.Popen) -> None:
    if process.poll() is not None:
        return
    process.send_signal(signal.SIGTERM)  # graceful: the master stops its workers
    try:
        process.wait(timeout=40)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)


def wrk(url: str, args, *, duration: int, nocache: bool) -> dict:
    command = [
        args.wrk,
        f"-t{args.threads}",
        f"-c{args.connections}",
        f"-d{duration}s",
        f"--timeout={args.timeout}s",
        "-s",
        str(LUA_SCRIPT),
        url,
    ]
    env = {**os.environ, "BENCH_NOCACHE": "1" if nocache else "0"}
    result = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=duration + 60, check=True
    )
    for line in result.stdout.splitlines():
        if line.startswith("BENCH_JSON "):
            stats = json.loads(line.removeprefix("BENCH_JSON "))
            break
    else:
        raise RuntimeError(f"wrk printed no summary:\n{result.stdout}\n{result.stderr}")
    seconds = stats["duration_us"] / 1e6
    stats["rps"] = stats["requests"] / seconds if seconds else 0.0
    stats["socket_errors"] = sum(
        stats[key] for key in ("connect_errors", "read_errors", "write_errors", "timeouts")
    )
    return stats


def drain(base: str) -> float:
    """Wait until gunicorn has worked off the requests wrk left queued when it
    stopped (sync workers still answer them): one request to the static file
    returns only once those before it are done. Keeps runs from overlapping."""
    started = time.monotonic()
    try:
        with urllib.request.urlopen(f"{base}/static/{PRERENDERED}", timeout=180) as response:
            response.read()
    except (urllib.error.URLError, ConnectionError, TimeoutError) as error:
        log(f"  gunicorn did not drain: {error}")
    return time.monotonic() - started


def benchmark(port: int, args) -> list[dict]:
    base = f"http://{HOST}:{port}"
    ceiling_run = ("ceiling", "static copy of /uk/", f"/static/{PRERENDERED}", False)
    runs = [ceiling_run]
    runs += [(name, f"{path}, uncached", path, True) for name, path in BASELINES.items()]
    for name, path in PAGES.items():
        runs.append((name, "cached", path, False))
        runs.append((name, "uncached", path, True))
    # The ceiling again at the end: the machine's speed drifts over a run.
    runs.append((*ceiling_run[:1], "static copy of /uk/, again", *ceiling_run[2:]))
    rows = []
    for name, mode, path, nocache in runs:
        url = base + encoded(path)
        # Warm up: every worker fills its own cache and opens its connection.
        wrk(url, args, duration=args.warmup, nocache=nocache)
        drain(base)
        log(f"wrk {name} ({mode}) {args.duration} s: {url}")
        stats = wrk(url, args, duration=args.duration, nocache=nocache)
        stats["drain_seconds"] = round(drain(base), 1)
        rows.append({"page": name, "mode": mode, "path": path, **stats})
        log(
            f"  {stats['rps']:.0f} req/s, p50 {stats['p50_us'] / 1000:.1f} ms, "
            f"p99 {stats['p99_us'] / 1000:.1f} ms, non-2xx {stats['non2xx']}, "
            f"socket errors {stats['socket_errors']}"
        )
    # The ratios are taken against the faster of the two ceiling runs, so a
    # slow moment of the machine never flatters the pages.
    ceiling = max(row["rps"] for row in rows if row["page"] == "ceiling") or 1.0
    for row in rows:
        row["ratio"] = row["rps"] / ceiling
        target = TARGETS.get(row["mode"])
        row["target"] = target
        row["meets_target"] = (
            None
            if target is None
            else row["ratio"] >= target and not row["non2xx"] and not row["socket_errors"]
        )
    return rows


# Reporting ---------------------------------------------------------------------


def machine_conditions() -> dict:
    load = os.getloadavg()
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
        ).stdout.strip()
        dirty = bool(
            subprocess.run(
                ["git", "status", "--porcelain"], cwd=ROOT, capture_output=True, text=True
            ).stdout.strip()
        )
    except OSError:
        commit, dirty = "", False
    return {
        "cores": os.cpu_count(),
        "load_average": [round(x, 2) for x in load],
        "commit": commit,
        "working_tree_dirty": dirty,
    }


def markdown(result: dict) -> str:
    settings = result["settings"]
    lines = [
        f"# Load benchmark, {result['started']}",
        "",
        f"wrk: {settings['connections']} connections, {settings['threads']} threads, "
        f"{settings['duration']} s per run (after {settings['warmup']} s of warm-up), "
        f"timeout {settings['timeout']} s. gunicorn: {result['gunicorn_workers']} sync "
        f"workers on {result['before']['cores']} cores. Data: 2024 plus synthetic "
        f"(scale {settings['scale']}, {settings['events']} events). Load average before "
        f"{result['before']['load_average']}, after {result['after']['load_average']}. "
        f"Commit {result['before']['commit']}"
        f"{' (uncommitted changes)' if result['before']['working_tree_dirty'] else ''}.",
        "",
        "| page | mode | req/s | p50 ms | p99 ms | non-2xx | socket errors | "
        "× ceiling | target | SQL queries |",
        "|---|---|---:|---:|---:|---:|---:|---:|---|---:|",
    ]
    for row in result["runs"]:
        queries = result["queries"].get(row["page"], {}).get(row["mode"], {})
        target = "" if row["target"] is None else f"≥ {row['target']:.2f}"
        if row["meets_target"] is not None:
            target += " ✓" if row["meets_target"] else " ✗"
        lines.append(
            f"| {row['page']} | {row['mode']} | {row['rps']:.0f} | {row['p50_us'] / 1000:.1f} "
            f"| {row['p99_us'] / 1000:.1f} | {row['non2xx']} | {row['socket_errors']} "
            f"| {row['ratio']:.2f} | {target} | {queries.get('queries', '')} |"
        )
    lines += ["", "Pages as rendered once by the Django test client on the same data:", ""]
    lines += [
        "| page | status | bytes | queries: first render | page cache misses | page cache hits "
        "| a miss in-process, ms (median of 20) |"
    ]
    lines += ["|---|---:|---:|---:|---:|---:|---:|"]
    for name, measured in result["queries"].items():
        if name.startswith("_"):
            continue
        first, miss, hit = measured["first"], measured["uncached"], measured["cached"]
        lines.append(
            f"| {name} | {first['status']} | {first['bytes']} | {first['queries']} "
            f"| {miss['queries']} | {hit['queries']} | {miss.get('render_ms', '')} |"
        )
    prerendered = result["queries"].get("_prerendered", {})
    lines += ["", f"Ceiling: {prerendered.get('bytes')} bytes, {prerendered.get('source')}."]
    for error in result["queries"].get("_errors", []):
        lines.append(f"\nError logged while rendering the pages: `{error}`")
    for error in result.get("gunicorn_errors", []):
        lines.append(f"\ngunicorn log: `{error}`")
    return "\n".join(lines) + "\n"


def save(result: dict) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    stamp = result["started"].replace(":", "").replace("-", "")
    json_path = RESULTS / f"load-{stamp}.json"
    json_path.write_text(json.dumps(result, indent=2, ensure_ascii=False))
    md_path = RESULTS / f"load-{stamp}.md"
    md_path.write_text(markdown(result))
    shutil.copyfile(md_path, RESULTS / "load-latest.md")
    shutil.copyfile(json_path, RESULTS / "load-latest.json")
    return md_path


# Main ----------------------------------------------------------------------------


def parse_args(argv: list[str] | None = None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--admin-database-url",
        default=os.environ.get(
            "BENCH_ADMIN_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/postgres"
        ),
        help="A PostgreSQL server on loopback and a role that may create databases.",
    )
    parser.add_argument("--db-name", default="portal_bench", help="Throwaway database name.")
    parser.add_argument("--keep", action="store_true", help="Keep the database afterwards.")
    parser.add_argument("--port", type=int, default=8077)
    parser.add_argument("--duration", type=int, default=30, help="Seconds per wrk run.")
    parser.add_argument("--warmup", type=int, default=3, help="Seconds of warm-up per run.")
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--threads", type=int, default=2, help="wrk threads.")
    parser.add_argument("--timeout", type=int, default=10, help="wrk request timeout (s).")
    parser.add_argument("--quick", action="store_true", help="5 s runs, 1 s warm-up.")
    parser.add_argument("--scale", type=int, default=10, help="Synthetic scale (× 2024).")
    parser.add_argument("--events", type=int, default=10_000, help="Synthetic events.")
    parser.add_argument("--no-synthetic", action="store_true", help="Only the 2024 records.")
    parser.add_argument("--wrk", default=shutil.which("wrk") or "/usr/bin/wrk")
    args = parser.parse_args(argv)
    if args.quick:
        args.duration, args.warmup = 5, 1
    if "bench" not in args.db_name:
        parser.error("The database is dropped at the end: its name must contain 'bench'.")
    host = urlsplit(args.admin_database_url).hostname
    if host not in {"127.0.0.1", "localhost", "::1"}:
        parser.error("The benchmark runs on loopback only: use a PostgreSQL on 127.0.0.1.")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    workdir = Path(tempfile.mkdtemp(prefix="portal-bench-"))
    env = {
        **os.environ,
        "DATABASE_URL": database_url(args.admin_database_url, args.db_name),
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        # Plain HTTP on loopback: no redirect to HTTPS (the front server does TLS).
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "DJANGO_STATIC_ROOT": str(workdir / "static"),
        "MEDIA_ROOT": str(workdir / "media"),
        "DJANGO_LOG_LEVEL": "WARNING",
        "PYTHONUNBUFFERED": "1",
    }
    result = {
        "started": datetime.datetime.now().isoformat(timespec="seconds"),
        "settings": {
            key: getattr(args, key)
            for key in ("duration", "warmup", "connections", "threads", "timeout", "scale")
        }
        | {"events": 0 if args.no_synthetic else args.events, "port": args.port},
        "before": machine_conditions(),
    }
    gunicorn = None
    log(f"Creating database {args.db_name}; work files in {workdir}")
    create_database(args.admin_database_url, args.db_name)
    try:
        started = time.monotonic()
        result["queries"] = prepare(env, args)
        result["prepare_seconds"] = round(time.monotonic() - started, 1)
        for name, measured in result["queries"].items():
            if not name.startswith("_"):
                log(f"  {name}: {measured}")
        workers = subprocess.run(
            [str(Path(PYTHON).with_name("gunicorn")), "-c", "gunicorn.conf.py", "--print-config"]
            + ["cooperation.wsgi"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        ).stdout
        result["gunicorn_workers"] = next(
            (
                line.split("=")[1].strip()
                for line in workers.splitlines()
                if line.startswith("workers ")
            ),
            "?",
        )
        gunicorn = start_gunicorn(env, args.port, workdir / "gunicorn.log")
        result["runs"] = benchmark(args.port, args)
    finally:
        if gunicorn is not None:
            log("Stopping gunicorn")
            stop_gunicorn(gunicorn)
            errors = [
                line
                for line in (workdir / "gunicorn.log").read_text(errors="replace").splitlines()
                if "[ERROR]" in line or "[CRITICAL]" in line or "Error:" in line
            ]
            result["gunicorn_errors"] = sorted(set(errors))[:20]
        if args.keep:
            log(f"Keeping database {args.db_name} and {workdir}")
        else:
            log(f"Dropping database {args.db_name}")
            drop_database(args.admin_database_url, args.db_name)
            shutil.rmtree(workdir, ignore_errors=True)
    result["after"] = machine_conditions()
    path = save(result)
    print()
    print(markdown(result))
    log(f"Results: {path} (and load-latest.md / .json)")
    failed = [row for row in result["runs"] if row["meets_target"] is False]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
