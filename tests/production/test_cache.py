"""Public pages, and the pieces of them kept for other pages, are cached per
language and query string, and a save by staff is visible at once."""

import html
import logging
import os
import re
import runpy
import time
from pathlib import Path

import pytest
from django.db import connection
from django.db.models import F
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from cooperation.models import AnnualReport, SiteRevision
from events.models import Event
from partners.models import Organisation
from projects.models import ProjectParticipation

pytestmark = pytest.mark.django_db

CACHE_HEADER = "X-Page-Cache"
PROJECT = Path(__file__).resolve().parents[2]


def test_second_visit_is_answered_from_the_cache(client, page_cache):
    assert client.get("/uk/events/")[CACHE_HEADER] == "miss"
    assert client.get("/uk/events/")[CACHE_HEADER] == "hit"


def test_each_language_and_query_string_is_cached_on_its_own(client, page_cache):
    ukrainian = client.get("/uk/events/")
    english = client.get("/en/events/")
    filtered = client.get("/en/events/?council_role=exhibited")
    assert english[CACHE_HEADER] == "miss" and filtered[CACHE_HEADER] == "miss"
    assert "Smart City Expo World Congress" in english.content.decode()
    assert "Всесвітній конгрес Smart City Expo" in ukrainian.content.decode()
    assert "ALDA Festival" not in filtered.content.decode()
    assert client.get("/en/events/?council_role=exhibited")[CACHE_HEADER] == "hit"


def test_each_host_name_is_cached_on_its_own(client, page_cache, settings):
    settings.ALLOWED_HOSTS = ["cooperation.example.org", "www.example.org"]
    first = client.get("/en/partners/alda/", HTTP_HOST="cooperation.example.org")
    second = client.get("/en/partners/alda/", HTTP_HOST="www.example.org")
    assert second[CACHE_HEADER] == "miss"
    assert 'href="http://www.example.org/en/partners/alda/"' in second.content.decode()
    assert "www.example.org" not in first.content.decode()


def test_a_save_by_staff_is_visible_at_once(client, page_cache, django_capture_on_commit_callbacks):
    event = Event.objects.get(slug="2024-smart-city-expo-world-congress")
    with translation.override("uk"):
        url = event.get_absolute_url()
    assert client.get(url)[CACHE_HEADER] == "miss"
    assert client.get(url)[CACHE_HEADER] == "hit"

    with django_capture_on_commit_callbacks(execute=True):  # as the admin's save commits
        event.title_uk = "Оновлена назва конгресу"
        event.save()

    response = client.get(url)
    assert response[CACHE_HEADER] == "miss"
    assert "Оновлена назва конгресу" in response.content.decode()


