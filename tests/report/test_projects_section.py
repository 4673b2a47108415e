"""The partner projects as the report writes them: titles in the quotation
marks of the language, and a component project's parent named once."""

import pytest
from django.urls import reverse
from django.utils import translation

from cooperation.records import PublicationStatus
from projects.models import Project

from .pdfs import outline, pdf_text

pytestmark = pytest.mark.django_db

POLISH_PROJECT = "promoting-polish-in-poltava-schools"
SECTION_TITLE = {"uk": "Партнерські проєкти", "en": "Partner projects"}


def report(client, language: str) -> tuple[str, str]:
    """The report page's HTML and the text of the PDF's projects chapter."""
    with translation.override(language):
        page = client.get(reverse("cooperation:report_detail", kwargs={"year": 2024}))
        pdf = client.get(reverse("cooperation:report_pdf", kwargs={"year": 2024}))
    assert page.status_code == pdf.status_code == 200
    pages = [number for depth, title, number in outline(pdf.content) if depth == 0]
    start = next(
        number
        for depth, title, number in outline(pdf.content)
        if depth == 0 and title == SECTION_TITLE[language]
    )
    end = min((number for number in pages if number > start), default=start)
    return page.content.decode(), pdf_text(pdf.content, start, end)


def test_english_titles_are_in_english_quotation_marks(client, report_2024):
    page, projects = report(client, "en")
    title = "“Promoting Polish as a foreign language in schools of Poltava Oblast”"
    assert title in projects
    assert f">{title}</a>" in page
    assert "«" not in projects
    assert "«" not in page


def test_ukrainian_titles_keep_their_quotation_marks(client, report_2024):
    page, projects = report(client, "uk")
    title = "«Промоція польської мови як іноземної в школах Полтавської області»"
    assert title in projects
    assert f">{title}</a>" in page
    assert "“" not in projects


@pytest.mark.parametrize(
    ("language", "part_of"),
    [
        ("uk", "Частина проєкту «Зміцнення громадянського суспільства"),
        ("en", "Part of the project “Strengthening civil society"),
    ],
)
def test_a_parent_the_summary_names_is_not_named_again(client, report_2024, language, part_of):
    page, projects = report(client, language)
    assert projects.count(part_of) == 1
    assert page.count(part_of) == 1


def test_a_parent_the_summary_does_not_name_gets_a_line(client, report_2024):
    project = Project.objects.get(slug=POLISH_PROJECT)
    project.summary_uk = "Уроки польської мови для учнів шкіл області."
    project.save()
    page, projects = report(client, "uk")
    line = (
        "Частина проєкту «Зміцнення громадянського суспільства через впровадження "
        "партисипативних та інклюзивних рішень»."
    )
    assert line in projects
    assert line in page

    # A draft parent is not named at all.
    Project.objects.filter(pk=project.parent_id).update(publication_status=PublicationStatus.DRAFT)
    page, projects = report(client, "uk")
    assert "Частина проєкту" not in projects
    assert "Частина проєкту" not in page
