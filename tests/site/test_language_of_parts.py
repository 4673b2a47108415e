"""A record published without its English text shows the Ukrainian on English
pages (the fallback the admin warns about). That text is marked lang="uk", so
a screen reader reads it in Ukrainian (WCAG 2.1, 3.1.2 Language of Parts)."""

import datetime
import io
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from cooperation.models import AnnualReport, Country, PriorityArea
from cooperation.records import PublicationStatus
from events.models import Event, EventFigure, EventPhoto
from partners.models import Membership, Memorandum, MemorandumParty, Organisation
from projects.models import Application, Project, ProjectParticipation

pytestmark = pytest.mark.django_db
PUBLISHED = PublicationStatus.PUBLISHED


@pytest.fixture
def ukrainian_only(data_2024):
    """One record of each type with its texts in Ukrainian only, linked together."""
    poland = Country.objects.get(iso_code="PL")
    area = PriorityArea.objects.get(slug="medicine")
    organisation = Organisation.objects.create(
        name_uk="Фундація Краківська",
        slug="krakow-foundation",
        kind=Organisation.Kind.FOUNDATION,
        country=poland,
        description_uk="Опис фундації.",
        publication_status=PUBLISHED,
    )
    event = Event.objects.create(
        title_uk="Зустріч із делегацією Кракова",
        summary_uk="Обговорили співпрацю.",
        slug="krakow-delegation",
        start_date=datetime.date(2024, 12, 3),
        country=poland,
        council_role=Event.CouncilRole.ATTENDED,
        format=Event.Format.WORKING_MEETING,
        priority_area=area,
        publication_status=PUBLISHED,
    )
    event.organisations.add(organisation)
    project = Project.objects.create(
        title_uk="Краківський проєкт",
        summary_uk="Проєкт із Краковом.",
        slug="krakow-project",
        priority_area=area,
        publication_status=PUBLISHED,
    )
    ProjectParticipation.objects.create(
        project=project, organisation=organisation, role="implementing"
    )
    event.projects.add(project)
    memorandum = Memorandum.objects.create(
        title_uk="Меморандум із Краковом",
        slug="krakow-memorandum",
        category=Memorandum.Category.INTERNATIONAL,
        signed_year=2024,
        publication_status=PUBLISHED,
    )
    MemorandumParty.objects.create(memorandum=memorandum, organisation=organisation)
    Application.objects.create(
        year=2024,
        number=9,
        title_uk="Заявка з Краковом",
        project=project,
        publication_status=PUBLISHED,
    )


def marked(html: str, text: str) -> bool:
    """Whether ``text`` sits inside an element marked lang="uk"."""
    return bool(
        re.search(rf'<(\w+)[^>]*\slang="uk"[^>]*>(?:(?!</\1>).)*{re.escape(text)}', html, re.S)
    )


@pytest.mark.parametrize(
    ("url", "texts"),
    [
        (
            "/en/events/krakow-delegation/",
            [
                "Зустріч із делегацією Кракова",
                "Обговорили співпрацю.",
                "Фундація Краківська",
                "Краківський проєкт",
                "Меморандум із Краковом",
                "Заявка з Краковом",
            ],
        ),
        (
            "/en/projects/krakow-project/",
            [
                "Краківський проєкт",
                "Проєкт із Краковом.",
                "Фундація Краківська",
                "Зустріч із делегацією Кракова",
            ],
        ),
        (
            "/en/partners/krakow-foundation/",
            [
                "Фундація Краківська",
                "Опис фундації.",
                "Зустріч із делегацією Кракова",
                "Меморандум із Краковом",
            ],
        ),
        ("/en/memoranda/krakow-memorandum/", ["Меморандум із Краковом", "Фундація Краківська"]),
        ("/en/applications/2024/9/", ["Заявка з Краковом", "Краківський проєкт"]),
        ("/en/events/", ["Зустріч із делегацією Кракова", "Обговорили співпрацю."]),
        ("/en/projects/", ["Краківський проєкт", "Проєкт із Краковом."]),
        ("/en/partners/?kind=foundation", ["Фундація Краківська"]),
        ("/en/memoranda/", ["Меморандум із Краковом"]),
        ("/en/applications/", ["Заявка з Краковом"]),
        (
            "/en/search/?q=Краков",
            ["Зустріч із делегацією Кракова", "Меморандум із Краковом", "Заявка з Краковом"],
        ),
    ],
)
def test_ukrainian_text_on_english_pages_is_marked(client, ukrainian_only, url, texts):
    html = client.get(url).content.decode()
    for text in texts:
        assert text in html, text
        assert marked(html, text), text


