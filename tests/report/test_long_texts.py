"""The texts staff write around the figures, at the longest the admin allows:
the title (200 characters), the publisher and the closing line (300 each).
The cover and the last page stay one page each, and the running header one
line."""

import re

import pytest

from cooperation.models import AnnualReport

from .pdfs import download_report_pdf, pdf_text, reader, words

pytestmark = pytest.mark.django_db

TITLE = {
    "uk": (
        "Міжнародна співпраця, транскордонне партнерство, євроінтеграційні ініціативи, "
        "залучення інвестицій та грантова діяльність Полтавської обласної ради та її "
        "виконавчого апарату у 2024"
    ),
    "en": (
        "International cooperation, cross-border partnership, European integration "
        "initiatives, investment attraction and grant activity of the Poltava Oblast "
        "Council and its executive office in 2024"
    ),
}
PUBLISHER = (
    "Відділ інвестиційної діяльності та проектного менеджменту виконавчого апарату "
    "Полтавської обласної ради спільно з управлінням міжнародного співробітництва, "
    "європейської інтеграції та розвитку громад Полтавської області"
)
CLOSING = {
    "uk": (
        "Рухаємось далі… впевнено, продуктивно, результативно, відкрито, чесно, разом з "
        "партнерами з Європейського Союзу, з громадами області, заради перемоги та відновлення"
    ),
    "en": (
        "Moving on… confidently, productively, effectively, openly, honestly, together with "
        "our partners in the European Union, with the communities of the region, for victory "
        "and recovery"
    ),
}


def squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture
def long_texts(report_2024) -> AnnualReport:
    for language in ("uk", "en"):
        setattr(report_2024, f"title_{language}", TITLE[language])
        setattr(report_2024, f"publisher_{language}", PUBLISHER)
        setattr(report_2024, f"closing_line_{language}", CLOSING[language])
    assert len(TITLE["uk"]) <= 200 and len(PUBLISHER) <= 300 and len(CLOSING["uk"]) <= 300
    report_2024.save()
    return report_2024


@pytest.mark.parametrize("language", ["uk", "en"])
def test_a_long_title_leaves_the_cover_one_page(client, long_texts, language):
    pdf = download_report_pdf(client, language)
    # At 40 pt a title of six lines or more ran off the cover onto a second
    # blue page, under the year and over the publisher at the cover's foot.
    cover = pdf_text(pdf, 1, 1)
    assert squeezed(TITLE[language].removesuffix(" 2024")) in squeezed(cover)
    assert {"uk": "Зміст", "en": "Contents"}[language] in pdf_text(pdf, 2, 2)
    on_cover = [word for word in words(pdf) if word.page == 1]
    year = next(word for word in on_cover if word.text == "2024")
    publisher = next(word for word in on_cover if word.text == "Відділ")
    assert year.bottom + 10 < publisher.top


@pytest.mark.parametrize("language", ["uk", "en"])
def test_a_long_title_keeps_the_running_header_to_one_line(client, long_texts, language):
    pdf = download_report_pdf(client, language)
    # The header repeated the whole title, five lines growing up the margin
    # to the edge of the paper; now it is cut at a word, keeping the year.
    header = [word for word in words(pdf) if word.page == 3 and word.bottom < 25]
    assert {round(word.top) for word in header} == {round(header[0].top)}
    assert min(word.top for word in header) > 15
    text = " ".join(word.text for word in header)
    assert "… 2024" in text
    assert text.startswith(TITLE[language].upper().split(",")[0])


@pytest.mark.parametrize("language", ["uk", "en"])
def test_a_long_closing_line_stays_on_the_last_page_with_the_publisher(
    client, long_texts, language
):
    pdf = download_report_pdf(client, language)
    last = len(reader(pdf).pages)
    # At full size the eight parts pushed the publisher onto a page of its own.
    closing = pdf_text(pdf, last, last, unhyphenate=False)
    lead, items = CLOSING[language].split("… ")
    assert lead + "…" in closing
    for item in items.split(", "):
        # Set large, the closing words are not hyphenated either.
        assert item in closing, item
    assert PUBLISHER in closing


def test_the_closing_words_are_not_hyphenated(client, report_2024):
    # English is hyphenated as running text; at 34 pt the closing line broke
    # into «com‐munities».
    line = "We move on together with our partners and the communities of the region"
    report_2024.closing_line_en = line
    report_2024.save()
    pdf = download_report_pdf(client, "en")
    last = len(reader(pdf).pages)
    assert line in pdf_text(pdf, last, last, unhyphenate=False)
