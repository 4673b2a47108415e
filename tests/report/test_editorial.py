"""What an editor reading the printed 2024 report would correct: wording and
repetition a reader notices, in Ukrainian and in English."""

import pytest

from .pdfs import outline, pdf_text

pytestmark = pytest.mark.django_db


def chapter_text(pdf: bytes, title: str) -> str:
    page = next(number for depth, name, number in outline(pdf) if name == title and depth == 0)
    return pdf_text(pdf, page, page)


@pytest.mark.parametrize(
    ("language", "chapter", "city", "doubled"),
    [
        ("uk", "Участь у міжнародних заходах у 2024 році", "Люксембург", "Люксембург, Люксембург"),
        ("en", "International events attended in 2024", "Luxembourg", "Luxembourg, Luxembourg"),
    ],
    ids=["uk", "en"],
)
def test_a_city_named_like_its_country_is_named_once(pdf_2024, language, chapter, city, doubled):
    # Three of the events took place in the city of Luxembourg (the brochure's
    # «м. Люксембург»); Strassen is in Luxembourg too.
    text = chapter_text(pdf_2024(language), chapter)
    assert doubled not in text
    assert text.count(f"{city} ") >= 3
    assert f"Strassen, {city}" in text or f"Штрассен, {city}" in text


@pytest.mark.parametrize(
    ("language", "chapter", "won", "singular"),
    [
        ("uk", "Грантові та проєктні заявки 2024", "Виграно 5", "Переможець 5"),
        ("en", "Grant and project applications 2024", "Won 5", "Winner 5"),
    ],
    ids=["uk", "en"],
)
def test_the_applications_chart_counts_with_words_that_agree(
    pdf_2024, language, chapter, won, singular
):
    # Each winning application is marked «Переможець» / “Winner”; the chart's
    # bar counts five of them, and «Переможець 5» is one winner, five times.
    pdf = pdf_2024(language)
    text = pdf_text(pdf)
    assert won in text
    assert singular not in text
    # The marks beside the applications keep the brochure's word.
    assert text.count("Переможець" if language == "uk" else "Winner") == 5


def test_the_english_events_lead_does_not_say_in_in(pdf_2024):
    text = chapter_text(pdf_2024("en"), "International events attended in 2024")
    assert "in in" not in text
    assert "International events in which the Poltava Oblast Council took part in 2024:" in text


@pytest.mark.parametrize(
    ("language", "chapter", "in_order"),
    [
        (
            "uk",
            "Чинні меморандуми",
            [
                # 2023
                "Благодійний фонд «Діти Героїв»",
                "Збережи Дніпро",
                "Інноваційні соціальні рішення",
                "Форум розвитку громадянського суспільства, Градизька",
                # 2024
                "Інша Жінка",
                "Прем'єр Експо",
                "Рада азербайджанців України",
                "Рестарт Юкрейн",
            ],
        ),
        (
            "en",
            "Memoranda in force",
            [
                "Children of Heroes Charitable Foundation",
                "Civil Society Development Forum, Hradyzk",
                "Innovative Social Solutions",
                "Save Dnipro",
                "Council of Azerbaijanis of Ukraine",
                "Insha Zhinka",
                "Premier Expo",
                "Restart Ukraine",
            ],
        ),
    ],
    ids=["uk", "en"],
)
def test_memoranda_of_a_year_are_in_the_readers_alphabetical_order(
    pdf_2024, language, chapter, in_order
):
    # The 2024 memoranda have no date of signing, only a year; they were
    # ordered by their English slugs, which a Ukrainian reader sees as no order.
    text = chapter_text(pdf_2024(language), chapter)
    places = [text.index(name) for name in in_order]
    assert places == sorted(places), [
        name for _place, name in sorted(zip(places, in_order, strict=True))
    ]


@pytest.mark.parametrize(
    ("language", "one_partner", "two_partners", "one_donor", "two_donors"),
    [
        (
            "uk",
            "Партнер: Resilience Orthopedics",
            "Партнери: Фундація Ягеллонська; Інститут Міста",
            "Донор: Міністерство економіки та фінансів Франції",
            "Донори: Програма розвитку ООН (UNDP); Європейський Союз (ЄС)",
        ),
        (
            "en",
            "Partner: Resilience Orthopedics",
            "Partners: Jagiellonian Foundation; City Institute",
            "Donor: Ministry of the Economy and Finance of France",
            "Donors: United Nations Development Programme (UNDP); European Union (EU)",
        ),
    ],
    ids=["uk", "en"],
)
def test_a_label_agrees_with_how_many_it_names(
    pdf_2024, language, one_partner, two_partners, one_donor, two_donors
):
    # «Донор: Програма розвитку ООН (UNDP); Європейський Союз (ЄС)» named two
    # donors under one, and «Партнери: Resilience Orthopedics» one partner as many.
    text = pdf_text(pdf_2024(language))
    for label in (one_partner, two_partners, one_donor, two_donors):
        assert label in text


@pytest.mark.parametrize(
    ("language", "supporter"),
    [
        ("uk", "Європейський Союз (ЄС) — ініціатива «Європейське Відродження України»"),
        ("en", "European Union (EU) — initiative “European Renaissance of Ukraine”"),
    ],
    ids=["uk", "en"],
)
def test_a_supporters_note_follows_a_dash_not_a_second_bracket(pdf_2024, language, supporter):
    # «Європейський Союз (ЄС) (ініціатива «Європейське Відродження України»)».
    text = pdf_text(pdf_2024(language))
    assert supporter in text
    assert ") (" not in text
