"""Error pages in the language of the address or of the staff, whatever failed;
and /health/, which says whether the database answers and the static files
are collected."""

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import OperationalError

pytestmark = pytest.mark.django_db

TEXTS = {
    400: {"en": "Bad request", "uk": "Неправильний запит"},
    403: {"en": "Access denied", "uk": "Доступ заборонено"},
    500: {"en": "Something went wrong", "uk": "Щось пішло не так"},
}


def assert_error_page(response, status, language):
    assert response.status_code == status
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert TEXTS[status][language] in html
    assert f'href="/{language}/"' in html


@pytest.mark.parametrize("language", ["uk", "en"])
def test_an_editor_refused_an_admin_page_reads_why_in_their_language(editor_client, language):
    response = editor_client.get("/admin/auth/user/", HTTP_ACCEPT_LANGUAGE=language)
    assert_error_page(response, 403, language)
    assert 'href="/admin/"' in response.content.decode()


@pytest.mark.parametrize("page_cache_on", [False, True], ids=["without-cache", "with-cache"])
@pytest.mark.parametrize("language", ["uk", "en"])
def test_a_bad_request_is_answered_in_the_language_of_the_address(
    client, settings, request, language, page_cache_on
):
    if page_cache_on:
        # The page cache runs first and names the page by its host: the
        # request fails there, before the language is set from the address.
        request.getfixturevalue("page_cache")
    settings.ALLOWED_HOSTS = ["testserver"]
    response = client.get(f"/{language}/events/", HTTP_HOST="unknown.example")
    assert_error_page(response, 400, language)


@pytest.fixture
def database_down(monkeypatch):
    from django.db import connection

    def refuse(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(connection, "cursor", refuse)


@pytest.mark.parametrize("language", ["uk", "en"])
def test_with_the_database_down_the_error_page_keeps_the_address_language(
    client, page_cache, database_down, language
):
    client.raise_request_exception = False
    assert_error_page(client.get(f"/{language}/"), 500, language)


def test_health_answers_200_with_the_database_up(client):
    response = client.get("/health/")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "static": "ok"}


def test_health_answers_503_with_the_database_down(client, database_down):
    response = client.get("/health/")
    assert response.status_code == 503
    assert response.json() == {"status": "error", "database": "unavailable", "static": "ok"}


def test_health_answers_503_when_the_static_files_are_not_collected(client, settings, tmp_path):
    # Production names its CSS and scripts through the manifest collectstatic
    # writes; without it every page is a 500, and the server must leave the
    # load balancer's rotation.
    settings.STATIC_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    response = client.get("/health/")
    assert response.status_code == 503
    assert response.json() == {"status": "error", "database": "ok", "static": "not collected"}


def test_health_answers_a_plain_http_check_in_production(client, settings):
    # A load balancer's check may come over plain HTTP; a redirect is a failure.
    settings.SECURE_SSL_REDIRECT = True
    assert client.get("/health/").status_code == 200
    assert client.get("/uk/").status_code == 301


SILENT_DATABASE_CHECK = """
import django
django.setup()
from django.test import Client
response = Client(HTTP_HOST="localhost").get("/health/")
print(response.status_code)
"""


def test_health_gives_up_on_a_database_host_that_does_not_answer():
    # A server that takes the connection and then says nothing, as a host
    # behind a dead network path would. Without a connect timeout the check
    # (and every page) would wait for it for good.
    with socket.create_server(("127.0.0.1", 0)) as silent:
        port = silent.getsockname()[1]
        environment = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
        environment.update(
            DJANGO_SETTINGS_MODULE="cooperation.settings",
            DATABASE_URL=f"postgres://portal@127.0.0.1:{port}/portal",
            DJANGO_DB_CONNECT_TIMEOUT="2",
        )
        result = subprocess.run(
            [sys.executable, "-c", SILENT_DATABASE_CHECK],
            cwd=Path(__file__).resolve().parents[2],
            env=environment,
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert result.stdout.strip() == "503", result.stderr
