"""A busier year than 2024, with odd records among the many: the report still
lists every record, counts them right, keeps its contents' page numbers and
keeps every word inside the page."""

import datetime
import re

import pytest

from cooperation import synthetic
from cooperation.figures import headline_figures
from cooperation.models import AnnualReport, Country, PriorityArea
from cooperation.records import PublicationStatus
from events.models import Event
from partners.models import Memorandum, MemorandumParty, Organisation
from projects.models import Application, Project

from .pdfs import download_report_pdf, outline, pdf_text, words_outside_the_text_width

pytestmark = pytest.mark.django_db

YEAR = 2025
PUBLISHED = PublicationStatus.PUBLISHED
# Names run together without a space, as a pasted address or a botched import gives them.
RUN_TOGETHER_UK = "Полтавськаобласнаагенціяміжнародногорегіональногорозвиткуінвестиційтаінновацій"
RUN_TOGETHER_EN = "PoltavaOblastAgencyforInternationalRegionalDevelopmentInvestmentandInnovation"
LONG_NAME_UK = (
    "Асоціація органів місцевого самоврядування, громадських організацій, благодійних "
    "фондів і закладів освіти Полтавської області з питань міжнародного співробітництва, "
    "транскордонного партнерства, залучення інвестицій та впровадження європейських "
    "стандартів надання адміністративних послуг"
)


@pytest.fixture
def busy_year(data_2024) -> AnnualReport:
    """Four times 2024's records of every kind in one year (the team's
    generator: 64 events, 40 memoranda, 32 applications…), plus records a
    real year brings: names without spaces, a 255-character name, records
    without English text or a date of signing."""
    synthetic.generate(scale=4, year=YEAR, seed=3)
    partner = Organisation.objects.create(
        name_uk=RUN_TOGETHER_UK,
        name_en=RUN_TOGETHER_EN,
        slug="run-together-agency",
        kind=Organisation.Kind.FOUNDATION,
        publication_status=PUBLISHED,
    )
    long_named = Organisation.objects.create(
        name_uk=LONG_NAME_UK[:255],
        slug="long-named-association",
        kind=Organisation.Kind.NGO,
        publication_status=PUBLISHED,
    )
    memorandum = Memorandum.objects.create(
        title_uk="Меморандум без дати підписання",
        slug="memorandum-without-a-date",
        category=Memorandum.Category.CIVIL_SOCIETY,
        signed_year=YEAR,
        publication_status=PUBLISHED,
    )
    MemorandumParty.objects.create(memorandum=memorandum, organisation=partner, order=0)
    MemorandumParty.objects.create(memorandum=memorandum, organisation=long_named, order=1)
    Project.objects.create(
        title_uk=RUN_TOGETHER_UK,
        title_en=RUN_TOGETHER_EN,
        summary_uk="Проєкт без англійського тексту.",
        slug="run-together-project",
        priority_area=PriorityArea.objects.order_by("order").first(),
        is_council_partner=True,
        status=Project.Status.IMPLEMENTATION,
        publication_status=PUBLISHED,
    )
    Event.objects.create(
        title_uk=RUN_TOGETHER_UK,
        title_en=RUN_TOGETHER_EN,
        summary_uk=RUN_TOGETHER_UK,
        summary_en=RUN_TOGETHER_EN,
        slug="run-together-event",
        start_date=datetime.date(YEAR, 3, 7),
        city_uk="Люксембург",
        city_en="Luxembourg",
        country=Country.objects.get(iso_code="LU"),
        council_role=Event.CouncilRole.ATTENDED,
        format=Event.Format.FORUM,
        publication_status=PUBLISHED,
    )
    Application.objects.create(
        year=YEAR,
        number=99,
        title_uk=RUN_TOGETHER_UK,
        title_en=RUN_TOGETHER_EN,
        status=Application.Status.SUBMITTED,
        publication_status=PUBLISHED,
    )
    return AnnualReport.objects.get(year=YEAR)


def one_line(text: str) -> str:
    """A title as the PDF's text gives it: run-together words broken over lines
    come back with a space inside them, so spaces do not count."""
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("language", ["uk", "en"])
def test_a_busy_year_keeps_every_word_inside_the_page(client, busy_year, language):
    pdf = download_report_pdf(client, language, year=YEAR)
    # A name without spaces ran past its column, off the right edge of the paper.
    outside = words_outside_the_text_width(pdf)
    assert not outside, [(word.page, word.text[:40]) for word in outside[:5]]

    text = pdf_text(pdf)
    squeezed = one_line(text)
    # Every event, memorandum party and application of the year is listed…
    events = Event.objects.published().in_year(YEAR)
    applications = Application.objects.published().of_year(YEAR)
    for record in [*events, *applications]:
        title = getattr(record, f"title_{language}") or record.title_uk
        assert one_line(title) in squeezed, title
    assert one_line(RUN_TOGETHER_EN if language == "en" else RUN_TOGETHER_UK) in squeezed
    assert one_line(LONG_NAME_UK[:255]) in squeezed
    # …and the figures count them.
    figures = headline_figures(YEAR, report=busy_year)
    assert figures.events_with_international_partners + figures.exhibitions == len(events)
    assert figures.applications == len(applications)
    label = {"uk": "заходів з міжнародними партнерами", "en": "events with international partners"}
    assert f"{figures.events_with_international_partners} {label[language]}" in text

    # The contents give the page each chapter starts on.
    contents = pdf_text(pdf, 2, 2)
    chapters = [(title, page) for depth, title, page in outline(pdf) if depth == 0][2:]
    assert len(chapters) == 10
    for title, page in chapters:
        assert re.search(re.escape(title) + r"[ .]+" + str(page) + r"\b", contents), title
        assert title in pdf_text(pdf, page, page)
