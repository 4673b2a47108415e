"""Names are listed alphabetically in the page's language: in Ukrainian by the
Ukrainian alphabet (Є after Е, І and Ї after И, Latin names last), in English
A to Z, on both databases."""

import re

import pytest

pytestmark = pytest.mark.django_db


def organisation_names(client, url: str) -> list[str]:
    html = client.get(url).content.decode()
    # Any attributes after the address: a name in Ukrainian on an English page has lang="uk".
    return re.findall(r'class="org-card__name" href="[^"]+"[^>]*>([^<]+)</a>', html)


def option_labels(client, url: str, name: str) -> list[str]:
    html = client.get(url).content.decode()
    select = re.search(rf'<select name="{name}".*?</select>', html, re.S)
    assert select, f"no {name} drop-down on {url}"
    return re.findall(r"<option [^>]*>([^<]+)</option>", select.group(0))[1:]  # not "All …"


def test_partners_follow_the_ukrainian_alphabet(client):
    names = organisation_names(client, "/uk/partners/")
    assert names[:3] == [
        "Агенство з конкурентоспроможності бізнесу уряду Каталонії (ACCIÓ)",
        "Агентство США з міжнародного розвитку (USAID)",
        "Асамблея європейських регіонів (AER)",
    ]

    def place(start: str) -> int:
        return next(i for i, name in enumerate(names) if name.startswith(start))

    # Г < Є < З < І < Л, where code points would put Є and І before А.
    assert place("Градизька") < place("Європейський Союз") < place("Збережи Дніпро")
    assert place("Зіньківська") < place("Інститут Міста") < place("Люксембурзька")
    # Case does not count: «інвестиційний» before «Союз».
    assert place("Європейський інвестиційний банк") < place("Європейський Союз")
    last_page = organisation_names(client, "/uk/partners/?page=2")
    assert last_page[-1] == "Resilience Orthopedics"  # Latin after Cyrillic


@pytest.mark.parametrize(
    "url", ["/en/partners/", "/en/partners/?ordering=name", "/en/countries/ua/"]
)
def test_english_pages_list_partners_a_to_z(client, url):
    names = organisation_names(client, url)
    assert len(names) > 2
    assert names == sorted(names, key=str.casefold)


@pytest.mark.parametrize(
    ("url", "name"),
    [
        ("/en/events/", "partner"),
        ("/en/projects/", "partner"),
        ("/en/applications/", "partner"),
        ("/en/applications/", "donor"),
        ("/en/applications/", "programme"),
        ("/en/memoranda/", "partner"),
        ("/en/events/", "country"),
        ("/en/partners/", "country"),
    ],
)
def test_english_drop_downs_are_a_to_z(client, url, name):
    labels = option_labels(client, url, name)
    assert len(labels) > 1
    assert labels == sorted(labels, key=str.casefold)


def test_ukrainian_drop_downs_follow_the_ukrainian_alphabet(client):
    countries = option_labels(client, "/uk/events/", "country")
    assert countries == ["Грузія", "Іспанія", "Люксембург", "Польща", "Україна"]
    partners = option_labels(client, "/uk/memoranda/", "partner")
    assert partners[0].startswith("Агенство")
    # І comes after З in the alphabet, though before А in Unicode.
    assert partners.index("Інша Жінка") > partners.index("Зіньківська міська рада")
    partners = option_labels(client, "/uk/events/", "partner")
    assert partners.index("Європейський інвестиційний банк (EIB)") > partners.index(
        "Асамблея європейських регіонів (AER)"
    )


def test_titles_sort_alphabetically_when_asked(client):
    html = client.get("/uk/events/?ordering=title").content.decode()
    titles = re.findall(r'class="record__title"><a href="[^"]+">([^<]+)</a>', html)
    assert len(titles) > 5
    first_letters = [title[0].casefold() for title in titles if title[0].isalpha()]
    alphabet = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюяabcdefghijklmnopqrstuvwxyz"
    assert first_letters == sorted(first_letters, key=alphabet.index)
