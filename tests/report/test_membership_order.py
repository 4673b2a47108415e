"""The report lists the council's memberships in the order staff set, the
brochure's (ALDA, AER, LUCC) as loaded, in the PDF of either language."""

import re

import pytest

from partners.models import Membership

from .pdfs import download_report_pdf, outline, pdf_text

pytestmark = pytest.mark.django_db

TITLES = {
    "uk": "Членство в міжнародних організаціях",
    "en": "Membership of international organisations",
}
NAMES = {
    "uk": {
        "alda": "Європейська асоціація місцевої демократії (ALDA)",
        "aer": "Асамблея європейських регіонів (AER)",
        "lucc": "Люксембурзько-українська торгова палата (LUCC)",
    },
    "en": {
        "alda": "European Association for Local Democracy (ALDA)",
        "aer": "Assembly of European Regions (AER)",
        "lucc": "Luxembourg-Ukrainian Chamber of Commerce (LUCC)",
    },
}


def memberships_in_pdf(pdf: bytes, language: str) -> list[str]:
    """The organisations the memberships section names, in the order it names
    them, read off the page its bookmark points to. (poppler reads the
    section's list before its title, so the page is read whole: each name is
    on it once.)"""
    page = next(
        number for depth, name, number in outline(pdf) if name == TITLES[language] and depth == 0
    )
    # A line may end at a compound word's own hyphen («Люксембурзько-|українська»).
    text = re.sub(r"(?<=\w)- ", "-", pdf_text(pdf, page, page))
    names = NAMES[language]
    assert all(text.count(name) == 1 for name in names.values()), text
    return sorted(names, key=lambda slug: text.index(names[slug]))


@pytest.mark.parametrize("language", ["uk", "en"])
def test_the_pdf_lists_memberships_in_the_brochures_order(pdf_2024, language):
    assert memberships_in_pdf(pdf_2024(language), language) == ["alda", "aer", "lucc"]


def test_the_pdf_follows_the_order_staff_give(client, report_2024):
    for position, slug in enumerate(["lucc", "alda", "aer"], start=1):
        Membership.objects.filter(organisation__slug=slug).update(position=position)
    pdf = download_report_pdf(client, "en")
    assert memberships_in_pdf(pdf, "en") == ["lucc", "alda", "aer"]
