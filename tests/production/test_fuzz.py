"""Property-based: whatever a visitor or a bot sends to a public address (any
query string, any path segment) the answer is never a server error."""

from urllib.parse import quote, urlencode

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.django_db

# Every public address with a real record of 2024 in it ({} marks the part a
# visitor can change in the path).
ADDRESSES = [
    ("/{lang}/", None),
    ("/{lang}/projects/", None),
    ("/{lang}/projects/{}/", "promoting-polish-in-poltava-schools"),
    ("/{lang}/events/", None),
    ("/{lang}/events/{}/", "2024-smart-city-expo-world-congress"),
    ("/{lang}/memoranda/", None),
    ("/{lang}/memoranda/{}/", "memorandum-2023-lucc"),
    ("/{lang}/applications/", None),
    ("/{lang}/applications/2024/{}/", "6"),
    ("/{lang}/applications/{}/6/", "2024"),
    ("/{lang}/partners/", None),
    ("/{lang}/partners/{}/", "alda"),
    ("/{lang}/memberships/", None),
    ("/{lang}/areas/{}/", "medicine"),
    ("/{lang}/countries/{}/", "pl"),
    ("/{lang}/search/", None),
    ("/{lang}/reports/{}/", "2024"),
]

# The parameters the lists and search know, plus anything else.
KNOWN_KEYS = [
    "q",
    "page",
    "year",
    "month",
    "status",
    "area",
    "country",
    "council_role",
    "format",
    "online",
    "category",
    "in_force",
    "programme",
    "donor",
    "kind",
    "ordering",
    "o",
    "type",
]
hostile_text = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=60
) | st.sampled_from(
    [
        "-1",
        "0",
        "99999999999999999999",
        "2024",
        "1e9",
        "NaN",
        "' OR 1=1 --",
        "\x00",
        "%",
        "ʼ",
        "../",
    ]
)
query_strings = st.lists(
    st.tuples(st.sampled_from(KNOWN_KEYS) | st.text(max_size=12), hostile_text), max_size=6
)

FUZZ = settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    derandomize=True,
)


def address(template: str, lang: str, segment: str | None) -> str:
    path = template.replace("{lang}", lang)
    return path.replace("{}", quote(segment, safe="")) if segment is not None else path


@pytest.mark.parametrize(("template", "segment"), ADDRESSES)
@pytest.mark.parametrize("lang", ["uk", "en"])
@FUZZ
@given(query=query_strings)
def test_random_query_strings_never_give_a_server_error(
    client, page_cache, template, segment, lang, query
):
    # With the page cache on, as bots meet the site: pages and the cards kept
    # for them are built from what the query string asks.
    url = address(template, lang, segment)
    response = client.get(f"{url}?{urlencode(query)}")
    assert response.status_code < 500, (url, query)


@pytest.mark.parametrize("template", [t for t, example in ADDRESSES if example is not None])
@FUZZ
@given(segment=hostile_text.filter(lambda s: s.strip("/") != ""))
def test_random_path_segments_never_give_a_server_error(client, page_cache, template, segment):
    url = address(template, "uk", segment)
    response = client.get(url)
    assert response.status_code < 500, url
