"""A published report's PDF is rendered once per year and language and kept
until the next change of a record, whatever query string a visitor adds;
a draft (staff only) is rendered afresh every time."""

import pytest
from django.urls import reverse
from django.utils import translation

from cooperation.report import views
from events.models import Event

from .pdfs import pdf_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def renders(monkeypatch) -> list[tuple[int, str]]:
    """Every rendering of a report PDF: (year, language)."""
    seen: list[tuple[int, str]] = []
    render = views.render_report_pdf

    def counting(report, **kwargs):
        seen.append((report.year, translation.get_language()))
        return render(report, **kwargs)

    monkeypatch.setattr(views, "render_report_pdf", counting)
    return seen


def pdf_url(language: str = "uk") -> str:
    with translation.override(language):
        return reverse("cooperation:report_pdf", kwargs={"year": 2024})


def get(client, url: str) -> bytes:
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    return response.content


def test_another_query_string_does_not_render_the_pdf_again(
    client, report_2024, page_cache, renders
):
    first = get(client, pdf_url())
    assert get(client, pdf_url() + "?utm_source=bot") == first
    assert get(client, pdf_url() + "?x=1&y=2") == first
    assert renders == [(2024, "uk")]

    english = get(client, pdf_url("en") + "?z=3")
    assert english != first
    assert renders == [(2024, "uk"), (2024, "en")]


def test_the_page_cache_keeps_no_copy_per_query_string(client, report_2024, page_cache):
    for _ in range(2):  # the second time would be a "hit" if the page cache kept it
        response = client.get(pdf_url() + "?n=1")
        assert response.status_code == 200
        assert "X-Page-Cache" not in response


def test_a_save_makes_the_next_pdf_new(
    client, report_2024, page_cache, renders, django_capture_on_commit_callbacks
):
    get(client, pdf_url())
    event = Event.objects.get(slug="2024-smart-city-expo-world-congress")
    with django_capture_on_commit_callbacks(execute=True):  # as the admin's save commits
        event.title_uk = "Оновлена назва конгресу"
        event.save()

    pdf = get(client, pdf_url() + "?after=save")
    assert len(renders) == 2
    assert "Оновлена назва конгресу" in pdf_text(pdf)


def test_a_draft_is_never_kept(staff_client, draft_report, page_cache, renders):
    get(staff_client, pdf_url())
    get(staff_client, pdf_url())
    get(staff_client, pdf_url() + "?again")
    assert len(renders) == 3
