"""The security boundary of rendering: the PDF may read our own static files
from disk and uploads through the media storage, and nothing else — no
network, no other file."""

import socket
from pathlib import Path

import pytest
from django.conf import settings

from cooperation.report.pdf import LocalFilesURLFetcher, ResourceRefused

FONT = Path(settings.BASE_DIR) / "static" / "fonts" / "NotoSans-Regular.woff2"


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a connection fails the test loudly."""

    def refuse(*args, **kwargs):
        raise AssertionError("the URL fetcher tried to use the network")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "http://example.org/logo.png",
        "https://example.org/style.css",
        "http://127.0.0.1:8000/static/css/report.css",
        "ftp://example.org/file.txt",
        "data:text/plain;base64,aGVsbG8=",
        "file://example.org/etc/passwd",
        FONT.as_uri().replace("/static/fonts/", "/static/fonts/../../cooperation/settings.py/../")
        + "settings.py",
        (Path(settings.BASE_DIR) / "static" / ".." / "cooperation" / "settings.py").as_uri(),
        (Path(settings.BASE_DIR) / "db.sqlite3").as_uri(),
        (Path(settings.BASE_DIR) / "static" / "fonts").as_uri(),
        (Path(settings.BASE_DIR) / "static" / "no-such-file.css").as_uri(),
    ],
)
def test_the_fetcher_refuses_anything_but_our_files(url, no_network):
    with pytest.raises(ResourceRefused):
        LocalFilesURLFetcher().fetch(url)


def test_the_fetcher_serves_a_static_file_from_disk(no_network):
    stylesheet = Path(settings.BASE_DIR) / "static" / "css" / "report.css"
    response = LocalFilesURLFetcher().fetch(stylesheet.as_uri())
    assert response.read() == stylesheet.read_bytes()
    assert response.url == stylesheet.resolve().as_uri()
    assert response.content_type == "text/css"


def test_the_fetcher_serves_the_shipped_font_decoded_once(no_network):
    response = LocalFilesURLFetcher().fetch(FONT.as_uri())
    assert response.read()[:4] == b"\x00\x01\x00\x00"  # TrueType, decoded from WOFF2
    assert response.content_type == "font/ttf"


def test_an_upload_is_not_read_by_its_path_on_disk(settings, tmp_path, no_network):
    # Uploads go through the media storage (media:<name>), wherever it keeps them.
    settings.MEDIA_ROOT = tmp_path
    logo = tmp_path / "images" / "logo.png"
    logo.parent.mkdir()
    logo.write_bytes(b"\x89PNG not really")
    with pytest.raises(ResourceRefused):
        LocalFilesURLFetcher().fetch(logo.as_uri())


def test_the_fetcher_follows_no_redirects_and_never_opens_urllib():
    fetcher = LocalFilesURLFetcher()
    # No handler of urllib is ever used: even its own opener refuses the network.
    with pytest.raises(ResourceRefused):
        fetcher.open("http://example.org/")
    assert not any(type(h).__name__ == "HTTPRedirectHandler" for h in fetcher.handlers)


@pytest.fixture
def in_memory_media(settings):
    """Media kept elsewhere than on disk, as on S3: an in-memory storage."""
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    }
    from django.core.files.storage import default_storage

    return default_storage


def test_the_fetcher_reads_an_upload_through_the_media_storage(in_memory_media, no_network):
    from django.core.files.base import ContentFile

    from cooperation.report.pdf import media_uri

    name = in_memory_media.save("images/2024/logo one.png", ContentFile(b"\x89PNG not really"))
    response = LocalFilesURLFetcher().fetch(media_uri(name))
    assert response.read() == b"\x89PNG not really"
    assert response.content_type == "image/png"


@pytest.mark.parametrize(
    "url",
    [
        "media:",
        "media:images/no-such-file.png",
        "media:/etc/passwd",
        "media:images/../../cooperation/settings.py",
        "media:images//logo.png",
        "media:..%2F..%2Fcooperation%2Fsettings.py",
        "media:images\\..\\..\\settings.py",
    ],
)
def test_the_fetcher_refuses_what_is_not_an_upload(url, in_memory_media, no_network):
    with pytest.raises(ResourceRefused):
        LocalFilesURLFetcher().fetch(url)
