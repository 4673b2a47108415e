"""Search: every record type, both languages, Cyrillic and Latin case,
apostrophe variants and word endings, on SQLite and PostgreSQL."""

import html as html_module
import importlib
import re
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.db import connection

from cooperation.models import Country
from events.models import Event
from partners.models import Organisation
from projects.models import Project

pytestmark = pytest.mark.django_db


def results(client, query: str, language: str = "en", **extra) -> str:
    response = client.get(f"/{language}/search/", {"q": query, **extra})
    assert response.status_code == 200
    return response.content.decode()


def group_total(html: str, key: str) -> int:
    found = re.search(rf'id="results-{key}-title">[^<]*<span class="muted">\((\d+)\)', html)
    return int(found.group(1)) if found else 0


def test_cyrillic_is_case_insensitive(client, data_2024):
    """«полтавщини» finds «Полтавщини» (the IDP project's title)."""
    html = results(client, "полтавщини", "uk")
    assert "/uk/projects/innovative-approaches-idp-integration/" in html


def test_cyrillic_upper_case_query(client, data_2024):
    html = results(client, "ПОЛТАВЩИНИ", "uk")
    assert "/uk/projects/innovative-approaches-idp-integration/" in html


def test_word_endings(client, data_2024):
    """«полтавщина» (another case of the word) finds «Полтавщини» too."""
    html = results(client, "полтавщина", "uk")
    assert "/uk/projects/innovative-approaches-idp-integration/" in html
    html = results(client, "меморандуми", "uk")
    assert group_total(html, "memoranda") == 10


def test_latin_is_case_insensitive(client, data_2024):
    html = results(client, "alda")
    assert "/en/partners/alda/" in html
    assert "/en/events/2024-alda-festival-and-general-assembly/" in html
    assert "/en/applications/2024/7/" in html


@pytest.mark.parametrize("query", ["Прем’єр", "Прем'єр", "прем`єр", "ПРЕМʼЄР"])
def test_any_apostrophe_finds_the_word(client, data_2024, query):
    """The data writes «Прем'єр Експо» with a typewriter apostrophe."""
    html = results(client, query, "uk")
    assert "/uk/partners/premier-expo/" in html
    assert "/uk/memoranda/memorandum-2024-premier-expo/" in html


def test_apostrophe_in_the_text_matches_a_query_without_it(client, data_2024):
    organisation = Organisation.objects.get(slug="premier-expo")
    organisation.name_uk = "Прем’єр Експо"
    organisation.save()
    html = results(client, "Прем'єр", "uk")
    assert "/uk/partners/premier-expo/" in html


def test_search_crosses_languages(client, data_2024):
    """A Ukrainian word finds the record on the English page too."""
    html = results(client, "Ягеллонська", "en")
    assert "/en/partners/jagiellonian-foundation/" in html
    html = results(client, "Jagiellonian", "uk")
    assert "/uk/partners/jagiellonian-foundation/" in html


def test_results_are_grouped_by_type(client, data_2024):
    html = results(client, "Luxembourg")
    for key in ("events", "memoranda", "partners", "countries"):
        assert group_total(html, key) >= 1, key
    assert group_total(html, "events") == 4


def test_several_words_must_all_match(client, data_2024):
    html = results(client, "smart expo")
    assert "/en/events/2024-smart-city-expo-world-congress/" in html
    html = results(client, "smart rehabilitation")
    assert "/en/events/2024-smart-city-expo-world-congress/" not in html


def test_type_filter_shows_one_group(client, data_2024):
    html = results(client, "Luxembourg", type="events")
    assert group_total(html, "events") == 4
    assert group_total(html, "partners") == 0


def test_nothing_found(client, data_2024):
    html = results(client, "квазар")
    assert "Nothing found" in html


def test_search_box_on_every_page(client, data_2024):
    for url in ("/en/", "/en/events/", "/uk/partners/alda/"):
        html = client.get(url).content.decode()
        assert 'role="search"' in html
        assert 'name="q"' in html


def test_many_results_link_to_the_full_group(client, many_records):
    html = results(client, "Event")
    assert group_total(html, "events") >= 200
    assert "type=events" in html
    full = results(client, "Event", type="events")
    assert full.count('class="record record--dated"') == 50
    total = group_total(full, "events")
    assert f"The best 50 of {total} results are shown: add a word to find fewer." in full


