"""Shared fixtures. The 2024 brochure is loaded once into the test database;
each test runs in a transaction that is rolled back, so tests may change it."""

import pytest
from django.conf import settings as django_settings
from django.contrib.auth.models import Group, User
from django.core.cache import caches
from django.db import connection
from django.utils import translation

from cooperation.loader import load_year_2024

# Whether the records loaded (and committed) by django_db_setup are still in
# the test database: a transactional test (browser tests) empties it after
# itself, and from then on each test loads them again in its own transaction.
_committed_2024 = {"intact": False}


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        load_year_2024()
    _committed_2024["intact"] = True


def is_transactional(request) -> bool:
    """Whether pytest-django runs this test without a transaction to roll back
    (and so empties the database after it), as its own _django_db_helper decides."""
    if {"transactional_db", "live_server"} & set(request.fixturenames):
        return True
    marker = request.node.get_closest_marker("django_db")
    if marker is None:
        return False
    return bool(marker.kwargs.get("transaction", marker.args[0] if marker.args else False))


@pytest.fixture(autouse=True)
def _notice_a_flush(request):
    if is_transactional(request):
        _committed_2024["intact"] = False
    yield


@pytest.fixture
def data_2024(db):
    """The brochure's records: those loaded once and committed, while no
    transactional test has emptied the database since (a test's own changes
    are rolled back after it); otherwise loaded again. Running the loader over
    records already there changes nothing, so it is only skipped, not needed."""
    if not (_committed_2024["intact"] and connection.in_atomic_block):
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
