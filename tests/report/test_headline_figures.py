"""The year's figures are defined once: a draft report states nothing, and the
home page writes the funds as the report does."""

import re
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import translation

from cooperation.figures import headline_figures

pytestmark = pytest.mark.django_db


def test_a_draft_reports_funds_are_not_a_headline_figure(draft_report):
    assert draft_report.funds_attracted is not None
    figures = headline_figures(2024)
    assert figures.funds_attracted is None
    assert figures.funds_currency == ""


def test_a_published_reports_funds_are(report_2024):
    assert headline_figures(2024).funds_attracted == report_2024.funds_attracted


def home_funds(client, language: str) -> str:
    with translation.override(language):
        html = client.get(reverse("cooperation:home")).content.decode()
    match = re.search(
        r'figure-tile__value">([^<]+)</span>\s*<span class="figure-tile__unit">([^<]+)</span>',
        html,
    )
    assert match, "the home page has no funds tile"
    return f"{match[1]} {match[2]}".replace("\N{NO-BREAK SPACE}", " ")


def report_funds(client, language: str) -> str:
    with translation.override(language):
        html = client.get(
            reverse("cooperation:report_detail", kwargs={"year": 2024})
        ).content.decode()
    match = re.search(
        r'rpt-tile--accent"><span class="rpt-tile__value">([^<]+)</span> '
        r'<span class="rpt-tile__label">([^<]+)</span>',
        html,
    )
    assert match, "the report has no funds tile"
    return f"{match[1]} {match[2]}".replace("\N{NO-BREAK SPACE}", " ")


@pytest.mark.parametrize(
    ("amount", "currency", "uk", "en"),
    [
        # Half a hundred thousand rounds up, on both pages.
        ("47050000", "UAH", "47,1 млн грн", "47.1 million UAH"),
        ("47000000", "UAH", "47 млн грн", "47 million UAH"),
        ("1250000000", "UAH", "1,3 млрд грн", "1.3 billion UAH"),
        ("250000", "EUR", "250 тис. євро", "250 thousand EUR"),
    ],
)
def test_the_home_page_writes_the_funds_as_the_report_does(
    client, report_2024, amount, currency, uk, en
):
    report_2024.funds_attracted = Decimal(amount)
    report_2024.funds_currency = currency
    report_2024.save()
    for language, expected in (("uk", uk), ("en", en)):
        assert home_funds(client, language) == expected
        assert report_funds(client, language).startswith(expected + " ")
