"""The README's Deploying section names every setting the portal reads."""

import re
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[2]
READ = re.compile(
    r'(?:\benv_\w+|_env_int|environ\.get)\(\s*"([A-Z][A-Z0-9_]+)"|environ\["([A-Z][A-Z0-9_]+)"\]'
)


def variables_read_by(path: Path) -> set[str]:
    return {a or b for a, b in READ.findall(path.read_text())}


@pytest.mark.parametrize("source", ["cooperation/settings.py", "gunicorn.conf.py"])
def test_every_environment_variable_is_documented(source):
    read = variables_read_by(PROJECT / source)
    assert len(read) > 5, read
    readme = (PROJECT / "README.md").read_text()
    assert {name for name in read if f"`{name}" not in readme} == set()


def test_the_front_servers_example_serves_media_where_the_portal_links_them(settings):
    # The portal links an upload at MEDIA_URL + its name; Django serves none
    # of them in production, so the nginx example must map that prefix onto
    # the MEDIA_ROOT folder (alias keeps the rest of the address: both end in /).
    readme = (PROJECT / "README.md").read_text()
    location, alias = re.search(r"location (/\S*) \{ alias (\S+);", readme).groups()
    assert location == f"/{settings.MEDIA_URL.strip('/')}/"
    assert alias.endswith("/")
    assert f"MEDIA_ROOT={alias.rstrip('/')}\n" in readme  # the service's environment file