def test_a_renamed_country_is_found_in_its_events_and_partners(client, data_2024):
    # Events and partners keep their country's names in their search text.
    luxembourg = Country.objects.get(iso_code="LU")
    luxembourg.name_en = "Grand Duchy of Luxembourg"
    luxembourg.save()
    events_there = Event.objects.published().filter(country=luxembourg).count()
    html = results(client, "grand duchy")
    assert group_total(html, "events") == events_there == 4
    assert group_total(html, "partners") >= 1


def test_a_record_saved_by_staff_is_found_by_its_new_words(client, data_2024):
    event = Event.objects.get(slug="2024-smart-city-expo-world-congress")
    event.summary_en = "Barcelona hosted a hackathon on municipal sensors."
    event.save()
    html = results(client, "hackathon")
    assert "/en/events/2024-smart-city-expo-world-congress/" in html


def test_a_typo_is_forgiven(client, data_2024):
    html = results(client, "Jagielonian")
    assert "/en/partners/jagiellonian-foundation/" in html


def test_a_match_in_the_title_ranks_first(client, data_2024):
    # Entered first and naming the word three times, but only in its summary.
    mentioning = Event.objects.get(slug="2024-forum-bridges-of-solidarity")
    mentioning.summary_en = "Partners from Gdansk, Gdansk port and Gdansk University."
    mentioning.save()
    titled = Event.objects.get(slug="2024-smart-city-expo-world-congress")
    titled.title_en = "Smart City Expo in Gdansk"
    titled.save()
    assert mentioning.pk < titled.pk
    html = results(client, "gdansk")
    assert group_total(html, "events") == 2
    assert html.index(titled.slug) < html.index(mentioning.slug)


@pytest.mark.parametrize(
    ("query", "language", "application"),
    [
        ("Говерла", "uk", "/uk/applications/2024/1/"),
        ("HOVERLA", "en", "/en/applications/2024/1/"),
        ("Interreg", "en", "/en/applications/2024/4/"),
        ("Interreg", "uk", "/uk/applications/2024/4/"),
    ],
)
def test_an_application_is_found_by_its_programme(client, data_2024, query, language, application):
    """The applications list shows each one's programme («Грантова програма
    проєкту USAID «ГОВЕРЛА»», «Interreg Europe»): searching it finds them."""
    html = results(client, query, language)
    assert application in html


def test_a_renamed_programme_is_found_in_its_applications(client, data_2024):
    from projects.models import Programme

    programme = Programme.objects.get(applications__number=1, applications__year=2024)
    programme.name_en = "Carpathian local governance grants"
    programme.save()
    html = results(client, "carpathian")
    assert "/en/applications/2024/1/" in html


@pytest.mark.parametrize("query", ["08", "8", "2024/08", "2024/8", "№ 08", "№8"])
@pytest.mark.parametrize("language", ["uk", "en"])
def test_an_application_is_found_by_its_code(client, data_2024, query, language):
    """Application pages and lists show «2024/08»; «08» or «8» alone is enough."""
    html = results(client, query, language)
    assert group_total(html, "applications") == 1
    assert f"/{language}/applications/2024/8/" in html


@pytest.mark.parametrize("query", ["8", "08"])
def test_a_number_is_matched_whole_not_as_the_start_of_longer_numbers(client, data_2024, query):
    event = Event.objects.get(slug="2024-smart-city-expo-world-congress")
    event.summary_en = "The 8th congress: 80 delegations, 800 exhibitors, 8000 visitors."
    event.save()
    forum = Event.objects.get(slug="2024-forum-bridges-of-solidarity")
    forum.summary_en = "Panel 8 of the forum."
    forum.save()
    html = results(client, query)
    assert event.slug not in html
    # The application numbered 08, and the one record naming the number itself.
    assert group_total(html, "applications") == 1
    assert group_total(html, "events") == 1
    assert "/en/events/2024-forum-bridges-of-solidarity/" in html


EU_RECORDS = (
    "/partners/european-union/",
    "/applications/2024/8/",  # «…за фінансової підтримки Європейського Союзу»
    "/projects/innovative-approaches-idp-integration/",  # «…supported by the European Union»
)


