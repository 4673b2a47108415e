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


@pytest.mark.parametrize("path", ["/sitemap.xml", "/health/"])
def test_the_machine_readable_addresses_answer_405_too(data_2024, path):
    response = Client(enforce_csrf_checks=True).post(path)
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD"
    assert Client().head(path).status_code == 200


def test_the_admin_login_still_takes_a_post(data_2024):
    client = Client(enforce_csrf_checks=True)
    response = client.post("/admin/login/", {"username": "nobody", "password": "x"})
    assert response.status_code == 403  # a POST without the CSRF token, not 405


def test_a_cached_page_is_revalidated_with_its_etag(client, data_2024, page_cache):
    first = client.get("/uk/events/")
    etag = first["ETag"]
    assert first.status_code == 200 and etag

    again = client.get("/uk/events/", headers={"if-none-match": etag})
    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == etag
    assert "must-revalidate" in again["Cache-Control"]
    assert client.head("/uk/events/", headers={"if-none-match": etag}).status_code == 304
    # Another page, or another language, is not the same answer.
    assert client.get("/en/events/", headers={"if-none-match": etag}).status_code == 200


def test_a_change_gives_the_page_a_new_etag(
    client, data_2024, page_cache, django_capture_on_commit_callbacks
):
    from events.models import Event

    etag = client.get("/en/events/")["ETag"]
    event = Event.objects.published().order_by("-start_date").first()
    event.title_en = "A renamed event"
    with django_capture_on_commit_callbacks(execute=True):
        event.save()
    changed = client.get("/en/events/", headers={"if-none-match": etag})
    assert changed.status_code == 200
    assert changed["ETag"] != etag
    assert b"A renamed event" in changed.content


def test_a_country_code_in_capitals_redirects_only_when_it_could_be_one(client, data_2024):
    response = client.get("/uk/countries/PL/")
    assert response.status_code == 301
    assert response["Location"] == "/uk/countries/pl/"
    # Two Cyrillic capitals are no ISO code: not a redirect to a missing page.
    assert client.get("/uk/countries/%D0%9F%D0%9B/").status_code == 404


@pytest.mark.parametrize("path", ["/uk/events/draft-event/", "/en/events/"])
def test_a_page_shown_to_staff_is_kept_by_no_shared_cache(staff_client, draft_records, path):
    response = staff_client.get(path)
    assert response.status_code == 200
    assert "private" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]


def test_a_public_page_may_be_kept_and_revalidated(client, data_2024, page_cache):
    response = client.get("/en/events/")
    assert response["Cache-Control"] == "public, max-age=0, must-revalidate"
    assert "Cookie" in response["Vary"]  # a proxy keeps the visitor's page apart from staff's
