"""What search engines read in a page's head: the canonical address, the
versions in each language, and which pages are not to be indexed."""

import re

import pytest

LINK = re.compile(r'<link rel="(canonical|alternate)"(?: hreflang="([^"]+)")? href="([^"]+)">')


def head_links(response) -> dict:
    html = response.content.decode()
    return {hreflang or rel: href for rel, hreflang, href in LINK.findall(html)}


def is_noindex(response) -> bool:
    return '<meta name="robots" content="noindex, follow">' in response.content.decode()


def test_a_record_names_its_canonical_address_and_its_other_language(client, data_2024):
    response = client.get("/en/partners/alda/?utm_source=facebook&fbclid=abc")
    assert head_links(response) == {
        "canonical": "http://testserver/en/partners/alda/",
        "uk": "http://testserver/uk/partners/alda/",
        "en": "http://testserver/en/partners/alda/",
        "x-default": "http://testserver/uk/partners/alda/",
    }
    assert not is_noindex(response)


@pytest.mark.parametrize(
    ("address", "canonical", "english", "noindex"),
    [
        # Empty fields, the first page and tracking parameters are dropped.
        (
            "/uk/events/?year=&area=&country=&page=1&utm_medium=email",
            "/uk/events/",
            "/en/events/",
            False,
        ),
        # A later page is its own page; a filtered list is not indexed.
        ("/en/events/?page=2&utm_source=x", "/en/events/?page=2", "/en/events/?page=2", False),
        (
            "/uk/events/?area=&year=2024&utm_source=x",
            "/uk/events/?year=2024",
            "/en/events/?year=2024",
            True,
        ),
    ],
)
def test_a_list_names_only_what_changes_it(
    client, many_records, address, canonical, english, noindex
):
    response = client.get(address)
    links = head_links(response)
    assert links["canonical"] == f"http://testserver{canonical}"
    assert links["en"] == f"http://testserver{english}"
    assert is_noindex(response) is noindex


def test_an_invalid_filter_is_not_indexed_nor_named(client, data_2024):
    response = client.get("/en/projects/?year=abc")
    assert is_noindex(response)
    assert head_links(response)["canonical"] == "http://testserver/en/projects/"


def test_search_and_missing_pages_name_no_canonical_address(client, data_2024):
    for path in ("/uk/search/?q=alda", "/en/no-such-page/", "/en/partners/no-such-partner/"):
        response = client.get(path)
        assert head_links(response) == {}, path
        assert "noindex" in response.content.decode()