@pytest.mark.parametrize("query", ["ЄС", "єс", "EU", "eu"])
@pytest.mark.parametrize("language", ["uk", "en"])
def test_the_european_union_is_found_by_its_abbreviation(client, data_2024, query, language):
    html = results(client, query, language)
    for address in EU_RECORDS:
        assert f"/{language}{address}" in html, address


def test_eu_is_a_word_not_the_start_of_every_european_name(client, data_2024):
    html = results(client, "EU")
    assert "/en/partners/alda/" not in html  # European Association for Local Democracy
    assert "/en/partners/european-investment-bank/" not in html
    assert sum(group_total(html, key) for key in ("projects", "applications", "partners")) == 3


def test_a_record_naming_the_union_in_ukrainian_only_is_found_by_eu(client, data_2024):
    event = Event.objects.get(slug="2024-forum-bridges-of-solidarity")
    event.summary_uk = "Форум підтримали партнери з країн Європейського Союзу."
    event.summary_en = ""
    event.save()
    assert event.slug in results(client, "EU")
    assert event.slug in results(client, "ЄС", "uk")


def test_european_without_union_adds_no_abbreviation(client, data_2024):
    # «Європейське Відродження України» is an initiative, not the Union.
    event = Event.objects.get(slug="2024-forum-bridges-of-solidarity")
    event.summary_uk = "У межах ініціативи «Європейське Відродження України»."
    event.save()
    assert event.slug not in results(client, "ЄС", "uk")


IDP_RECORDS = (
    "/projects/innovative-approaches-idp-integration/",  # «…інтеграції ВПО…», "IDP"
    "/events/2024-final-conference-idp-integration/",  # «Внутрішньо переміщені особи…»
)


@pytest.mark.parametrize(
    ("query", "language"),
    [
        ("переселенці", "uk"),
        ("переселенців", "uk"),
        ("ВПО", "uk"),
        ("внутрішньо переміщені особи", "uk"),
        ("IDP", "en"),
        ("IDPs", "en"),
        ("displaced people", "en"),
        ("internally displaced persons", "en"),
    ],
)
def test_internally_displaced_people_are_found_by_each_of_their_names(
    client, data_2024, query, language
):
    html = results(client, query, language)
    for address in IDP_RECORDS:
        assert f"/{language}{address}" in html, address
    assert "/events/2024-smart-city-expo-world-congress/" not in html


@pytest.mark.parametrize("query", ["ВПО", "впо", "IDP"])
def test_an_abbreviation_is_a_whole_word_not_a_start(client, data_2024, query):
    # «ВПО» as a prefix found «впорядкування», "IDP" every «idpXXX».
    event = Event.objects.get(slug="2024-smart-city-expo-world-congress")
    event.summary_uk = "Про впорядкування міських даних; idpass для мешканців."
    event.save()
    html = results(client, query, "uk")
    assert event.slug not in html
    for address in IDP_RECORDS:
        assert f"/uk{address}" in html, address


def test_the_migration_gives_documents_made_before_the_other_names(client, data_2024):
    # The documents as an earlier version wrote them: without the other names.
    for model in (Event, Project):
        for record in model.objects.all():
            document = record.search_document.replace(" переселенці", "")
            model.objects.filter(pk=record.pk).update(search_document=document)
    assert "/uk/projects/innovative-approaches-idp-integration/" not in results(
        client, "переселенці", "uk"
    )
    migration = importlib.import_module(
        "cooperation.migrations.0012_search_documents_linked_and_other_names"
    )
    schema_editor = SimpleNamespace(connection=connection)  # all the operations read of it
    for operation in migration.Migration.operations:
        operation.code(apps, schema_editor)
    html = results(client, "переселенці", "uk")
    for address in IDP_RECORDS:
        assert f"/uk{address}" in html, address


@pytest.mark.parametrize(
    ("query", "address"),
    [
        # Endings with consonants: the instrumental, the genitive of adjectives
        # and of plurals.
        ("з Люксембургом", "/uk/partners/city-of-luxembourg/"),
        ("польського", "/uk/projects/promoting-polish-in-poltava-schools/"),
        ("громадами", "/uk/projects/innovative-approaches-idp-integration/"),
        ("ветеранами", "/uk/events/2024-meeting-resilience-orthopedics/"),
        # A short word: «мова» and «мови» share three letters only.
        ("польська мова", "/uk/projects/promoting-polish-in-poltava-schools/"),
        ("Зіньківської міської ради", "/uk/partners/zinkiv-city-council/"),
    ],
)
def test_ukrainian_word_forms(client, data_2024, query, address):
    assert address in results(client, query, "uk")


