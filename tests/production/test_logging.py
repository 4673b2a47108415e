"""Where the portal's messages go: stderr, each once, errors with their traceback."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[2]

LOG_A_REQUEST_ERROR = """
import logging
try:
    raise RuntimeError("simulated failure")
except RuntimeError:
    logging.getLogger("django.request").error("Internal Server Error: /en/", exc_info=True)
logging.getLogger("django.request").warning("Not Found: /uk/no-such-page/")
"""


def logged(code: str, debug: str = "0") -> subprocess.CompletedProcess:
    """``code`` run in the portal's shell with its logging, as the settings
    make it with DJANGO_DEBUG=``debug``."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    environment.update(
        DJANGO_DEBUG=debug,
        DJANGO_SECRET_KEY="a-test-key-that-is-long-enough-for-production-0123456789",
        DJANGO_ALLOWED_HOSTS="portal.example.org",
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", code],
        cwd=PROJECT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result


@pytest.mark.parametrize("debug", ["1", "0"])
def test_each_message_is_logged_once_to_stderr(debug):
    result = logged(LOG_A_REQUEST_ERROR, debug)
    assert result.stderr.count("Not Found: /uk/no-such-page/") == 1
    assert result.stderr.count("Internal Server Error: /en/") == 1
    assert "RuntimeError: simulated failure" in result.stderr
    assert "simulated failure" not in result.stdout


HEAD_REQUEST = """
import logging
logging.getLogger("gunicorn.http.wsgi").warning(
    "WSGI app sent body bytes on a no-body response (method=HEAD status=200); "
    "dropping per RFC 9110."
)
logging.getLogger("django.request").warning("Not Found: /uk/no-such-page/")
"""


def test_a_head_request_is_not_a_warning():
    # gunicorn 27 logged this, through the portal's handler, for every HEAD
    # request (a monitor's, a link checker's): Django sends the body and leaves
    # dropping it to the server, which gunicorn does.
    result = logged(HEAD_REQUEST)
    assert "no-body response" not in result.stderr
    assert "Not Found: /uk/no-such-page/" in result.stderr
