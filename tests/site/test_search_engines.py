"""What search engines read in a page's head: the canonical address, the
versions in each language, and which pages are not to be indexed."""

import re

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


def test_a_list_drops_empty_filters_and_the_first_page(client, data_2024):
    response = client.get("/uk/events/?year=&area=&country=&page=1&utm_medium=email")
    links = head_links(response)
    assert links["canonical"] == "http://testserver/uk/events/"
    assert links["en"] == "http://testserver/en/events/"
    assert not is_noindex(response)


def test_a_later_page_of_a_list_is_its_own_canonical(client, many_records):
    response = client.get("/en/events/?page=2&utm_source=x")
    links = head_links(response)
    assert links["canonical"] == "http://testserver/en/events/?page=2"
    assert links["uk"] == "http://testserver/uk/events/?page=2"
    assert not is_noindex(response)


def test_a_filtered_list_is_not_indexed(client, data_2024):
    response = client.get("/uk/events/?area=&year=2024&utm_source=x")
    assert is_noindex(response)
    links = head_links(response)
    assert links["canonical"] == "http://testserver/uk/events/?year=2024"
    assert links["en"] == "http://testserver/en/events/?year=2024"


def test_an_invalid_filter_is_not_indexed_nor_named(client, data_2024):
    response = client.get("/en/projects/?year=abc")
    assert is_noindex(response)
    assert head_links(response)["canonical"] == "http://testserver/en/projects/"


def test_search_and_missing_pages_name_no_canonical_address(client, data_2024):
    for path in ("/uk/search/?q=alda", "/en/no-such-page/", "/en/partners/no-such-partner/"):
        response = client.get(path)
        assert head_links(response) == {}, path
        assert "noindex" in response.content.decode()