def test_nothing_is_marked_where_the_text_is_in_the_page_language(client, ukrainian_only):
    assert (
        ' lang="uk"'
        not in client.get("/en/events/2024-alda-festival-and-general-assembly/")
        .content.decode()
        .split("</header>")[1]
    )
    html = client.get("/uk/events/krakow-delegation/").content.decode()
    assert ' lang="uk"' not in html.split("</header>")[1]


def jpeg() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (120, 80), (0, 87, 183)).save(buffer, format="JPEG")
    return buffer.getvalue()


@pytest.fixture
def secondary_texts_in_ukrainian_only(data_2024, settings, tmp_path):
    """The texts beside a record's title and summary, written in Ukrainian
    only: what an event presented, a figure's own label, a photo's
    description and caption, a membership's role and notes, the council's
    role in a project, a cover image's description, the report's own words."""
    settings.MEDIA_ROOT = tmp_path
    event = Event.objects.get(slug="2024-smart-city-expo-world-congress")
    event.presented_en = ""
    event.save()
    EventFigure.objects.create(
        event=event, kind=EventFigure.Kind.OTHER, label_uk="громад-учасниць", value=12
    )
    EventPhoto.objects.create(
        event=event,
        image=SimpleUploadedFile("stand.jpg", jpeg(), content_type="image/jpeg"),
        alt_text_uk="Стенд області на виставці",
        caption_uk="Барселона, листопад",
    )
    membership = Membership.objects.get(organisation__slug="alda")
    membership.role_uk, membership.role_en = "член правління", ""
    membership.notes_uk, membership.notes_en = "Обрано у 2023 році.", ""
    membership.save()
    project = Project.objects.get(slug="promoting-polish-in-poltava-schools")
    project.council_role_uk, project.council_role_en = "співорганізатор", ""
    project.cover_image = SimpleUploadedFile("cover.jpg", jpeg(), content_type="image/jpeg")
    project.cover_image_alt_uk, project.cover_image_alt_en = "Учні на уроці польської", ""
    project.save()
    AnnualReport.objects.filter(year=2024).update(
        title_en="",
        introduction_uk="Вступне слово звіту.",
        introduction_en="",
        closing_line_uk="Дякуємо партнерам!",
        closing_line_en="",
        publisher_uk="Департамент інвестиційної діяльності",
        publisher_en="",
    )


def marked_alt(html: str, text: str) -> bool:
    """Whether an image described by ``text`` is marked lang="uk"."""
    return bool(re.search(rf'<img(?=[^>]*\salt="{re.escape(text)}")[^>]*\slang="uk"', html))


@pytest.mark.parametrize(
    ("url", "texts", "alts"),
    [
        (
            "/en/events/2024-smart-city-expo-world-congress/",
            ["Товари виробників Полтавщини", "громад-учасниць", "Барселона, листопад"],
            ["Стенд області на виставці"],
        ),
        ("/en/memberships/", ["Член правління", "Обрано у 2023 році."], []),
        ("/en/partners/alda/", ["Член правління"], []),
        (
            "/en/projects/promoting-polish-in-poltava-schools/",
            ["Співорганізатор"],
            ["Учні на уроці польської"],
        ),
        (
            "/en/",
            ["Вступне слово звіту.", "Дякуємо партнерам!", "Департамент інвестиційної діяльності"],
            [],
        ),
        (
            "/en/reports/2024/",
            ["Міжнародна співпраця 2024", "Вступне слово звіту.", "Товари виробників Полтавщини"],
            [],
        ),
        # The footer names the latest report and its publisher on every page.
        ("/en/events/", ["Міжнародна співпраця 2024", "Департамент інвестиційної діяльності"], []),
    ],
)
def test_ukrainian_texts_beside_the_title_are_marked_too(
    client, secondary_texts_in_ukrainian_only, url, texts, alts
):
    html = client.get(url).content.decode()
    assert all(text in html for text in texts)
    unmarked = [text for text in texts if not marked(html, text)]
    unmarked += [text for text in alts if not marked_alt(html, text)]
    assert unmarked == []


def test_ukrainian_record_texts_in_the_english_report_page_are_marked(client, ukrainian_only):
    """The report's web page lists the year's records as the PDF does; one
    without English shows its Ukrainian title and summary, marked."""
    organisation = Organisation.objects.get(slug="alda")
    organisation.name_en = ""
    organisation.save()
    html = client.get("/en/reports/2024/").content.decode()
    texts = [
        "Зустріч із делегацією Кракова",
        "Обговорили співпрацю.",
        "Краківський проєкт",
        "Проєкт із Краковом.",
        "Заявка з Краковом",
        "Фундація Краківська",  # a party to a memorandum, named for it
        "Європейська асоціація місцевої демократії",  # a membership
    ]
    assert all(text in html for text in texts)
    assert [text for text in texts if not marked(html, text)] == []
