"""The PDF, read back as text: every section of the brochure in its order, the
headline figures computed from the records, in Ukrainian and in English."""

import datetime
import re

import pytest

from cooperation.models import AnnualReport, Country, PriorityArea
from cooperation.records import PublicationStatus
from events.models import Event
from partners.models import Memorandum, MemorandumParty, Organisation
from projects.models import Application

from .pdfs import download_report_pdf, outline, pdf_text, reader

pytestmark = pytest.mark.django_db

UK_TITLES = [
    "Членство в міжнародних організаціях",
    "Пріоритетні напрями міжнародної співпраці",
    "Міжнародна співпраця з країнами ЄС",
    "Партнерські проєкти",
    "Чинні меморандуми",
    "Історія успіху",
    "Участь у міжнародних заходах у 2024 році",
    "Заходи, проведені у 2024 році",
    "Грантові та проєктні заявки 2024",
    "Досягнення 2024",
]
EN_TITLES = [
    "Membership of international organisations",
    "Priority areas of international cooperation",
    "International cooperation with EU countries",
    "Partner projects",
    "Memoranda in force",
    "Success story",
    "International events attended in 2024",
    "Events held in 2024",
    "Grant and project applications 2024",
    "Achievements 2024",
]
UK_FIGURES = [
    "10 меморандумів",
    "14 заходів з міжнародними партнерами",
    "47 млн грн залучено від міжнародних партнерів",
    "2 міжнародні виставки",
    "8 грантових (проєктних) заявок",
    "5 заявок-переможців",
]
EN_FIGURES = [
    "10 memoranda",
    "14 events with international partners",
    "47 million UAH attracted from international partners",
    "2 international exhibitions",
    "8 grant (project) applications",
    "5 applications won",
]


def achievements_page(pdf: bytes, title: str) -> str:
    """The text of the page whose heading is ``title`` (found through the bookmarks)."""
    page = next(number for depth, name, number in outline(pdf) if name == title and depth == 0)
    return pdf_text(pdf, page, page)


@pytest.fixture
def uk_pdf(pdf_2024) -> bytes:
    return pdf_2024("uk")


def test_ukrainian_pdf_has_the_brochures_sections_in_order(uk_pdf, report_2024):
    text = pdf_text(uk_pdf)
    for title in ["Зміст", *UK_TITLES]:
        assert title in text, title
    # The bookmarks follow the document: cover, contents, then the brochure's order.
    chapters = [name for depth, name, _page in outline(uk_pdf) if depth == 0]
    assert chapters == [report_2024.title_uk, "Зміст", *UK_TITLES]
    # The cover: the council, the title and the year, on page 1.
    cover = pdf_text(uk_pdf, 1, 1)
    assert "ПОЛТАВСЬКА ОБЛАСНА РАДА" in cover
    assert "Міжнародна співпраця" in cover and "2024" in cover


def test_ukrainian_pdf_has_the_headline_figures(uk_pdf):
    page = achievements_page(uk_pdf, "Досягнення 2024")
    for figure in UK_FIGURES:
        assert figure in page, figure


