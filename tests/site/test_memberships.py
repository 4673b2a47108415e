"""How pages name the council's memberships: the organisation's name is not
declined into a Ukrainian sentence, and an ended membership says so."""

import re

import pytest

from partners.models import Membership

pytestmark = pytest.mark.django_db

AER_EVENT = "/{}/events/2024-aer-general-assembly-black-sea-summit/"
LUCC_MEMORANDUM = "/{}/memoranda/memorandum-2023-lucc/"


def text(client, url: str) -> str:
    html = client.get(url).content.decode()
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


@pytest.mark.parametrize(
    ("url", "ukrainian", "english"),
    [
        (
            AER_EVENT,
            "Асамблея європейських регіонів (AER): рада — член із 2023 року",
            "Assembly of European Regions (AER): the council has been a member since 2023",
        ),
        (
            LUCC_MEMORANDUM,
            "Люксембурзько-українська торгова палата (LUCC): рада — член із 2023 року",
            "Luxembourg-Ukrainian Chamber of Commerce (LUCC): "
            "the council has been a member since 2023",
        ),
    ],
)
def test_membership_line_reads_in_both_languages(client, data_2024, url, ukrainian, english):
    # Not «Член Асамблея європейських регіонів (AER)»: the name stays in the
    # nominative, so the sentence must not need another case of it.
    assert ukrainian in text(client, url.format("uk"))
    assert "Член Асамблея" not in text(client, url.format("uk"))
    assert english in text(client, url.format("en"))


@pytest.mark.parametrize("url", [AER_EVENT, LUCC_MEMORANDUM])
def test_an_ended_membership_is_not_shown_as_current(client, data_2024, url):
    Membership.objects.filter(since_year=2023).update(until_year=2025)
    english = text(client, url.format("en"))
    assert "the council was a member 2023–2025" in english
    assert "has been a member" not in english
    assert "рада була членом у 2023–2025 роках" in text(client, url.format("uk"))


def test_membership_list_gives_whole_dates_of_events(client, data_2024):
    """The AER summit ran 12–14 June, the ALDA festival 13–15 May."""
    english = text(client, "/en/memberships/")
    assert "12–14 June 2024" in english
    assert "13–15 May 2024" in english
    assert "12–14 червня 2024" in text(client, "/uk/memberships/")