@pytest.mark.parametrize(
    ("query", "address"),
    [
        ("Italy", "/en/applications/2024/3/"),  # the Italian Agency for Development Cooperation
        ("assemblies", "/en/events/2024-aer-general-assembly-black-sea-summit/"),
        ("cities", "/en/partners/city-of-luxembourg/"),
    ],
)
def test_english_word_forms(client, data_2024, query, address):
    assert address in results(client, query, "en")


@pytest.mark.parametrize(
    ("query", "language"), [("memoranda", "en"), ("меморандумів", "uk"), ("меморандумами", "uk")]
)
def test_the_plural_finds_every_memorandum(client, data_2024, query, language):
    assert group_total(results(client, query, language), "memoranda") == 10


@pytest.mark.parametrize(
    ("query", "language", "address"),
    [
        ("меморандум із Каталонією", "uk", "/uk/memoranda/memorandum-2024-accio/"),
        ("memorandum with Catalonia", "en", "/en/memoranda/memorandum-2024-accio/"),
        ("Forum in Strassen", "en", "/en/events/2024-forum-bridges-of-solidarity/"),
    ],
)
def test_joining_words_need_not_be_in_the_record(client, data_2024, query, language, address):
    assert address in results(client, query, language)


def test_a_query_of_joining_words_only_is_still_a_search(client, data_2024):
    html = results(client, "та", "uk")
    assert "/uk/areas/education-and-science/" in html  # «Освіта та наука»


@pytest.mark.parametrize(
    ("query", "address"),
    [
        ("Пoлтавщини", "/uk/projects/innovative-approaches-idp-integration/"),  # a Latin o
        ("Люксeмбург", "/uk/partners/city-of-luxembourg/"),  # a Latin e
        ("Зiньківська", "/uk/partners/zinkiv-city-council/"),  # a Latin i, for «і»
        ("АЕR", "/uk/partners/aer/"),  # Cyrillic А and Е in a Latin word
        ("digitalization", "/uk/areas/innovation-and-digitalisation/"),
        ("Ґранти", "/uk/applications/2024/5/"),  # the record writes «Гранти»
        ("По\u0301льща", "/uk/countries/pl/"),  # a stress mark
        # «й» in two parts, as text copied from some PDFs has it
        ("Азерба\u0438\u0306джанців", "/uk/partners/council-of-azerbaijanis-poltava/"),
    ],
)
def test_a_letter_typed_another_way_finds_the_word(client, data_2024, query, address):
    assert address in results(client, query, "uk")


def test_a_record_typed_with_a_latin_letter_is_found(client, data_2024):
    organisation = Organisation.objects.get(slug="insha-zhinka")
    organisation.name_uk = "Iнша Жінка"  # a Latin I, as on a keyboard without «І»
    organisation.save()
    assert "/uk/partners/insha-zhinka/" in results(client, "Інша", "uk")


def test_a_number_between_hyphens_is_a_word_on_every_database(client, data_2024):
    """Application 05 names the call «RFP DE-02-2023»: PostgreSQL's parser
    reads «-2023» there, unless the document holds the words only."""
    html = results(client, "2023")
    assert "/en/applications/2024/5/" in html


@pytest.mark.parametrize(
    ("query", "language"), [("червень", "uk"), ("червня", "uk"), ("June", "en")]
)
def test_a_month_finds_the_events_of_that_month(client, data_2024, query, language):
    html = results(client, query, language)
    assert group_total(html, "events") == 2
    assert f"/{language}/events/2024-aer-general-assembly-black-sea-summit/" in html
    assert f"/{language}/events/2024-rebuild-ukraine-health-and-rehabilitation/" in html


