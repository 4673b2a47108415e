"""The embedded database (SQLite, the default for a new user) with two
members of staff saving at the same moment, as runserver's threads serve
them. SQLite starts a transaction as a reader and makes it a writer at its
first write: of two such transactions that both read first, the second to
write was refused at once with "database is locked" (a 500 in the admin),
however long the busy timeout. The portal's transactions begin as writers
instead, so the second waits for the first and then saves."""

import threading

import pytest
from django.conf import settings
from django.db import connection, connections, transaction

pytestmark = pytest.mark.skipif(
    connection.vendor != "sqlite", reason="SQLite's own locking; PostgreSQL locks rows"
)

ALIAS = "embedded_concurrency"


@pytest.fixture
def embedded_database(tmp_path, django_db_blocker):
    """A database file of its own, configured as the portal configures the
    embedded one."""
    connections.settings[ALIAS] = {
        **settings.DATABASES["default"],
        "NAME": str(tmp_path / "portal.sqlite3"),
        "TEST": {},
    }
    with django_db_blocker.unblock():
        with connections[ALIAS].cursor() as cursor:
            cursor.execute("CREATE TABLE place (number integer NOT NULL)")
        connections[ALIAS].close()
        yield
    del connections.settings[ALIAS]


def save_the_next_place(first_has_read: threading.Event, results: list, *, wait_for=None):
    """Reads the last place and writes the next, in one transaction, like an
    admin save that checks what it writes against what is stored."""
    try:
        with transaction.atomic(using=ALIAS):
            with connections[ALIAS].cursor() as cursor:
                cursor.execute("SELECT coalesce(max(number), 0) FROM place")
                (last,) = cursor.fetchone()
                first_has_read.set()
                if wait_for is not None:
                    # Gives the other save the time to read as well, if the
                    # database lets it.
                    wait_for.wait(timeout=1)
                cursor.execute("INSERT INTO place (number) VALUES (%s)", [last + 1])
        results.append("saved")
    except Exception as error:  # what the admin would have answered with a 500
        results.append(repr(error))
    finally:
        connections[ALIAS].close()


def test_two_saves_at_the_same_moment_both_land(embedded_database):
    first_has_read, second_has_read = threading.Event(), threading.Event()
    results: list[str] = []
    first = threading.Thread(
        target=save_the_next_place,
        args=(first_has_read, results),
        kwargs={"wait_for": second_has_read},
    )
    first.start()
    assert first_has_read.wait(timeout=10)
    second = threading.Thread(target=save_the_next_place, args=(second_has_read, results))
    second.start()
    first.join(timeout=30)
    second.join(timeout=30)

    assert results == ["saved", "saved"]
    with connections[ALIAS].cursor() as cursor:
        cursor.execute("SELECT number FROM place ORDER BY number")
        # One after the other: the second read what the first wrote.
        assert [number for (number,) in cursor.fetchall()] == [1, 2]
    connections[ALIAS].close()
