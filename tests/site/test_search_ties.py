"""Search: among records that match equally well (the query's word in the
same place of each), the newest come first, not the first entered; partners,
which have no date, A to Я in the page's language. The same on SQLite and
PostgreSQL."""

import datetime

import pytest
from django.utils import translation

from cooperation.models import PriorityArea
from events.models import Event
from partners.models import Memorandum, Organisation
from projects.models import Application, Project

from .test_search import results

pytestmark = pytest.mark.django_db

PUBLISHED = "published"
# A word no record of the 2024 data has, first in every title below: each
# record matches it at the same place, so only the ties order them.
WORD_UK, WORD_EN = "Зефіріон", "Zephyrion"


def order_found(client, query: str, records, language: str = "en", **extra) -> list:
    """``records`` in the order the search page lists them; all must be there."""
    html = results(client, query, language, **extra)
    with translation.override(language):
        places = {record: html.find(f'href="{record.get_absolute_url()}"') for record in records}
    assert all(place >= 0 for place in places.values()), places
    return sorted(records, key=places.get)


def new_event(
    slug: str,
    start: datetime.date,
    *,
    title_uk: str = f"{WORD_UK}: форум",
    title_en: str = f"{WORD_EN}: forum",
    status: str = PUBLISHED,
) -> Event:
    return Event.objects.create(
        title_uk=title_uk,
        title_en=title_en,
        slug=slug,
        start_date=start,
        council_role=Event.CouncilRole.ATTENDED,
        format=Event.Format.FORUM,
        priority_area=PriorityArea.objects.get(slug="medicine"),
        publication_status=status,
    )


def test_events_newest_first(client, data_2024):
    # Entered oldest first, and one of the same day entered last.
    march = new_event("zephyrion-march", datetime.date(2024, 3, 1))
    september = new_event("zephyrion-september", datetime.date(2024, 9, 1))
    january = new_event("zephyrion-january", datetime.date(2025, 1, 20))
    september_again = new_event("zephyrion-september-again", datetime.date(2024, 9, 1))
    expected = [january, september_again, september, march]
    assert order_found(client, WORD_EN, expected) == expected
    assert order_found(client, WORD_UK, expected, "uk", type="events") == expected


def test_records_found_by_a_typo_alike_newest_first(client, data_2024):
    older = new_event("zephyrion-2023", datetime.date(2023, 5, 1))
    newer = new_event("zephyrion-2024", datetime.date(2024, 5, 1))
    assert order_found(client, "Zephyrionn", [older, newer]) == [newer, older]


def test_memoranda_newest_first_and_a_day_known_before_a_year_alone(client, data_2024):
    def memorandum(slug: str, year: int, signed_on: datetime.date | None = None) -> Memorandum:
        return Memorandum.objects.create(
            title_uk=f"{WORD_UK}: меморандум",
            title_en=f"{WORD_EN}: memorandum",
            slug=slug,
            category=Memorandum.Category.INTERNATIONAL,
            signed_year=year,
            signed_on=signed_on,
            publication_status=PUBLISHED,
        )

    year_only = memorandum("zephyrion-2024", 2024)
    older = memorandum("zephyrion-2021", 2021, datetime.date(2021, 12, 30))
    dated = memorandum("zephyrion-2024-may", 2024, datetime.date(2024, 5, 1))
    expected = [dated, year_only, older]
    assert order_found(client, WORD_EN, expected) == expected


def test_projects_newest_first_and_those_without_dates_last(client, data_2024):
    area = PriorityArea.objects.get(slug="medicine")

    def project(slug: str, start: datetime.date | None) -> Project:
        return Project.objects.create(
            title_uk=f"{WORD_UK}: проєкт",
            title_en=f"{WORD_EN}: project",
            summary_uk="Опис.",
            summary_en="Summary.",
            slug=slug,
            start_date=start,
            priority_area=area,
            publication_status=PUBLISHED,
        )

    undated = project("zephyrion-undated", None)
    older = project("zephyrion-2022", datetime.date(2022, 1, 1))
    newer = project("zephyrion-2024", datetime.date(2024, 6, 1))
    expected = [newer, older, undated]
    assert order_found(client, WORD_EN, expected) == expected


def test_applications_by_year_then_submission_then_number(client, data_2024):
    def application(year: int, number: int, submitted: datetime.date | None) -> Application:
        return Application.objects.create(
            year=year,
            number=number,
            title_uk=f"{WORD_UK}: заявка",
            title_en=f"{WORD_EN}: application",
            submitted_on=submitted,
            publication_status=PUBLISHED,
        )

    # The code («2023/05») comes first in each document and is as long in each.
    last_year = application(2023, 50, datetime.date(2023, 11, 1))
    not_sent_yet = application(2024, 60, None)
    february = application(2024, 62, datetime.date(2024, 2, 1))
    march = application(2024, 61, datetime.date(2024, 3, 1))
    same_day = application(2024, 63, datetime.date(2024, 3, 1))
    expected = [same_day, march, february, not_sent_yet, last_year]
    assert order_found(client, WORD_EN, expected) == expected


# The word as typed, and with a typo: records found by a word like it.
@pytest.mark.parametrize("query", [WORD_UK, f"{WORD_UK}н"])
def test_partners_alphabetically_in_the_pages_language(client, data_2024, query):
    def partner(slug: str, name_uk: str, name_en: str) -> Organisation:
        return Organisation.objects.create(
            name_uk=f"{WORD_UK} {name_uk}",
            name_en=f"{WORD_EN} {name_en}",
            slug=slug,
            kind=Organisation.Kind.FOUNDATION,
            publication_status=PUBLISHED,
        )

    # Б, І, Я in the Ukrainian alphabet, whose І comes before А by code point.
    willow = partner("zephyrion-willow", "Ясен", "Willow")
    ash = partner("zephyrion-ash", "Ірис", "Ash")
    shore = partner("zephyrion-shore", "Берег", "Shore")
    # The Ukrainian word begins each Ukrainian name, the first of a
    # document's words: the same place on either page.
    assert order_found(client, query, [willow, ash, shore], "uk") == [shore, ash, willow]
    assert order_found(client, query, [willow, ash, shore], "en") == [ash, shore, willow]


def test_priority_areas_in_the_order_staff_gave_them(client, data_2024):
    # Areas have no date: equally good matches come in their own order (the
    # brochure's, which staff set), not the order they were entered in.
    def area(slug: str, order: int) -> PriorityArea:
        return PriorityArea.objects.create(
            name_uk=f"{WORD_UK} {slug}",
            name_en=f"{WORD_EN} {slug}",
            slug=slug,
            order=order,
            colour="#0057b7",
            icon=PriorityArea.Icon.EDUCATION,
        )

    entered_first, entered_last = area("culture", 9), area("sport", 7)
    found = order_found(client, WORD_EN, [entered_first, entered_last])
    assert found == [entered_last, entered_first]