def test_ukrainian_pdf_lists_the_records_of_each_section(uk_pdf, report_2024):
    text = pdf_text(uk_pdf)
    for name in [
        "Європейська асоціація місцевої демократії (ALDA)",
        "Асамблея європейських регіонів (AER)",
        "Люксембурзько-українська торгова палата (LUCC)",
    ]:
        assert name in text
    for area in PriorityArea.objects.all():
        assert area.name_uk in text
    for country in Country.objects.eu_partners():
        assert country.name_uk in text
    assert "«Промоція польської мови як іноземної в школах Полтавської області»" in text
    assert "«Resilience Orthopedics»" in text
    assert "Партнери: Фундація Ягеллонська; Інститут Міста" in text
    assert "З міжнародними організаціями" in text
    assert (
        "З організаціями громадянського суспільства, благодійними фондами та дочірніми "
        "підприємствами" in text
    )
    for party in ["Рестарт Юкрейн", "Прем'єр Експо", "Зіньківська міська рада"]:
        assert party in text
    # The success story, with its figures and what was presented.
    assert "Вперше! Полтавська обласна рада — експонент на міжнародних виставках!" in text
    assert "Барселона, Іспанія · 5–7 листопада 2024" in text
    assert "понад 25 700" in text and "1 150" in text and "130" in text
    assert "Що презентували?" in text
    assert "Каталог медичних проєктів Полтавщини" in text
    roles = [Event.CouncilRole.ATTENDED, Event.CouncilRole.ORGANISED]
    # A line may end at a compound word's own hyphen («навчально-|методичних»).
    joined = re.sub(r"(?<=\w)- ", "-", text)
    for event in Event.objects.published().in_year(2024).filter(council_role__in=roles):
        assert event.title_uk in joined, event.title_uk
    assert "13–15 травня 2024" in text.lower()
    # The closing line, split as the brochure sets it, and who publishes the report.
    closing = pdf_text(uk_pdf, len(reader(uk_pdf).pages), len(reader(uk_pdf).pages))
    assert "Рухаємось далі…" in closing
    assert all(word in closing for word in ("впевнено", "продуктивно", "результативно"))
    assert report_2024.publisher_uk in closing


def test_the_winning_applications_are_marked(uk_pdf):
    text = pdf_text(uk_pdf)
    applications = Application.objects.published().of_year(2024).order_by("number")
    # Each application's number and its mark are set side by side.
    marks = dict(re.findall(r"\b(\d{2}) (Переможець|Подано)\b", text))
    assert marks == {
        f"{a.number:02d}": "Переможець" if a.is_won else "Подано" for a in applications
    }
    assert list(marks.values()).count("Переможець") == 5
    for application in applications:
        assert application.title_uk in text


def test_contents_gives_the_page_each_chapter_starts_on(uk_pdf):
    contents = pdf_text(uk_pdf, 2, 2)
    chapters = [(name, page) for depth, name, page in outline(uk_pdf) if depth == 0]
    for title, page in chapters[2:]:
        assert re.search(re.escape(title) + r"[ .]+" + str(page) + r"\b", contents), title
    # …and those pages carry the chapter's heading.
    for title, page in chapters[2:]:
        assert title in pdf_text(uk_pdf, page, page)


def test_pages_are_a4_with_running_header_and_numbers(uk_pdf):
    document = reader(uk_pdf)
    total = len(document.pages)
    assert total >= 8
    for page in document.pages:
        assert round(float(page.mediabox.width)) == 595
        assert round(float(page.mediabox.height)) == 842
    third = pdf_text(uk_pdf, 3, 3)
    assert "МІЖНАРОДНА СПІВПРАЦЯ 2024" in third
    assert f"3 / {total}" in third
    assert "/ " not in pdf_text(uk_pdf, 1, 1), "the cover has no page number"


def test_metadata_language_and_tagging(uk_pdf, report_2024):
    document = reader(uk_pdf)
    assert document.metadata.title == report_2024.title_uk
    assert document.metadata.author == report_2024.publisher_uk
    root = document.trailer["/Root"]
    assert root["/Lang"] == "uk"
    assert root["/MarkInfo"]["/Marked"]
    assert "/StructTreeRoot" in root
    assert b"pdfuaid:part" in root["/Metadata"].get_object().get_data()
    assert document.pdf_header == "%PDF-1.7"


def test_bookmarks_reach_the_main_parts(uk_pdf):
    nested = [name for depth, name, _page in outline(uk_pdf) if depth == 1]
    assert "Медицина" in nested
    assert "З міжнародними організаціями" in nested
    assert "Всесвітній конгрес Smart City Expo" in nested


