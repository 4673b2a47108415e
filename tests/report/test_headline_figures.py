"""The year's figures are defined once: a draft report states nothing, and the
home page writes the funds as the report does."""


import pytest

from cooperation.figures import headline_figures

pytestmark = pytest.mark.django_db


def test_a_draft_reports_funds_are_not_a_headline_figure(draft_report):
    assert draft_report.funds_attracted is not None
    figures = headline_figures(2024)
    assert figures.funds_attracted is None
    assert figures.funds_currency == ""


def test_a_published_reports_funds_are(report_2024):
    assert headline_figures(2024).funds_attracted == report_2024.funds_attracted
