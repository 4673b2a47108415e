"""Search: a word's forms find each other where Ukrainian changes a vowel
of the last syllable between them («Київ» and «у Києві», «рік» and «року»,
«річок» and «річки»), both ways, on SQLite and PostgreSQL alike
(cooperation.search_terms), without a short word finding every word that
begins like its other forms."""

import datetime

import pytest

from partners.models import Organisation

from .test_search import group_total, results
from .test_search_ties import new_event

pytestmark = pytest.mark.django_db


def event_titled(title: str, slug: str = "alternation") -> str:
    new_event(slug, datetime.date(2024, 5, 1), title_uk=title, title_en="Zephyrion")
    return f"/uk/events/{slug}/"


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("Київ", "Форум громад у Києві"),
        ("Київ", "Делегація з Києва"),
        ("Києва", "Київ: форум громад"),
        ("рік", "Підсумки року"),
        ("року", "План на рік"),
        ("Харкова", "Делегація Харків — Полтава"),
        ("річок", "Очищення річки Ворскла"),
        ("річки", "Очищення малих річок"),
        ("вікон", "Нові вікна для шкіл"),
        ("сестри", "Зустріч сестер милосердя"),
    ],
)
def test_a_word_finds_its_forms_with_the_other_vowel(client, data_2024, query, title):
    address = event_titled(title)
    assert address in results(client, query, "uk", type="events")


@pytest.mark.parametrize(
    ("query", "name"), [("захід", "Агенція розвитку Заходу"), ("заходу", "Фундація Захід")]
)
def test_a_partner_is_found_by_either_form(client, data_2024, query, name):
    # Not events: every event's text says «захід» and «заходи» of itself.
    Organisation.objects.create(
        slug="alternation-partner",
        name_uk=name,
        name_en="Zephyrion",
        publication_status="published",
    )
    html = results(client, query, "uk", type="partners")
    assert "/uk/partners/alternation-partner/" in html
    assert group_total(html, "partners") == 1


def test_the_other_vowel_finds_the_forms_not_every_word_beginning_so(client, data_2024):
    """«сім» finds «семи», not «Семінар»; «вода» finds «води», not every
    record with «від» in it («від» is «вод…» with the other vowel)."""
    seven = event_titled("Зустріч семи громад", "seven")
    seminar = event_titled("Семінар для громад", "seminar")
    html = results(client, "сім", "uk", type="events")
    assert seven in html and seminar not in html
    water = event_titled("Чисті води Полтавщини", "water")
    event_titled("Допомога від партнерів", "help")
    html = results(client, "вода", "uk")
    assert water in html
    assert group_total(html, "events") == 1
