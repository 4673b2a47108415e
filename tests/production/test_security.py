"""Secure by default: deploy checks, headers, login lock-out."""

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from axes.models import AccessAttempt
from django.test import Client
from django.urls import reverse

pytestmark = pytest.mark.django_db

PROJECT = Path(__file__).resolve().parents[2]


def run_manage(*args, **env):
    environment = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    environment.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=PROJECT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_is_clean_with_only_the_three_production_variables():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        DJANGO_ALLOWED_HOSTS="portal.example.org",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_the_development_secret_key():
    result = run_manage("check", DJANGO_DEBUG="0", DJANGO_ALLOWED_HOSTS="portal.example.org")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


def setting_under(expression: str, **env):
    """``expression`` (of the settings module ``s``) as the settings read it
    under ``env``, without the DJANGO_ and MEDIA_S3_ variables of this run."""
    environment = {
        k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "MEDIA_S3_"))
    }
    environment.update(env)
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            f"import json, cooperation.settings as s; print(json.dumps({expression}))",
        ],
        cwd=PROJECT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def image_sources(**env) -> list[str]:
    """The Content-Security-Policy's img-src of the settings under ``env``."""
    return setting_under("s.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src']", **env)


def test_images_come_from_the_site_itself_by_default():
    assert image_sources() == ["'self'", "data:"]


@pytest.mark.parametrize(
    ("endpoint", "allowed"),
    [
        # Path style (host/bucket/key) and virtual-hosted style (bucket.host/key).
        (
            "https://files.example.org:9000",
            ["https://files.example.org:9000", "https://*.files.example.org:9000"],
        ),
        # AWS: bucket.s3.amazonaws.com, or with the region, bucket.s3.eu-central-1.amazonaws.com.
        ("", ["https://*.amazonaws.com"]),
    ],
)
def test_images_on_s3_are_allowed_from_the_bucket(endpoint, allowed):
    # The storage gives the photos and logos addresses at the bucket's host
    # (signed), not under /media/: with img-src 'self' browsers showed none.
    sources = image_sources(MEDIA_S3_BUCKET="portal-media", MEDIA_S3_ENDPOINT_URL=endpoint)
    assert sources == ["'self'", "data:", *allowed]


@pytest.mark.parametrize("endpoint", ["https://files.example.org:9000", ""])
def test_media_on_s3_is_built_as_the_readme_says_and_signed_with_version_4(endpoint):
    # The README's variables: the bucket, a store's address, nothing else of ours
    # (keys and region are boto3's own AWS_* variables). Left to boto3, the
    # addresses were signed with version 2 when no region was set, which AWS
    # accepts only in a few old regions and other stores not at all: no photo
    # or logo showed.
    storage = setting_under(
        "s.STORAGES['default']", MEDIA_S3_BUCKET="portal-media", MEDIA_S3_ENDPOINT_URL=endpoint
    )
    assert storage["BACKEND"] == "storages.backends.s3.S3Storage"
    assert storage["OPTIONS"] == {
        "bucket_name": "portal-media",
        "endpoint_url": endpoint or None,
        "default_acl": None,
        "file_overwrite": False,
        "signature_version": "s3v4",
    }


def test_media_stay_on_disk_without_a_bucket():
    storage = setting_under("s.STORAGES['default']")
    assert storage == {"BACKEND": "django.core.files.storage.FileSystemStorage"}


def assert_security_headers(response):
    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


def test_headers_on_a_public_page(client, settings):
    settings.SECURE_HSTS_SECONDS = 31_536_000
    settings.SECURE_SSL_REDIRECT = False
    response = client.get("/uk/", secure=True)
    assert response.status_code == 200
    assert_security_headers(response)
    assert response["Strict-Transport-Security"].startswith("max-age=31536000")


def test_headers_on_an_admin_page(staff_client):
    response = staff_client.get(reverse("admin:events_event_changelist"))
    assert response.status_code == 200
    assert_security_headers(response)


