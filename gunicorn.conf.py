"""gunicorn settings for the portal: ``gunicorn cooperation.wsgi`` reads this file
from the working directory (or pass ``-c gunicorn.conf.py``).

Every choice can be changed from the environment, so one file serves a laptop,
the benchmark and the council's server:

GUNICORN_BIND                 address to listen on (default 127.0.0.1:8000)
GUNICORN_WORKERS              number of worker processes (default: by cores and memory)
GUNICORN_WORKER_MEMORY_MB     memory one worker may grow to (default 300)
GUNICORN_TIMEOUT              seconds before a silent worker is killed (default 60)
GUNICORN_MAX_REQUESTS         requests before a worker is replaced (default 10000; 0 = never)
GUNICORN_ACCESS_LOG           "-" for stdout (default), a file path, or "off"
GUNICORN_LOG_LEVEL            level of gunicorn's own messages (default info)
FORWARDED_ALLOW_IPS           proxies trusted for X-Forwarded-* headers (default 127.0.0.1)
"""

import gc
import multiprocessing
import os
from pathlib import Path


def _env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    return int(value) if value else default


def _cpu_count() -> int:
    # The cores this process may run on (a container or taskset may allow fewer
    # than the machine has).
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return multiprocessing.cpu_count()


def _available_memory_mb() -> int | None:
    """Memory we may use: the container's limit if there is one, else what the
    kernel reports as available. None where neither can be read."""
    limit = None
    try:
        raw = Path("/sys/fs/cgroup/memory.max").read_text().strip()
        if raw != "max":
            limit = int(raw) // (1024 * 1024)
    except (OSError, ValueError):
        pass
    available = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemAvailable:"):
                available = int(line.split()[1]) // 1024
                break
    except (OSError, ValueError, IndexError):
        pass
    known = [mb for mb in (limit, available) if mb]
    return min(known) if known else None


def default_workers() -> int:
    """gunicorn's rule of thumb, 2 × cores + 1, capped by memory.

    The site is server-rendered and waits on PostgreSQL, so a few more workers
    than cores keep the CPUs busy. But one worker rendering the yearly report
    with WeasyPrint grows to a few hundred MB; running more workers than the
    memory holds would make the machine swap or the OOM killer pick one, which
    is worse than queueing requests.
    """
    by_cpu = 2 * _cpu_count() + 1
    memory = _available_memory_mb()
    if memory is None:
        return by_cpu
    by_memory = memory // _env_int("GUNICORN_WORKER_MEMORY_MB", 300)
    return max(1, min(by_cpu, by_memory))


# Listen on loopback by default: in production the front web server (nginx,
# Apache) proxies to us; nothing else should reach gunicorn directly.
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000").split(",")

# Sync workers: Django and psycopg are synchronous and the pages are short
# database reads, so one request per process is simplest and fastest. The front
# server buffers slow clients, which is what sync workers need in front of them.
worker_class = "sync"
workers = _env_int("GUNICORN_WORKERS", 0) or default_workers()

# Load Django once in the master before forking: workers share the imported
# code, WeasyPrint and the compiled templates copy-on-write (less memory per
# worker, no slow first request; see cooperation/wsgi.py), and a broken
# setting stops the start at once instead of failing in every worker. Django
# opens database connections lazily, in each worker, so none is shared across
# the fork.
preload_app = True

# Replace a worker after 10,000 to 15,000 requests: it gives back memory that
# WeasyPrint and long lists leave fragmented. Not much sooner: under load a
# worker answers hundreds of cached pages a second, and every replacement
# starts with an empty in-process page cache (measured: at 1,000, a worker was
# replaced every second or two and p99 latency reached a second). The wide
# jitter spreads the restarts: the workers share the load evenly, so with a
# jitter of a tenth they were all replaced within two seconds of each other
# (p99 110 ms and timeouts in a 30 s run at 3,000 requests a second; 41 ms
# with this jitter and the warm-up in cooperation/wsgi.py, 28 ms with no
# replacement at all).
max_requests = _env_int("GUNICORN_MAX_REQUESTS", 10000)
max_requests_jitter = max(1, max_requests // 2) if max_requests else 0

# Keep what the master loaded (preload_app) shared with the workers. The
# garbage collector writes into every object it examines, so a worker's
# collections copied each page of the master's memory they touched: with three
# workers after 360 requests, 48 MB was private to each, 25 MB with this.
# Python's advice for fork without exec (see gc.freeze): no collection in the
# master while it loads, so no holes in its pages; then freeze what it holds,
# which later collections leave alone.
gc.disable()


def pre_fork(server, worker):
    # Before every fork, not once when ready: workers are replaced now and
    # then, and a reload (HUP) runs this file, and its gc.disable(), again.
    # Collection is on again at once: frozen objects are left alone.
    gc.freeze()
    gc.enable()


# Pages answer in milliseconds; the PDF of the yearly report takes seconds. A
# worker silent for a minute is stuck (a lost database, a runaway render): kill
# it and start another. On a restart, give requests in flight 30 s to finish.
timeout = _env_int("GUNICORN_TIMEOUT", 60)
graceful_timeout = 30

# Heartbeat files in memory rather than on disk: on a busy or slow disk the
# heartbeat can stall and the master would kill healthy workers.
if Path("/dev/shm").is_dir():
    worker_tmp_dir = "/dev/shm"

# The proxies whose X-Forwarded-Proto / X-Forwarded-For we believe: only the
# front web server, which by default runs on the same machine. Set it to the
# load balancer's address when there is one; never "*" on a public interface.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")

# Access log to stdout and errors to stderr, so systemd's journal or the
# container runtime collects them; no log files to rotate. %(M)s is the time
# taken in milliseconds, for spotting slow pages.
_access_log = os.environ.get("GUNICORN_ACCESS_LOG", "-")
accesslog = None if _access_log.lower() in {"off", "none", ""} else _access_log
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
access_log_format = '%(h)s "%(r)s" %(s)s %(b)s %(M)sms "%(a)s"'

# Name the processes so `ps` and `top` show what they are.
proc_name = "poltava-cooperation-portal"
