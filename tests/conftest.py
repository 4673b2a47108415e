"""Shared fixtures. The 2024 brochure is loaded once into the test database;
each test runs in a transaction that is rolled back, so tests may change it."""

import pytest
from django.conf import settings as django_settings
from django.contrib.auth.models import Group, User
from django.core.cache import caches
from django.utils import translation

from cooperation.loader import load_year_2024


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        load_year_2024()


@pytest.fixture
def data_2024(db):
    """The brochure's records (already loaded; reloaded after a transactional test)."""
    load_year_2024()


@pytest.fixture
def editor(db) -> User:
    user = User.objects.create_user("editor", "editor@example.org", "a-long-test-password-1")
    user.is_staff = True
    user.save()
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def superuser(db) -> User:
    return User.objects.create_superuser("head", "head@example.org", "a-long-test-password-2")


@pytest.fixture
def staff_client(client, superuser):
    client.force_login(superuser)
    return client


@pytest.fixture(autouse=True)
def default_language():
    """Each test starts in the site's default language: a request activates
    the language of its address, which would otherwise carry over into the
    next test and make it pass or fail by the order the tests run in."""
    translation.activate(django_settings.LANGUAGE_CODE)
    yield
    translation.activate(django_settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """Real hashing is deliberately slow; tests do not need it."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def page_cache(settings):
    """The page cache switched on, as in production. Every cache (pages, kept
    values, kept pieces of pages) starts and ends empty: tests roll their
    saves back, so the site revision a key carries repeats from test to test."""
    settings.PUBLIC_PAGE_CACHE_SECONDS = 600
    for kept in caches.all():
        kept.clear()
    yield
    for kept in caches.all():
        kept.clear()


@pytest.fixture(autouse=True)
def no_page_cache(settings):
    """Tests roll their changes back without committing, which the page cache
    never hears of; tests of the cache itself switch it on (tests/production)."""
    settings.PUBLIC_PAGE_CACHE_SECONDS = 0
    # Read the revision on every request: each test rolls its own back.
    settings.PUBLIC_PAGE_REVISION_MILLISECONDS = 0
