"""What staff type is text, never markup: in the PDF, its metadata and the page."""

import pytest
from django.urls import reverse
from django.utils import translation

from cooperation.models import AnnualReport

from .pdfs import pdf_text, reader

pytestmark = pytest.mark.django_db

MARKUP = '<b>x</b> & <img src="file:///etc/passwd"> <script>alert(1)</script>'


@pytest.fixture
def report_with_markup(report_2024):
    AnnualReport.objects.filter(pk=report_2024.pk).update(
        introduction_uk=MARKUP,
        closing_line_uk="Далі… <i>сміливо</i>, разом",
        title_uk="Звіт <em>2024</em>",
    )
    return report_2024


def test_staff_markup_is_printed_as_text_in_the_pdf(client, report_with_markup):
    with translation.override("uk"):
        response = client.get(reverse("cooperation:report_pdf", kwargs={"year": 2024}))
    text = pdf_text(response.content)
    assert '<b>x</b> & <img src="file:///etc/passwd"> <script>alert(1)</script>' in text
    assert "<i>сміливо</i>" in text
    assert reader(response.content).metadata.title == "Звіт <em>2024</em>"
    # Nothing was fetched for the would-be image: the only pictures are none at all.
    assert not any(page.images for page in reader(response.content).pages)


def test_staff_markup_is_escaped_on_the_page(client, report_with_markup):
    with translation.override("uk"):
        response = client.get(reverse("cooperation:report_detail", kwargs={"year": 2024}))
    page = response.content.decode()
    assert "&lt;b&gt;x&lt;/b&gt; &amp; &lt;img" in page
    assert "<b>x</b>" not in page
    assert "<script>alert(1)</script>" not in page
    assert "&lt;i&gt;сміливо&lt;/i&gt;" in page