def test_english_pdf_is_in_english(pdf_2024, report_2024):
    pdf = pdf_2024("en")
    text = pdf_text(pdf)
    for title in ["Contents", *EN_TITLES]:
        assert title in text, title
    for title in UK_TITLES:
        assert title not in text
    page = achievements_page(pdf, "Achievements 2024")
    for figure in EN_FIGURES:
        assert figure in page, figure
    assert "POLTAVA OBLAST COUNCIL" in pdf_text(pdf, 1, 1)
    assert "Moving on…" in text
    assert "13–15 may 2024" in text.lower()
    assert "over 25,700" in text
    document = reader(pdf)
    assert document.metadata.title == report_2024.title_en
    assert document.trailer["/Root"]["/Lang"] == "en"


def test_a_new_memorandum_signed_in_the_year_makes_the_10_an_11(client, report_2024):
    organisation = Organisation.objects.create(
        name_uk="Фонд «Нова громада»",
        name_en="New Community Foundation",
        slug="new-community-foundation",
        kind=Organisation.Kind.FOUNDATION,
        publication_status=PublicationStatus.PUBLISHED,
    )
    memorandum = Memorandum.objects.create(
        title_uk="Меморандум про співпрацю: Фонд «Нова громада»",
        title_en="Memorandum of cooperation: New Community Foundation",
        slug="memorandum-2024-new-community",
        category=Memorandum.Category.CIVIL_SOCIETY,
        signed_on=datetime.date(2024, 12, 2),
        signed_year=2024,
        publication_status=PublicationStatus.PUBLISHED,
    )
    MemorandumParty.objects.create(memorandum=memorandum, organisation=organisation)
    # Neither a draft nor a memorandum of the next year counts.
    Memorandum.objects.create(
        title_uk="Чернетка",
        slug="memorandum-2024-draft",
        category=Memorandum.Category.CIVIL_SOCIETY,
        signed_year=2024,
    )
    Memorandum.objects.create(
        title_uk="Наступного року",
        slug="memorandum-2025",
        category=Memorandum.Category.INTERNATIONAL,
        signed_year=2025,
        publication_status=PublicationStatus.PUBLISHED,
    )

    pdf = download_report_pdf(client, "uk")
    page = achievements_page(pdf, "Досягнення 2024")
    assert "11 меморандумів" in page
    assert "10 меморандумів" not in page
    assert "Фонд «Нова громада»" in pdf_text(pdf)


@pytest.mark.parametrize(
    ("amount", "currency", "uk", "en"),
    [
        ("1500000", "UAH", "1,5 млн грн", "1.5 million UAH"),
        ("250000", "EUR", "250 тис. євро", "250 thousand EUR"),
        ("2000000000", "USD", "2 млрд дол. США", "2 billion USD"),
        ("850", "UAH", "850 грн", "850 UAH"),
    ],
)
def test_the_funds_are_formatted_from_the_amount(client, report_2024, amount, currency, uk, en):
    AnnualReport.objects.filter(pk=report_2024.pk).update(
        funds_attracted=amount, funds_currency=currency
    )
    uk_page = achievements_page(download_report_pdf(client, "uk"), "Досягнення 2024")
    en_page = achievements_page(download_report_pdf(client, "en"), "Achievements 2024")
    assert uk + " залучено" in uk_page
    assert en + " attracted" in en_page


def test_without_a_stated_figure_the_awarded_amounts_are_shown(client, report_2024):
    AnnualReport.objects.filter(pk=report_2024.pk).update(funds_attracted=None)
    Application.objects.filter(year=2024, number=2).update(amount_awarded=120000, currency="EUR")
    Application.objects.filter(year=2024, number=4).update(amount_awarded=30000, currency="EUR")
    page = achievements_page(download_report_pdf(client, "uk"), "Досягнення 2024")
    assert "150 тис. євро залучено від міжнародних партнерів" in page
    assert "47 млн грн" not in page


def test_charts_are_drawn_with_their_numbers(uk_pdf):
    page = achievements_page(uk_pdf, "Досягнення 2024")
    assert "взяли участь: 8" in page and "провели: 6" in page and "виставки: 2" in page
    applications = pdf_text(uk_pdf)
    assert "Переможців: 5 з 8 заявок" in applications
