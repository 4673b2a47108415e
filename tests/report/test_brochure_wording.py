"""The Ukrainian report names the records in the brochure's own words
(shared/source): its names and wording are kept, in English where the brochure
writes English; only spelling and typography are made consistent."""

import html
import importlib
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.db import connection

from events.models import Event
from projects.models import Application

pytestmark = pytest.mark.django_db

# (the title as the brochure words it, a wording of ours it replaced)
BROCHURE_TITLES = [
    ("Фестиваль ALDA & Генеральна асамблея", "Фестиваль ALDA та Генеральна асамблея"),
    (
        "AER General Assembly & Bureau Meeting, 8th Black Sea Summit",
        "Генеральна асамблея та засідання Бюро AER",
    ),
    (
        "Круглий стіл серед учасників Першого та Другого навчально-методичних кемпів для вчителів "
        "польської мови",
        "Круглий стіл учасників",
    ),
    (
        "Проєктна заявка, що є частиною проєкту «Зміцнення громадянського суспільства через "
        "впровадження партисипативних та інклюзивних рішень»",
        "Проєктна заявка в межах проєкту",
    ),
]


def page_text(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200
    return html.unescape(response.content.decode())


@pytest.mark.parametrize(
    ("brochure", "ours"),
    BROCHURE_TITLES,
    ids=["alda-festival", "aer-assembly", "round-table", "application-06"],
)
def test_the_ukrainian_report_uses_the_brochures_titles(client, data_2024, brochure, ours):
    text = page_text(client, "/uk/reports/2024/")
    assert brochure in text
    assert ours not in text


def migration_step(module: str, *, forwards: bool):
    operation = importlib.import_module(module).Migration.operations[0]
    step = operation.code if forwards else operation.reverse_code
    return lambda: step(apps, SimpleNamespace(connection=connection))  # all it reads


def test_the_migration_gives_the_events_the_brochures_titles_unless_staff_changed_them(
    client, data_2024
):
    module = "events.migrations.0008_brochure_event_titles"
    festival = Event.objects.get(slug="2024-alda-festival-and-general-assembly")
    summit = Event.objects.get(slug="2024-aer-general-assembly-black-sea-summit")
    Event.objects.filter(pk=festival.pk).update(
        title="Фестиваль ALDA та Генеральна асамблея",
        title_uk="Фестиваль ALDA та Генеральна асамблея",
    )
    Event.objects.filter(pk=summit.pk).update(title="Саміт", title_uk="Саміт")  # staff's title
    round_table = Event.objects.get(slug="2024-round-table-polish-teachers")
    ours = round_table.title_uk.replace("серед учасників", "учасників")
    Event.objects.filter(pk=round_table.pk).update(title=ours, title_uk=ours)
    round_table.store_search_documents(Event.objects.filter(pk=round_table.pk))

    migration_step(module, forwards=True)()
    festival_page = page_text(client, festival.get_absolute_url())
    assert "Фестиваль ALDA & Генеральна асамблея" in festival_page
    assert "Саміт" in page_text(client, summit.get_absolute_url())
    # Site search reads the rewritten document.
    found = page_text(client, "/uk/search/?q=серед+учасників")
    assert round_table.get_absolute_url() in found

    migration_step(module, forwards=False)()
    assert "Фестиваль ALDA та Генеральна асамблея" in page_text(client, festival.get_absolute_url())


def test_the_migration_gives_application_06_the_brochures_title(client, data_2024):
    module = "projects.migrations.0006_brochure_application_title"
    application = Application.objects.get(year=2024, number=6)
    old = application.title_uk.replace(", що є частиною проєкту", " в межах проєкту")
    Application.objects.filter(pk=application.pk).update(title=old, title_uk=old)

    migration_step(module, forwards=True)()
    assert "Проєктна заявка, що є частиною проєкту «Зміцнення" in page_text(
        client, application.get_absolute_url()
    )
    migration_step(module, forwards=False)()
    assert "Проєктна заявка в межах проєкту «Зміцнення" in page_text(
        client, application.get_absolute_url()
    )


# The brochure says «з 2023 р. є членом міжнародних організацій» without a
# count; ours said «трьох … семи країн», which a new membership would make wrong.
COUNTS_IN_WORDS = ("трьох", "семи", "three", "seven")


@pytest.mark.parametrize("language", ["uk", "en"])
def test_the_introduction_counts_nothing_in_words(client, data_2024, language):
    for url in (f"/{language}/", f"/{language}/reports/2024/"):
        text = page_text(client, url)
        introduction = text.split(
            "міжрегіональну співпрацю" if language == "uk" else "cooperation:"
        )
        assert len(introduction) > 1, url
        sentence = introduction[1].split(".")[0]
        assert not any(word in sentence for word in COUNTS_IN_WORDS), sentence


def test_the_migration_takes_the_counts_out_of_the_introduction(client, data_2024):
    from cooperation.models import AnnualReport

    module = "cooperation.migrations.0009_report_introduction_without_counts"
    fields = importlib.import_module(module).INTRODUCTIONS
    report = AnnualReport.objects.get(year=2024)
    old = {field: with_counts for field, with_counts, _without in fields}
    AnnualReport.objects.filter(pk=report.pk).update(introduction=old["introduction_uk"], **old)

    migration_step(module, forwards=True)()
    assert "є членом міжнародних організацій" in page_text(client, "/uk/reports/2024/")
    assert "a member of international organisations" in page_text(client, "/en/reports/2024/")

    migration_step(module, forwards=False)()
    assert "є членом трьох міжнародних організацій" in page_text(client, "/uk/reports/2024/")

    # An introduction staff have rewritten is theirs.
    AnnualReport.objects.filter(pk=report.pk).update(
        introduction="Наш вступ.", introduction_uk="Наш вступ."
    )
    migration_step(module, forwards=True)()
    assert "Наш вступ." in page_text(client, "/uk/reports/2024/")
