"""How the PDF sets its text: headings stay with what follows them, and
Ukrainian is not broken by a wrong hyphenation dictionary."""

import pytest

from cooperation.models import PriorityArea
from cooperation.records import PublicationStatus
from projects.models import Project
from tests.memberships import add_memberships

from .pdfs import download_report_pdf, header_rule_span, outline, pdf_text, pixel, reader

pytestmark = pytest.mark.django_db

HYPHEN = "\u2010"  # what WeasyPrint puts at the end of a hyphenated line


@pytest.mark.parametrize("added", [1, 2, 3, 4])
def test_a_chapter_heading_is_on_the_page_of_its_first_entry(client, report_2024, added):
    # More memberships push the two short chapters after them down page 3;
    # a fourth membership left «…з країнами ЄС» alone at its foot.
    add_memberships(added)
    pdf = download_report_pdf(client, "uk")
    pages = {title: page for depth, title, page in outline(pdf) if depth == 0}
    for heading, first_entry in [
        ("Пріоритетні напрями міжнародної співпраці", "Освіта та наука"),
        ("Міжнародна співпраця з країнами ЄС", "Бельгія"),
    ]:
        page = pages[heading]
        assert first_entry in pdf_text(pdf, page, page), (heading, page)


def test_ukrainian_words_are_not_hyphenated_at_wrong_places(pdf_2024):
    text = pdf_text(pdf_2024("uk"), unhyphenate=False)
    # pyphen's Ukrainian patterns broke «По‐лтавській», «інк‐люзивних».
    assert HYPHEN not in text
    assert "Полтавській" in text


def test_names_and_chapter_leads_are_not_hyphenated_in_english(pdf_2024):
    # English running text is hyphenated; names and the short leads are not.
    words = " ".join(pdf_text(pdf_2024("en"), unhyphenate=False).split())
    for text in (
        "Children of Heroes Charitable Foundation",
        "Catalonia (ACCIÓ)",
        "an exhibitor at international exhibitions!",
        "member of these international organisations:",
    ):
        assert text in words


def test_the_closing_page_has_the_whole_header_rule(pdf_2024):
    # The closing page names no chapter at the top right; dropping that box
    # dropped its half of the rule too, which then stopped mid-page.
    pdf = pdf_2024("uk")
    last = len(reader(pdf).pages)
    chapter_start, chapter_end = header_rule_span(pdf, 3)
    closing_start, closing_end = header_rule_span(pdf, last)
    assert chapter_end > 0.85
    assert closing_start == pytest.approx(chapter_start, abs=0.01)
    assert closing_end == pytest.approx(chapter_end, abs=0.01)


def test_an_area_s_colour_runs_down_every_page_of_its_projects(client, report_2024):
    # Enough projects in the first area to run its group over a page: the
    # colour stripe stopped at the foot of the first, and the next page's
    # projects showed no sign of whose they were.
    area = PriorityArea.objects.order_by("order").first()
    for number in range(8):
        Project.objects.create(
            title_uk=f"Проєкт співпраці громад номер {number}",
            title_en=f"Community cooperation project {number}",
            summary_uk="Спільна ініціатива громад області з партнерами з ЄС. " * 6,
            summary_en="A joint initiative of the region's communities with EU partners. " * 6,
            slug=f"community-cooperation-{number}",
            priority_area=area,
            is_council_partner=True,
            status=Project.Status.IMPLEMENTATION,
            publication_status=PublicationStatus.PUBLISHED,
        )
    pdf = download_report_pdf(client, "uk")
    chapters = [page for depth, title, page in outline(pdf) if depth == 0]
    start = next(page for depth, title, page in outline(pdf) if title == "Партнерські проєкти")
    groups = [page for depth, title, page in outline(pdf) if depth == 1 and title == area.name_uk]
    assert groups == [start]
    next_page = start + 1
    assert next_page not in chapters
    assert "Проєкт співпраці громад номер 7" in pdf_text(pdf, next_page, next_page)
    # The stripe is the group's left edge, 1.6 mm wide, at the left margin (20 mm).
    colour = tuple(int(area.colour[i : i + 2], 16) for i in (1, 3, 5))
    for y_mm in (30, 60, 120):
        found = pixel(pdf, next_page, 20.8, y_mm)
        assert all(abs(a - b) < 40 for a, b in zip(found, colour, strict=True)), (y_mm, found)