def test_a_year_finds_the_events_and_memoranda_of_that_year(client, data_2024):
    from partners.models import Memorandum

    events = Event.objects.published().filter(start_date__year=2024).count()
    memoranda = Memorandum.objects.published().filter(signed_year=2024).count()
    html = results(client, "2024")
    assert (group_total(html, "events"), group_total(html, "memoranda")) == (events, memoranda)
    assert group_total(html, "applications") == 8
    # A day is not a number searched for: «8» is still one application.
    assert group_total(results(client, "8"), "events") == 0


@pytest.mark.parametrize(
    ("query", "language", "key", "total"),
    [
        ("events in Luxembourg", "en", "events", 4),
        ("події у Варшаві", "uk", "events", 1),
        ("заявки 2024", "uk", "applications", 8),
        ("partners in Poland", "en", "partners", 2),
    ],
)
def test_the_name_of_a_type_of_record_finds_records_of_that_type(
    client, data_2024, query, language, key, total
):
    assert group_total(results(client, query, language), key) == total


def test_an_application_code_ranks_that_application_first(client, data_2024):
    """Application 05's text names the call «RFP DE-02-2023»: «2024/02»
    finds it too, after application 02."""
    html = results(client, "2024/02", type="applications")
    assert group_total(html, "applications") == 2
    assert html.index("/en/applications/2024/2/") < html.index("/en/applications/2024/5/")


def test_records_naming_the_words_in_their_title_rank_first(client, data_2024):
    """Four events took place in Luxembourg; two name it in their title. The
    meeting with the European Investment Bank, whose Ukrainian title is the
    shortest, does not: on PostgreSQL it came second."""
    html = results(client, "Luxembourg", type="events")
    places = {
        slug: html.index(f"/en/events/{slug}/")
        for slug in (
            "2024-luxembourg-ukrainian-business-forum",
            "2024-working-meeting-lucc-luxembourg",
            "2024-working-meeting-european-investment-bank",
            "2024-forum-bridges-of-solidarity",
        )
    }
    titled = max(
        places["2024-luxembourg-ukrainian-business-forum"],
        places["2024-working-meeting-lucc-luxembourg"],
    )
    assert titled < min(
        places["2024-working-meeting-european-investment-bank"],
        places["2024-forum-bridges-of-solidarity"],
    )


def test_a_word_with_an_apostrophe_is_offered_whole(client, data_2024):
    # The words were split on the apostrophe: «Прем» and «єр» were offered.
    html = html_module.unescape(results(client, "прем'єр квазар", "uk"))
    assert ">прем'єр</a> · <a" in html and ">квазар</a>" in html
    assert ">прем</a>" not in html and ">єр</a>" not in html


def test_nothing_of_the_type_chosen_says_what_the_others_have(client, data_2024):
    html = results(client, "Trotignon", type="memoranda")
    assert "Nothing of this type, but 1 result of other types." in html
    assert 'href="?q=Trotignon">Search everything</a>' in html
    html = results(client, "Trotignon", "uk", type="memoranda")
    assert "Записів цього типу немає, але є 1 результат інших типів." in html


def test_several_words_found_nowhere_together_are_offered_one_by_one(client, data_2024):
    html = results(client, "Warsaw and Batumi")
    assert "Nothing found" in html
    assert "Search for one of them:" in html
    assert '<a href="?q=Warsaw">Warsaw</a> · <a href="?q=Batumi">Batumi</a>' in html
    # One word found nowhere has nothing to offer.
    assert "Search for one of them:" not in results(client, "квазар")


def test_results_for_words_like_the_query_say_so(client, data_2024):
    assert "No record has these words as typed" in results(client, "Jagielonian")
    assert "No record has these words as typed" not in results(client, "Jagiellonian")


def test_a_draft_programme_does_not_find_its_applications(client, data_2024):
    from projects.models import Application

    programme = Application.objects.get(year=2024, number=1).programme
    programme.name_en = "Carpathian local governance grants"
    programme.publication_status = "draft"
    programme.save()
    assert "/en/applications/2024/1/" not in results(client, "carpathian")
    programme.publication_status = "published"
    programme.save()
    assert "/en/applications/2024/1/" in results(client, "carpathian")


def test_words_like_the_query_are_sought_with_the_whole_words(client, data_2024):
    """The records write «вчителів»: «учителів» is like it as a whole word,
    not as the stem «учител»."""
    html = results(client, "учителів польської", "uk")
    assert "/uk/events/2024-second-training-camp-polish-teachers/" in html
