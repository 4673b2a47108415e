"""A year with none of some kind of record: the report leaves out what there
is nothing of, rather than boasting of «0 міжнародних виставок»."""

import datetime
from decimal import Decimal

import pytest

from cooperation.models import AnnualReport, Country
from cooperation.records import PublicationStatus
from events.models import Event
from partners.models import Memorandum
from projects.models import Application

from .pdfs import download_report_pdf, outline, pdf_text

pytestmark = pytest.mark.django_db

PUBLISHED = PublicationStatus.PUBLISHED


def report_of(year: int, **values) -> AnnualReport:
    return AnnualReport.objects.create(
        year=year,
        title_uk=f"Міжнародна співпраця {year}",
        title_en=f"International cooperation {year}",
        publication_status=PUBLISHED,
        **values,
    )


def event_of(year: int, number: int, role: str) -> Event:
    return Event.objects.create(
        title_uk=f"Робоча зустріч {number}",
        title_en=f"Working meeting {number}",
        slug=f"meeting-{year}-{number}",
        start_date=datetime.date(year, 2 + number, 10),
        city_uk="Полтава",
        city_en="Poltava",
        country=Country.objects.get(iso_code="UA"),
        council_role=role,
        format=Event.Format.WORKING_MEETING,
        publication_status=PUBLISHED,
    )


def chapter_text(pdf: bytes, title: str) -> str:
    pages = [page for depth, name, page in outline(pdf) if depth == 0]
    start = next(page for depth, name, page in outline(pdf) if depth == 0 and name == title)
    end = min((page for page in pages if page > start), default=len(pages) + 2)
    return pdf_text(pdf, start, end)


@pytest.mark.parametrize(
    ("language", "shown", "left_out"),
    [
        (
            "uk",
            # 2–4: the plural's second form.
            [
                "10 меморандумів",
                "3 заходи з міжнародними партнерами",
                "1 грантова (проєктна) заявка",
            ],
            ["0 міжнародних виставок", "0 заявок-переможців", "0 грн"],
        ),
        (
            "en",
            [
                "10 memoranda",
                "3 events with international partners",
                "1 grant (project) application",
            ],
            ["0 international exhibitions", "0 applications won", "0 UAH"],
        ),
    ],
)
def test_a_figure_of_nought_gets_no_tile(client, data_2024, language, shown, left_out):
    # 2025: the 2024 memoranda still in force, three events, one application
    # not (yet) won, no exhibition, and the office states nothing attracted.
    report_of(2025, funds_attracted=Decimal("0"), funds_currency="UAH")
    for number, role in enumerate(["attended", "attended", "organised"]):
        event_of(2025, number, role)
    Application.objects.create(
        year=2025, number=1, title_uk="Заявка", title_en="Application", publication_status=PUBLISHED
    )
    pdf = download_report_pdf(client, language, year=2025)
    achievements = chapter_text(pdf, {"uk": "Досягнення 2025", "en": "Achievements 2025"}[language])
    for figure in shown:
        assert figure in achievements, figure
    for figure in left_out:
        assert figure not in achievements, figure


@pytest.mark.parametrize(
    ("language", "legend", "left_out"),
    [
        ("uk", ["взяли участь: 2", "провели: 1"], "виставк"),
        ("en", ["took part: 2", "held: 1"], "exhibit"),
    ],
)
def test_the_chart_legend_names_only_the_kinds_drawn(client, data_2024, language, legend, left_out):
    # 2025 had events the council took part in and held, and no exhibition:
    # the legend listed «виставки: 0» beside a chart with no such column, and
    # its caption named exhibitions. Nothing on the page does now.
    report_of(2025)
    for number, role in enumerate(["attended", "attended", "organised"]):
        event_of(2025, number, role)
    pdf = download_report_pdf(client, language, year=2025)
    achievements = chapter_text(pdf, {"uk": "Досягнення 2025", "en": "Achievements 2025"}[language])
    for entry in legend:
        assert entry in achievements, entry
    assert left_out not in achievements


def test_a_year_of_nothing_has_no_achievements_chapter(client, data_2024):
    # Every memorandum ended before 2026, nothing happened in it: the
    # achievements page had six tiles of 0 and a chart of twelve empty months.
    Memorandum.objects.update(valid_until=datetime.date(2025, 12, 31))
    report_of(2026)
    pdf = download_report_pdf(client, "uk", year=2026)
    chapters = [name for depth, name, _page in outline(pdf) if depth == 0]
    assert "Досягнення 2026" not in chapters
    text = pdf_text(pdf)
    assert "Досягнення 2026" not in text
    assert "0 меморандумів" not in text
    assert "взяли участь: 0" not in text
    # What there is stays: the memberships, areas and countries.
    assert "Членство в міжнародних організаціях" in chapters


def test_awarded_amounts_are_given_hryvnia_first(client, report_2024):
    # Without a stated figure the report sums the awarded amounts per
    # currency; they came in the order of the codes: EUR, GBP, PLN, UAH, USD.
    AnnualReport.objects.filter(pk=report_2024.pk).update(funds_attracted=None)
    for number, (amount, currency) in {2: (120_000, "EUR"), 4: (3_000_000, "UAH")}.items():
        Application.objects.filter(year=2024, number=number).update(
            amount_awarded=amount, currency=currency
        )
    achievements = chapter_text(download_report_pdf(client, "uk"), "Досягнення 2024")
    hryvnia = achievements.index("3 млн грн залучено")
    euro = achievements.index("120 тис. євро залучено")
    assert hryvnia < euro