def test_plain_http_is_redirected_to_https_in_production(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    response = client.get("/uk/")
    assert response.status_code == 301
    assert response["Location"].startswith("https://")


def test_admin_login_locks_out_after_repeated_failures(client, superuser):
    login_url = reverse("admin:login")
    for _ in range(5):
        response = client.post(login_url, {"username": "head", "password": "wrong-password"})
    assert response.status_code in (200, 429)
    response = client.post(login_url, {"username": "head", "password": "a-long-test-password-2"})
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
    page = response.content.decode()
    assert "Too many failed sign-in attempts" in page or "Забагато невдалих спроб" in page


def test_the_lock_out_records_read_in_the_staffs_language(client, superuser):
    # django-axes ships no Ukrainian; the project's catalogue translates it.
    client.post(reverse("admin:login"), {"username": "head", "password": "wrong-password"})
    client.force_login(superuser)
    index = client.get(reverse("admin:index"), HTTP_ACCEPT_LANGUAGE="uk").content.decode()
    assert "Захист входу" in index and "Спроби входу" in index
    assert "Access attempts" not in index
    attempts = client.get(
        reverse("admin:axes_accessattempt_changelist"), HTTP_ACCEPT_LANGUAGE="uk"
    ).content.decode()
    assert "Час спроби" in attempts and "Заблоковано" in attempts
    english = client.get(reverse("admin:index"), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Login protection" in english and "Access attempts" in english


def test_one_failure_does_not_lock_out(client, superuser):
    login_url = reverse("admin:login")
    client.post(login_url, {"username": "head", "password": "wrong-password"})
    response = client.post(login_url, {"username": "head", "password": "a-long-test-password-2"})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(superuser.pk)


def test_sessions_expire(settings):
    assert settings.SESSION_EXPIRE_AT_BROWSER_CLOSE
    assert 0 < settings.SESSION_COOKIE_AGE <= 12 * 60 * 60


def test_weak_passwords_are_refused():
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    for weak in ("password", "12345678901234", "short"):
        with pytest.raises(ValidationError):
            validate_password(weak)


def test_headers_on_a_page_answered_from_the_cache(client, settings, page_cache):
    settings.SECURE_HSTS_SECONDS = 31_536_000
    settings.SECURE_SSL_REDIRECT = False
    assert client.get("/uk/events/", secure=True)["X-Page-Cache"] == "miss"
    response = client.get("/uk/events/", secure=True)
    assert response["X-Page-Cache"] == "hit"
    assert_security_headers(response)
    assert response["Strict-Transport-Security"].startswith("max-age=31536000")


def test_a_cached_page_is_still_redirected_to_https(client, settings, page_cache):
    assert client.get("/uk/events/")["X-Page-Cache"] == "miss"
    settings.SECURE_SSL_REDIRECT = True
    response = Client().get("/uk/events/")  # a new client reads the new setting
    assert response.status_code == 301
    assert response["Location"] == "https://testserver/uk/events/"


def sign_in(client, password, **headers):
    return client.post(
        reverse("admin:login"), {"username": "head", "password": password}, **headers
    )


def test_behind_the_front_server_the_lock_out_is_per_visitor(client, superuser):
    # Every request reaches gunicorn from the front server (REMOTE_ADDR
    # 127.0.0.1), which names the visitor in X-Forwarded-For.
    attacker = {"HTTP_X_FORWARDED_FOR": "203.0.113.5"}
    for _ in range(5):
        sign_in(client, "wrong-password", **attacker)
    assert sign_in(Client(), "a-long-test-password-2", **attacker).status_code == 429
    # The department head, at her own desk, still signs in.
    response = sign_in(Client(), "a-long-test-password-2", HTTP_X_FORWARDED_FOR="198.51.100.7")
    assert response.status_code == 302


def test_the_visitors_own_x_forwarded_for_is_not_believed(client, superuser, settings):
    # What the visitor wrote comes first; the front server adds the address it
    # saw on the right. Changing the first part does not get round the lock.
    for n in range(5):
        sign_in(client, "wrong-password", HTTP_X_FORWARDED_FOR=f"10.0.0.{n}, 203.0.113.5")
    response = sign_in(
        Client(), "a-long-test-password-2", HTTP_X_FORWARDED_FOR="10.9.9.9, 203.0.113.5"
    )
    assert response.status_code == 429
    # Nor is the header believed from an address that is not a trusted proxy.
    settings.TRUSTED_PROXIES = ["192.0.2.1"]
    response = sign_in(Client(), "a-long-test-password-2", HTTP_X_FORWARDED_FOR="198.51.100.7")
    assert response.status_code == 302


def test_an_x_forwarded_for_that_is_not_an_address_does_not_break_the_login(client, superuser):
    response = sign_in(client, "wrong-password", HTTP_X_FORWARDED_FOR="<script>, unknown")
    assert response.status_code == 200
    assert AccessAttempt.objects.get().ip_address == "127.0.0.1"


def test_an_administrator_unlocks_a_user_in_the_admin(client, superuser, editor):
    # As the README says: delete the user's line under Access attempts.
    for _ in range(5):
        client.post(reverse("admin:login"), {"username": "editor", "password": "wrong"})
    locked = {"username": "editor", "password": "a-long-test-password-1"}
    assert Client().post(reverse("admin:login"), locked).status_code == 429
    administrator = Client()
    administrator.force_login(superuser)
    attempt = AccessAttempt.objects.get(username="editor")
    response = administrator.post(
        reverse("admin:axes_accessattempt_delete", args=[attempt.pk]), {"post": "yes"}
    )
    assert response.status_code == 302
    assert Client().post(reverse("admin:login"), locked).status_code == 302


def test_an_overlong_user_name_is_a_failed_sign_in_and_counts_towards_the_lock(client):
    # The login form takes a name of any length (Django answers every wrong
    # name alike); the lock-out's records hold 255 characters, and PostgreSQL
    # refused a longer name: a 500 for anyone who pasted a paragraph.
    name = "a" * 300
    login_url = reverse("admin:login")
    for _ in range(5):
        response = client.post(login_url, {"username": name, "password": "wrong-password"})
    assert response.status_code in (200, 429)
    (attempt,) = AccessAttempt.objects.all()
    assert attempt.username == name[:255] and attempt.failures_since_start == 5
    assert client.post(login_url, {"username": name, "password": "x"}).status_code == 429
