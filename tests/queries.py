"""Counting a page's SQL queries, for the tests of query budgets."""

from django.db import connection
from django.test.utils import CaptureQueriesContext


def queries_for(client, url: str, post: dict | None = None, status: int = 200) -> int:
    """How many queries answering ``url`` takes (the page must answer
    ``status``): a GET, or with ``post`` a POST of it (an admin list's action,
    or its save, which answers 302)."""
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url) if post is None else client.post(url, post)
    assert response.status_code == status, url
    return len(captured)
