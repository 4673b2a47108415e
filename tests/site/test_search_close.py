"""Search: a query that finds nothing as typed, a typo perhaps, finds the
records with words like it, the most similar first, on SQLite as on
PostgreSQL (pg_trgm there, the same measure worked out in Python here:
cooperation.search_close), and never by a draft's words for the public."""

import datetime
import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from cooperation.search_close import word_similarity
from events.models import Event
from partners.models import Organisation

from .test_search import group_total, results
from .test_search_ties import new_event as event_titled

pytestmark = pytest.mark.django_db

CLOSE_UK = "Записів саме з цими словами немає; у цих є схожі слова."
CLOSE_EN = "No record has these words as typed; these have words close to them."


def new_event(title: str, start: datetime.date, status: str = "published") -> Event:
    slug = title.casefold().replace(" ", "-")
    return event_titled(slug, start, title_uk=title, title_en=title, status=status)


def test_a_typo_in_ukrainian(client, data_2024):
    # The partner is «Фундація Ягеллонська»: one «л» missing.
    html = results(client, "Ягелонська", "uk")
    assert CLOSE_UK in html
    assert "/uk/partners/jagiellonian-foundation/" in html


def test_a_typo_in_english(client, data_2024):
    # Four events took place in Luxembourg.
    html = results(client, "Luxemburg")
    assert CLOSE_EN in html
    assert group_total(html, "events") == 4
    assert "/en/events/2024-luxembourg-ukrainian-business-forum/" in html


def test_the_closest_words_come_first_then_the_newest(client, data_2024):
    older = new_event("Zephyrion forum", datetime.date(2023, 5, 1))
    newer = new_event("Zephyri forum", datetime.date(2024, 5, 1))
    html = results(client, "Zephyrionn", type="events")
    assert group_total(html, "events") == 2
    assert html.index(f"/en/events/{older.slug}/") < html.index(f"/en/events/{newer.slug}/")


def test_a_drafts_words_find_it_for_staff_only(editor_client, data_2024):
    client = Client()  # editor_client is the client fixture, logged in
    new_event("Zephyrion forum", datetime.date(2024, 5, 1), status="draft")
    html = results(client, "Zephyrionn")
    assert "Nothing found" in html and "zephyrion-forum" not in html
    assert "/en/events/zephyrion-forum/" in results(editor_client, "Zephyrionn")


def test_a_draft_partner_is_not_found_beside_a_published_one(editor_client, data_2024):
    client = Client()

    def partner(slug: str, name: str, status: str) -> Organisation:
        return Organisation.objects.create(
            slug=slug, name_uk=name, name_en=name, publication_status=status
        )

    partner("zephyrion-foundation", "Zephyrion Foundation", "published")
    partner("zephyrion-institute", "Zephyrion Institute", "draft")
    html = results(client, "Zephyrionn", type="partners")
    assert "/en/partners/zephyrion-foundation/" in html
    assert "zephyrion-institute" not in html
    assert group_total(html, "partners") == 1
    staff = results(editor_client, "Zephyrionn", type="partners")
    assert "/en/partners/zephyrion-institute/" in staff


@pytest.mark.parametrize(
    ("query", "word", "pg_trgm"),
    [
        ("jagielonian", "jagiellonian", 0.78571427),
        # A stretch of the word: «польськ…», not its ending.
        ("польської", "польська", 0.7),
        ("ягелонська", "ягеллонської", 0.61538464),
        ("luxemburg", "luxembourg", 0.61538464),
        ("zephyrionn", "zephirionn", 0.5714286),
        ("ab", "ba", 0.0),
        # pg_trgm's greedy search misses the best stretch (4/9, «acacaac»).
        ("acac", "aaacacaac", 0.42857143),
    ],
)
def test_word_similarity_is_pg_trgms(query, word, pg_trgm):
    """The values PostgreSQL 15's pg_trgm gives, and on PostgreSQL the
    database's own."""
    assert word_similarity(query, word) == pytest.approx(pg_trgm, abs=1e-6)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT word_similarity(%s, %s)", [query, word])
            assert word_similarity(query, word) == pytest.approx(cursor.fetchone()[0], abs=1e-6)


def sql_of(client, url: str) -> list[str]:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return [query["sql"] for query in captured.captured_queries]


# A query reading the search documents alone: the words of a type's records,
# for close matches on SQLite.
VOCABULARY_READ = re.compile(r'SELECT "\w+"\."search_document"(?: AS "search_document")? FROM ')


def test_the_words_of_the_records_are_read_once_until_the_next_change(
    client, page_cache, data_2024, django_capture_on_commit_callbacks
):
    first = sql_of(client, "/en/search/?q=Jagielonian")
    stored_types = 5  # projects, events, memoranda, applications, partners
    reads = [sql for sql in first if VOCABULARY_READ.match(sql)]
    assert len(reads) == (stored_types if connection.vendor == "sqlite" else 0)
    # The revision the page cache read serves the words kept too.
    assert len([sql for sql in first if "cooperation_siterevision" in sql]) == 1
    other = sql_of(client, "/en/search/?q=Luxemburg")
    assert not [sql for sql in other if VOCABULARY_READ.match(sql)]
    assert "Nothing found" in results(client, "Zephyrionn")
    with django_capture_on_commit_callbacks(execute=True):  # as the admin's save commits
        new_event("Zephyrion forum", datetime.date(2024, 5, 1))
    assert "/en/events/zephyrion-forum/" in results(client, "Zephyrionn", type="events")


@pytest.mark.parametrize("public_first", [True, False])
def test_staff_and_the_public_have_words_of_their_own(
    editor_client, page_cache, data_2024, public_first
):
    """The words kept for the public are the published records' only; staff,
    who see drafts, have theirs, whoever searched first: kept under one name,
    the public's words would hide a draft from staff."""
    new_event("Zephyrion forum", datetime.date(2024, 5, 1), status="draft")
    public = Client()
    searches = [(public, False), (editor_client, True)]
    for client, finds in searches if public_first else searches[::-1]:
        html = client.get("/en/search/", {"q": "Zephyrionn", "type": "events"}).content.decode()
        assert ("/en/events/zephyrion-forum/" in html) is finds
