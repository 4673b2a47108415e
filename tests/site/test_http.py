"""The public site as HTTP clients see it: methods, conditional requests,
headers."""

import pytest
from django.test import Client

READ_ONLY_PAGES = [
    "/uk/",
    "/en/projects/",
    "/uk/events/?year=2024",
    "/en/partners/alda/",
    "/uk/search/?q=alda",
    "/uk/reports/2024/",
    "/robots.txt",
]


@pytest.mark.parametrize("path", READ_ONLY_PAGES)
@pytest.mark.parametrize("method", ["post", "put", "delete"])
def test_a_read_only_page_answers_405_with_allow_to_other_methods(data_2024, path, method):
    # As a browser or a script sends it: the CSRF check is on.
    client = Client(enforce_csrf_checks=True)
    response = getattr(client, method)(path)
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD, OPTIONS"


def test_the_admin_login_still_takes_a_post(data_2024):
    client = Client(enforce_csrf_checks=True)
    response = client.post("/admin/login/", {"username": "nobody", "password": "x"})
    assert response.status_code == 403  # a POST without the CSRF token, not 405