def test_a_deletion_is_visible_at_once(client, page_cache, django_capture_on_commit_callbacks):
    event = Event.objects.get(slug="2024-forum-bridges-of-solidarity")
    with translation.override("uk"):
        list_url = reverse("events:event_list")
    assert event.title_uk[:20] in client.get(list_url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        event.delete()
    assert "Bridges of Solidarity" not in client.get(list_url).content.decode()


def test_staff_always_get_a_fresh_page(staff_client, page_cache):
    staff_client.get("/uk/events/")
    assert CACHE_HEADER not in staff_client.get("/uk/events/")


def test_errors_are_not_cached(client, page_cache):
    client.get("/uk/events/no-such-event/")
    assert client.get("/uk/events/no-such-event/").status_code == 404
    assert CACHE_HEADER not in client.get("/uk/events/no-such-event/")


def test_a_new_year_appears_in_the_year_filter_at_once(
    client, page_cache, django_capture_on_commit_callbacks
):
    # The year choices are cached too, until the next save.
    assert '<option value="2031">' not in client.get("/en/events/?month=1").content.decode()
    event = Event.objects.get(slug="2024-smart-city-expo-world-congress")
    with django_capture_on_commit_callbacks(execute=True):
        event.start_date = event.start_date.replace(year=2031)
        event.end_date = event.end_date.replace(year=2031) if event.end_date else None
        event.save()
    html = client.get("/en/events/?month=2").content.decode()
    assert '<option value="2031">2031</option>' in html


def test_a_list_page_reads_the_site_revision_once(client, page_cache):
    # The page cache and the filter's cached choices share one read.
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/uk/events/?year=2024")
    assert response[CACHE_HEADER] == "miss"
    revision_reads = [q for q in queries.captured_queries if "cooperation_siterevision" in q["sql"]]
    assert len(revision_reads) == 1


def test_the_partner_drop_down_follows_a_rename_in_each_language(
    client, page_cache, django_capture_on_commit_callbacks
):
    # The drop-down's options are kept until the next save, per language.
    alda = Organisation.objects.get(slug="alda")
    assert f">{alda.name_en} (ALDA)</option>" in client.get("/en/events/").content.decode()
    assert f">{alda.name_uk} (ALDA)</option>" in client.get("/uk/events/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        alda.name_en = "ALDA, renamed"
        alda.name_uk = "АЛДА, перейменована"
        alda.save()
    english = client.get("/en/events/?partner=alda").content.decode()
    assert '<option value="alda" selected>ALDA, renamed</option>' in english
    assert (
        '<option value="alda">АЛДА, перейменована (ALDA)</option>'
        in client.get("/uk/events/?month=1").content.decode()
    )


def test_a_list_page_does_not_read_every_partner_for_its_drop_down(client, page_cache):
    client.get("/uk/events/?month=1")
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/uk/events/?month=2")  # another page, not in the cache
    assert response[CACHE_HEADER] == "miss"
    assert '<option value="alda">' in response.content.decode()
    assert not [q for q in queries.captured_queries if "partners_organisation" in q["sql"]]


def test_the_home_figures_and_area_counts_follow_a_save_at_once(
    client, page_cache, django_capture_on_commit_callbacks
):
    # Kept until the next save, like the pages: read from many queries' worth
    # of records, so not on every visit.
    def figures_and_tiles(query: str) -> tuple[int, dict[str, str]]:
        html = client.get(f"/en/{query}").content.decode()
        exhibitions = re.search(
            r'figure-tile__value">(\d+)</span>\s*<span class="figure-tile__label">'
            r"international exhibitions?<",
            html,
        )
        tiles = re.findall(
            r'area-tile__name">([^<]*)</span>\s*<span class="area-tile__meta">([^<]*)', html
        )
        return int(exhibitions.group(1)), dict(tiles)

    exhibitions, tiles = figures_and_tiles("")
    assert exhibitions == 2  # as the brochure has it
    assert figures_and_tiles("?again") == (exhibitions, tiles)
    event = Event.objects.get(slug="2024-smart-city-expo-world-congress")  # an exhibition
    with django_capture_on_commit_callbacks(execute=True):
        event.publication_status = "draft"
        event.save()
    new_exhibitions, new_tiles = figures_and_tiles("?after-the-save")
    assert new_exhibitions == exhibitions - 1
    area = event.priority_area.name_en
    assert new_tiles[area] != tiles[area]
    assert new_tiles.keys() == tiles.keys() and len(tiles) == 6


def test_the_home_pages_year_follows_a_new_report_at_once(
    client, page_cache, django_capture_on_commit_callbacks
):
    # The year the home page is about, and its report, are kept until the
    # next save too.
    assert "Read the 2024 report" in client.get("/en/").content.decode()
    assert "Read the 2024 report" in client.get("/en/?again").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        AnnualReport.objects.create(
            year=2025,
            title_uk="Міжнародна співпраця 2025",
            title_en="International cooperation 2025",
        )
    assert "Read the 2024 report" in client.get("/en/?draft").content.decode()  # a draft
    with django_capture_on_commit_callbacks(execute=True):
        report = AnnualReport.objects.get(year=2025)
        report.publication_status = "published"
        report.save()
    page = client.get("/en/?published").content.decode()
    assert "Read the 2025 report" in page and "Read the 2024 report" not in page


def test_a_card_kept_for_other_pages_follows_a_save_in_each_language(
    client, page_cache, django_capture_on_commit_callbacks
):
    # A record's card, rendered for one page, is reused by the pages the
    # cache has not seen yet (another filter, another page of results).
    event = Event.objects.get(slug="2024-smart-city-expo-world-congress")
    assert event.title_en in html.unescape(client.get("/en/events/?year=2024").content.decode())
    assert event.title_uk in html.unescape(client.get("/uk/events/?year=2024").content.decode())
    with django_capture_on_commit_callbacks(execute=True):
        event.title_en = "Smart City Expo, renamed"
        event.title_uk = "Smart City Expo, перейменована"
        event.save()
    english = client.get("/en/events/?year=2024&council_role=exhibited").content.decode()
    ukrainian = client.get("/uk/events/?year=2024&council_role=exhibited").content.decode()
    assert "Smart City Expo, renamed" in english and event.title_uk not in english
    assert "Smart City Expo, перейменована" in ukrainian


def test_a_card_kept_for_one_page_keeps_what_another_page_shows_apart(client, page_cache):
    # The home page lists events without their summaries, the events list
    # with them; a project's partners carry their role, a search result not.
    home = html.unescape(client.get("/en/").content.decode())
    event = next(e for e in Event.objects.published() if e.title_en in home and e.summary_en)
    events_list = html.unescape(
        client.get(f"/en/events/?year={event.start_date.year}").content.decode()
    )
    assert " ".join(event.summary_en.split()[:5]) in events_list

    participation = ProjectParticipation.objects.select_related("project", "organisation").first()
    organisation = participation.organisation
    with translation.override("en"):
        role = participation.get_role_display()
        project_page = client.get(participation.project.get_absolute_url()).content.decode()
    assert f"· {role}" in html.unescape(project_page)
    search = html.unescape(client.get(f"/en/search/?q={organisation.name_en}").content.decode())
    card = re.search(
        rf'org-card__name"[^>]*>{re.escape(organisation.display_name)}.*?</li>', search, re.S
    )
    assert card and role not in card.group(0)


def selected_years(page: str) -> list[str]:
    year_select = re.search(r'<select name="year".*?</select>', page, re.S).group(0)
    return re.findall(r'<option value="(\d*)" selected>', year_select)


def test_a_filter_form_kept_for_other_addresses_shows_each_ones_choices(client, page_cache):
    # The form's markup is kept per the values given to the filters, so an
    # address with another parameter besides (a campaign's tag) finds it;
    # another value, or another list, must not.
    first = client.get("/uk/events/?year=2024&utm_source=newsletter").content.decode()
    assert selected_years(first) == ["2024"]
    assert 'value="exhibited" id="id_council_role_2" checked' not in first
    tagged = client.get("/uk/events/?year=2024&utm_source=facebook").content.decode()
    assert selected_years(tagged) == ["2024"]
    all_years = client.get("/uk/events/?month=5&utm_source=newsletter").content.decode()
    assert selected_years(all_years) == [""]
    exhibited = client.get("/uk/events/?year=2024&council_role=exhibited").content.decode()
    assert selected_years(exhibited) == ["2024"]
    assert 'value="exhibited" id="id_council_role_2" checked' in exhibited
    projects = client.get("/uk/projects/?year=2024&utm_source=newsletter").content.decode()
    assert 'name="council_role"' not in projects
    for tag in ("a", "b"):
        refused = client.get(f"/uk/events/?year=1900&utm_source={tag}").content.decode()
        assert 'class="errorlist" id="id_year_error"' in refused
    assert "errorlist" not in client.get("/uk/events/?utm_source=a").content.decode()


def test_the_footer_follows_a_new_report_title_at_once(
    client, page_cache, django_capture_on_commit_callbacks
):
    report = AnnualReport.objects.published().order_by("-year").first()
    assert report.title_en in html.unescape(client.get("/en/events/").content.decode())
    with django_capture_on_commit_callbacks(execute=True):
        report.title_en = "International cooperation, renamed"
        report.save()
    assert "International cooperation, renamed" in client.get("/en/projects/").content.decode()


def test_a_worker_reads_the_revision_at_most_once_in_its_interval(
    client, page_cache, settings, django_capture_on_commit_callbacks
):
    client.get("/en/events/")  # the revision as it is now
    settings.PUBLIC_PAGE_REVISION_MILLISECONDS = 60_000
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/en/events/")[CACHE_HEADER] == "hit"
    assert len(queries) == 0  # not even the revision

    # A save by this process is visible at once, whatever the interval.
    event = Event.objects.get(slug="2024-smart-city-expo-world-congress")
    with django_capture_on_commit_callbacks(execute=True):
        event.title_en = "Saved by this worker"
        event.save()
    assert "Saved by this worker" in client.get("/en/events/").content.decode()

    # A save by another process (no signal here): visible once the interval
    # has passed.
    Event.objects.filter(pk=event.pk).update(title_en="Saved by another worker")
    SiteRevision.objects.filter(pk=1).update(number=F("number") + 1)
    settings.PUBLIC_PAGE_REVISION_MILLISECONDS = 100
    time.sleep(0.15)
    response = client.get("/en/events/")
    assert response[CACHE_HEADER] == "miss"
    assert "Saved by another worker" in response.content.decode()


def caches_configured_for(redis_url: str, monkeypatch) -> dict:
    """The CACHES that cooperation/settings.py sets up for REDIS_URL."""
    monkeypatch.setenv("REDIS_URL", redis_url)
    return runpy.run_path(str(PROJECT / "cooperation" / "settings.py"))["CACHES"]


@pytest.fixture
def redis_page_cache(settings, monkeypatch):
    """The cache several app servers share (REDIS_URL): a Redis database of
    its own for the tests, emptied afterwards."""
    import redis

    url = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
    server = redis.Redis.from_url(url, socket_connect_timeout=1)
    try:
        server.ping()
    except redis.ConnectionError:
        pytest.skip(f"no Redis at {url}")
    settings.CACHES = caches_configured_for(url, monkeypatch)
    settings.PUBLIC_PAGE_CACHE_SECONDS = 600
    server.flushdb()
    yield server
    server.flushdb()


def test_pages_and_choices_are_cached_in_redis_and_follow_a_save(
    client, redis_page_cache, django_capture_on_commit_callbacks
):
    assert client.get("/en/events/?year=2024")[CACHE_HEADER] == "miss"
    assert client.get("/en/events/?year=2024")[CACHE_HEADER] == "hit"
    keys = {key.split(b":")[0] for key in redis_page_cache.keys()}
    assert keys == {b"cooperation", b"cooperation-fragments"}  # pages and choices; cards
    event = Event.objects.get(slug="2024-smart-city-expo-world-congress")
    with django_capture_on_commit_callbacks(execute=True):
        event.title_en = "Smart City Expo, as kept in Redis"
        event.save()
    response = client.get("/en/events/?year=2024")
    assert response[CACHE_HEADER] == "miss"
    assert "Smart City Expo, as kept in Redis" in response.content.decode()


@pytest.fixture
def redis_that_does_not_answer(settings, monkeypatch):
    """REDIS_URL set, as on several app servers, to a Redis that is down."""
    from cooperation.redis_cache import ForgivingRedisCache

    settings.CACHES = caches_configured_for("redis://127.0.0.1:1/0", monkeypatch)
    settings.PUBLIC_PAGE_CACHE_SECONDS = 600
    monkeypatch.setattr(ForgivingRedisCache, "_resting_until", 0.0)


def test_with_redis_down_the_pages_are_rendered_without_the_cache(
    client, redis_that_does_not_answer, caplog
):
    with caplog.at_level(logging.WARNING, logger="cooperation.redis_cache"):
        for _ in range(2):
            response = client.get("/en/events/?year=2024")
            assert response.status_code == 200
            assert "Smart City Expo World Congress" in response.content.decode()
        assert client.get("/uk/").status_code == 200
    # Said once, then left alone for a while rather than tried on every read.
    assert len(caplog.records) == 1
    assert "Redis does not answer" in caplog.records[0].getMessage()
