"""Who gets the report, under which name: the public sees published reports
only; staff (including editors) get drafts too; unknown years are not found."""

import pytest
from django.urls import reverse
from django.utils import translation

pytestmark = pytest.mark.django_db


def url(name: str, year: int = 2024, language: str = "uk") -> str:
    with translation.override(language):
        return reverse(f"cooperation:{name}", kwargs={"year": year})


@pytest.mark.parametrize(
    ("language", "filename"),
    [("uk", "mizhnarodna-spivpratsia-2024.pdf"), ("en", "international-cooperation-2024.pdf")],
)
def test_the_pdf_downloads_under_its_name_in_each_language(client, report_2024, language, filename):
    response = client.get(url("report_pdf", language=language))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == f'attachment; filename="{filename}"'
    assert response.content.startswith(b"%PDF-")


def test_the_file_name_follows_the_year(client, report_2024):
    report_2024.pk = None
    report_2024.year = 2025
    report_2024.save()
    response = client.get(url("report_pdf", year=2025, language="en"))
    assert (
        response["Content-Disposition"]
        == 'attachment; filename="international-cooperation-2025.pdf"'
    )


@pytest.mark.parametrize("name", ["report_detail", "report_pdf"])
def test_a_draft_report_is_not_found_by_the_public(client, draft_report, name):
    assert client.get(url(name)).status_code == 404


def test_staff_download_a_draft_report(staff_client, draft_report):
    response = staff_client.get(url("report_pdf"))
    assert response.status_code == 200
    assert response.content.startswith(b"%PDF-")
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]


def test_editors_download_a_draft_report_too(editor_client, draft_report):
    response = editor_client.get(url("report_pdf", language="en"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"


def test_staff_preview_the_draft_page(staff_client, draft_report):
    response = staff_client.get(url("report_detail"))
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]


@pytest.mark.parametrize("year", [2023, 1991, 2100])
@pytest.mark.parametrize("name", ["report_detail", "report_pdf"])
def test_a_year_without_a_report_is_not_found(staff_client, report_2024, name, year):
    assert staff_client.get(url(name, year=year)).status_code == 404


@pytest.mark.parametrize(
    ("language", "heading", "button"),
    [
        ("uk", "Досягнення 2024", "mizhnarodna-spivpratsia-2024.pdf"),
        ("en", "Achievements 2024", "international-cooperation-2024.pdf"),
    ],
)
def test_the_report_page_answers_in_both_languages(client, report_2024, language, heading, button):
    response = client.get(url("report_detail", language=language))
    assert response.status_code == 200
    page = response.content.decode()
    assert f'<html lang="{language}"' in page
    assert heading in page
    assert url("report_pdf", language=language) in page
    assert f'download="{button}"' in page
    # The same figures as the PDF, from the same records.
    assert 'rpt-tile__value">10<' in page
    assert 'rpt-tile__value">47<' in page
    assert "<svg" in page  # the charts, drawn on the server


@pytest.mark.parametrize("page", ["", "pdf/"])
@pytest.mark.parametrize("year", ["02024", "0002024"])
def test_a_year_spelt_with_leading_zeros_leads_to_the_report_s_one_address(
    client, report_2024, year, page
):
    response = client.get(f"/uk/reports/{year}/{page}?utm_source=mail&x=1")
    assert response.status_code == 301
    assert response["Location"] == f"/uk/reports/2024/{page}?utm_source=mail&x=1"
    assert client.get(f"/en/reports/{year}/{page}")["Location"] == f"/en/reports/2024/{page}"


@pytest.mark.parametrize("page", ["", "pdf/"])
@pytest.mark.parametrize("year", ["0", "00000", "02023", "99999999999999999999", "9" * 5000])
def test_no_spelling_of_a_year_breaks_the_report(client, report_2024, year, page):
    response = client.get(f"/en/reports/{year}/{page}", follow=True)
    assert response.status_code == 404
