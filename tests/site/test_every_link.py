"""A visitor follows the links between records: from the home page, every
link of the public site leads to a page that answers, and every link into a
page (#membership-3) to a place on it."""

from collections import deque
from html.parser import HTMLParser
from urllib.parse import urldefrag, urljoin, urlsplit

import pytest

pytestmark = pytest.mark.django_db

# Links a visitor follows that are not pages of this crawl: the admin (for
# staff), files (checked where they are made) and the report's PDFs (each
# rendered by WeasyPrint: the report's own tests read them).
NOT_PAGES = ("/admin/", "/static/", "/media/")


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs: list[str] = []
        self.anchors: set[str] = set()

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "a" and attributes.get("href"):
            self.hrefs.append(attributes["href"])
        if attributes.get("id"):
            self.anchors.add(attributes["id"])


def crawl(client, start: str) -> tuple[dict[str, int], list[tuple[str, str]]]:
    """Every page reached from ``start``: {address: status}, and the links
    into a page whose place is missing. A list filtered by a record (a
    partner's events) or a further page of a list is asked for, but its
    links are not followed: a list links to every combination of its filters
    and pages, and the filters' own tests check their values."""
    statuses: dict[str, int] = {}
    anchors: dict[str, set[str]] = {}
    fragments: list[tuple[str, str, str]] = []  # (from page, to page, fragment)
    queue = deque([start])
    while queue:
        address = queue.popleft()
        if address in statuses:
            continue
        response = client.get(address)
        statuses[address] = response.status_code
        if response.status_code != 200 or "text/html" not in response["Content-Type"]:
            continue
        if "?" in address:
            continue
        path = address
        links = Links()
        links.feed(response.content.decode())
        anchors[path] = links.anchors
        for href in links.hrefs:
            url, fragment = urldefrag(urljoin("http://testserver" + path, href))
            parts = urlsplit(url)
            if parts.netloc != "testserver" or parts.scheme not in ("http", "https"):
                continue
            if fragment:
                fragments.append((path, parts.path, fragment))
            if not parts.path.startswith(NOT_PAGES) and not parts.path.endswith(".pdf"):
                queue.append(f"{parts.path}?{parts.query}" if parts.query else parts.path)
    missing = [
        (source, f"{target}#{fragment}")
        for source, target, fragment in fragments
        if target in anchors and fragment not in anchors[target]
    ]
    return statuses, missing


def test_every_link_from_the_home_page_leads_to_a_page(client, data_2024):
    # The language switch on every page leads to the page's other version:
    # one crawl covers both languages.
    statuses, missing_places = crawl(client, "/uk/")

    broken = {path: status for path, status in statuses.items() if status != 200}
    assert broken == {}
    assert missing_places == []
    # It reached every kind of record, in both languages.
    kinds = ("events", "projects", "partners", "memoranda", "applications", "areas", "countries")
    for language in ("uk", "en"):
        for kind in kinds:
            prefix = f"/{language}/{kind}/"
            assert any(path.startswith(prefix) and path != prefix for path in statuses), prefix
