"""What SQLite, the embedded default, lacks for Ukrainian text, given to every
new connection:

- the alphabetical collations ``portal_uk`` and ``portal_en``
  (``cooperation.alphabet``; PostgreSQL has them from migration 0005);
- a LIKE that ignores the case of every letter. SQLite's own folds ASCII only,
  so an admin search for «асоціація» missed «Асоціація …», while Django's
  case-insensitive lookups on PostgreSQL (UPPER … LIKE UPPER …) fold Cyrillic.
  On SQLite Django runs ``contains`` and ``startswith`` through LIKE as well:
  they were case-insensitive for ASCII there already, and now are for all.
"""

from __future__ import annotations

import functools
import re

from django.db.backends.signals import connection_created

from .alphabet import COLLATIONS, compare_in


@functools.lru_cache(maxsize=512)
def _like_pattern(pattern: str, escape: str | None) -> re.Pattern:
    """The regular expression of a casefolded LIKE pattern: ``%`` is any text,
    ``_`` one character, and the escape character makes the next one plain."""
    parts = []
    characters = iter(pattern)
    for character in characters:
        if escape is not None and character == escape:
            parts.append(re.escape(next(characters, "")))
        elif character == "%":
            parts.append(".*")
        elif character == "_":
            parts.append(".")
        else:
            parts.append(re.escape(character))
    return re.compile("".join(parts), re.DOTALL)


def like(pattern, text, escape=None) -> bool | None:
    """SQL's ``text LIKE pattern [ESCAPE escape]`` (SQLite's like() takes the
    pattern first), comparing casefolded text."""
    if pattern is None or text is None:
        return None
    regex = _like_pattern(str(pattern).casefold(), escape)
    return regex.fullmatch(str(text).casefold()) is not None


def prepare_connection(sender, connection, **kwargs) -> None:
    if connection.vendor != "sqlite":
        return
    database = connection.connection
    for language, collation in COLLATIONS.items():
        database.create_collation(collation, compare_in(language))
    database.create_function("like", 2, like, deterministic=True)
    database.create_function("like", 3, like, deterministic=True)


def connect_signals() -> None:
    connection_created.connect(prepare_connection, dispatch_uid="sqlite-text")
