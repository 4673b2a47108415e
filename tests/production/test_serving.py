"""What gunicorn's master process loads before it forks the workers
(preload_app): everything a first request would otherwise wait for, and no
database connection, which the workers must not share."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]

CHECK = """
import sys
import cooperation.wsgi
from django.db import connections
assert "weasyprint" in sys.modules, "the report's WeasyPrint is not loaded"
assert "cooperation.urls" in sys.modules, "the URL configuration is not loaded"
assert not [c for c in connections.all(initialized_only=True) if c.connection], "a connection"
print("ready")
"""


def test_the_wsgi_module_loads_the_site_before_the_fork_without_a_database_connection():
    environment = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    environment.update(
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        DJANGO_ALLOWED_HOSTS="portal.example.org",
    )
    result = subprocess.run(
        [sys.executable, "-c", CHECK],
        cwd=PROJECT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ready"


GC_CHECK = """
import gc, runpy
settings = runpy.run_path("gunicorn.conf.py")
assert not gc.isenabled(), "collection runs while the master loads the site"
for reload in range(2):  # the start, then a reload (HUP), which runs the file again
    if reload:
        settings = runpy.run_path("gunicorn.conf.py")
    settings["pre_fork"](None, None)
    assert gc.isenabled(), "a worker would be forked with collection off"
    assert gc.get_freeze_count() > 0, "the master's objects are not frozen"
print("ok")
"""


def test_gunicorn_freezes_the_masters_memory_and_forks_workers_that_collect():
    result = subprocess.run(
        [sys.executable, "-c", GC_CHECK],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
