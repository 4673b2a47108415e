"""The Makefile: every target listed by `make help`, and backups that only read."""

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="no make")


def make(*args: str) -> str:
    # Not the flags of a `make test` that runs this suite.
    environment = {
        k: v for k, v in os.environ.items() if k not in {"MAKEFLAGS", "MFLAGS", "MAKELEVEL"}
    }
    result = subprocess.run(
        ["make", "--no-print-directory", *args],
        cwd=PROJECT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_make_alone_lists_every_target():
    listed = set(re.findall(r"^  make (\S+)", make(), re.MULTILINE))
    declared = set(
        re.search(r"^\.PHONY:((?:.*\\\n)*.*)$", (PROJECT / "Makefile").read_text(), re.MULTILINE)
        .group(1)
        .replace("\\\n", " ")
        .split()
    )
    assert listed == declared
    assert {"run", "test", "backup", "restore", "serve-prod"} <= listed


def test_a_backup_does_not_migrate_the_database():
    # Scheduled nightly, it must not apply the migrations of code not yet deployed.
    commands = make("--dry-run", "--always-make", "backup")
    assert "manage.py backup" in commands
    assert "migrate" not in commands


@pytest.mark.parametrize(
    ("target", "command"),
    [
        (["backup"], "manage.py backup"),
        (["restore", "FILE=portal.tar.gz"], "manage.py restore"),
        (["superuser"], "manage.py createsuperuser"),
    ],
)
def test_the_operators_targets_do_not_install_packages(target, command):
    # The README's build installs with pip, not make, so the install stamp is
    # missing or older than requirements.txt (-W: as if it had just changed);
    # a nightly backup or a restore must not then run pip behind the upgrade,
    # or fail on a server without network.
    commands = make("--dry-run", "-W", "requirements.txt", *target)
    assert command in commands
    assert "pip" not in commands


@pytest.mark.parametrize("target", ["backup", "restore"])
def test_an_archive_path_with_spaces_stays_one_argument(target):
    commands = make("--dry-run", target, "FILE=my backups/portal 2024.tar.gz")
    assert '"my backups/portal 2024.tar.gz"' in commands
