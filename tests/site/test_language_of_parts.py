"""A record published without its English text shows the Ukrainian on English
pages (the fallback the admin warns about). That text is marked lang="uk", so
a screen reader reads it in Ukrainian (WCAG 2.1, 3.1.2 Language of Parts)."""

import datetime
import re

import pytest

from cooperation.models import Country, PriorityArea, PublicationStatus
from events.models import Event
from partners.models import Memorandum, MemorandumParty, Organisation
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
