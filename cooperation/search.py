"""Site search across every record type, in both languages.

A query is normalised the same way as the text it is matched against:
casefolded, apostrophe variants (' ’ ʼ ` ‘) removed so «Прем’єр» finds
«Прем'єр», and each word cut back to a stem so «полтавщини» finds «Полтавщина»
(PostgreSQL ships no Ukrainian stemmer). A record matches when every stem is
the beginning of one of its words.

PostgreSQL does this with full-text search (``simple`` configuration, prefix
queries) and adds pg_trgm word similarity for typos. SQLite cannot casefold
Cyrillic, so there the candidates' texts are read and matched in Python: fine
for the few thousand records the office keeps, and kept honest by the tests.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from django.db import connection
from django.db.models import F, FloatField, Func, Q, QuerySet, TextField, Value
from django.db.models.functions import Cast, Coalesce, Concat, Greatest
from django.utils.translation import gettext_lazy as _

from cooperation.models import Country, PriorityArea
from events.models import Event
from partners.models import Memorandum, Organisation
from projects.models import Application, Project

APOSTROPHES = "'’ʼ`‘ʹ′"
_APOSTROPHE_TABLE = str.maketrans("", "", APOSTROPHES)
_WORD = re.compile(r"[^\W_]+")
# Endings cut from a word before prefix matching; vowels, soft sign, й and a
# final s/es in English. Never cut a word below four letters.
_ENDING = re.compile(r"(?:[аеєиіїоуюяьй]{1,2}|(?<=[a-z]{4})e?s)$")
MIN_STEM = 4
MAX_TERMS = 8
MAX_QUERY_LENGTH = 100
# How similar (pg_trgm word similarity, 0–1) a misspelt word must be to count.
TRIGRAM_THRESHOLD = 0.55


# Latin letters that do not decompose into a base letter and a mark.
_LATIN_FOLD = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "œ": "oe", "æ": "ae"}
)


def _fold_latin(char: str) -> str:
    """Ó → o, ń → n; Cyrillic letters (й, ї) are kept as they are."""
    if char.isascii():
        return char
    base = unicodedata.normalize("NFKD", char)[0]
    return base if base.isascii() and base.isalpha() else char


def normalise(text: str) -> str:
    """Casefold, drop apostrophes and Latin accents: the same for the text
    and the query."""
    text = text.casefold().translate(_APOSTROPHE_TABLE).translate(_LATIN_FOLD)
    return "".join(_fold_latin(char) for char in text)


def stem(word: str) -> str:
    cut = _ENDING.sub("", word)
    return cut if len(cut) >= MIN_STEM else word


def query_terms(query: str) -> list[str]:
    """The stems of the query's words, without repeats, at most MAX_TERMS."""
    terms: list[str] = []
    for word in _WORD.findall(normalise(query)):
        term = stem(word)
        if term not in terms:
            terms.append(term)
    return terms[:MAX_TERMS]


@dataclass(frozen=True)
class SearchType:
    key: str
    label: str
    model: type
    fields: tuple[str, ...]  # translated fields, searched in both languages
    plain_fields: tuple[str, ...] = ()  # untranslated fields
    select_related: tuple[str, ...] = ()
    publishable: bool = True

    def columns(self) -> list[str]:
        return [f"{name}_{lang}" for name in self.fields for lang in ("uk", "en")] + list(
            self.plain_fields
        )

    def base_queryset(self, user) -> QuerySet:
        manager = self.model.objects
        qs = manager.visible_to(user) if self.publishable else manager.all()
        return qs.select_related(*self.select_related)


SEARCH_TYPES: tuple[SearchType, ...] = (
    SearchType(
        "projects",
        _("Projects"),
        Project,
        ("title", "summary", "description"),
        select_related=("priority_area",),
    ),
    SearchType(
        "events",
        _("Events"),
        Event,
        ("title", "city", "summary", "description", "presented"),
        ("country__name_uk", "country__name_en"),
        select_related=("country", "priority_area"),
    ),
    SearchType("memoranda", _("Memoranda"), Memorandum, ("title", "summary")),
    SearchType(
        "applications",
        _("Applications"),
        Application,
        ("title", "summary"),
        select_related=("programme", "priority_area"),
    ),
    SearchType(
        "partners",
        _("Partners"),
        Organisation,
        ("name", "short_name", "description"),
        ("country__name_uk", "country__name_en"),
        select_related=("country",),
    ),
    SearchType(
        "areas", _("Priority areas"), PriorityArea, ("name", "description"), publishable=False
    ),
    SearchType("countries", _("Countries"), Country, ("name",), ("iso_code",), publishable=False),
)
SEARCH_TYPE_KEYS = {search_type.key: search_type for search_type in SEARCH_TYPES}


@dataclass
class SearchGroup:
    type: SearchType
    total: int
    results: list = field(default_factory=list)

    @property
    def key(self) -> str:
        return self.type.key

    @property
    def label(self) -> str:
        return str(self.type.label)

    @property
    def has_more(self) -> bool:
        return self.total > len(self.results)


def search(query: str, *, user, types=None, limit: int = 5) -> list[SearchGroup]:
    """Groups of results, one per record type that has any, best first within
    a group. ``types`` restricts the search to some record types."""
    terms = query_terms(query)
    if not terms:
        return []
    selected = [t for t in SEARCH_TYPES if types is None or t.key in types]
    run = _search_postgresql if connection.vendor == "postgresql" else _search_python
    groups = [run(search_type, terms, user=user, limit=limit) for search_type in selected]
    return [group for group in groups if group.total]


# PostgreSQL -----------------------------------------------------------------


class _StripApostrophes(Func):
    """translate(lower(unaccent(text)), apostrophes, ''): casefolds, drops
    Latin accents and every apostrophe variant, like ``normalise``."""

    function = "translate"
    output_field = None

    def __init__(self, expression, **extra):
        super().__init__(Func(expression, function="lower"), Value(APOSTROPHES), Value(""), **extra)


def _document(search_type: SearchType):
    parts = []
    for column in search_type.columns():
        text = Cast(F(column), output_field=TextField())
        parts += [Coalesce(text, Value(""), output_field=TextField()), Value(" ")]
    return _StripApostrophes(Concat(*parts, output_field=TextField()))


def _search_postgresql(search_type: SearchType, terms: list[str], *, user, limit: int):
    from django.contrib.postgres.search import (
        SearchQuery,
        SearchRank,
        SearchVector,
        TrigramWordSimilarity,
    )

    document = _document(search_type)
    vector = SearchVector(document, config="simple")
    # Terms hold letters and digits only, so they are safe in a raw tsquery.
    tsquery = SearchQuery(
        " & ".join(f"{term}:*" for term in terms), config="simple", search_type="raw"
    )
    similarity = TrigramWordSimilarity(Value(" ".join(terms)), document)
    matches = (
        search_type.base_queryset(user)
        .annotate(search_document=vector, search_similarity=similarity)
        .annotate(
            search_rank=Greatest(
                SearchRank(vector, tsquery), F("search_similarity"), output_field=FloatField()
            )
        )
        .filter(Q(search_document=tsquery) | Q(search_similarity__gte=TRIGRAM_THRESHOLD))
        .order_by("-search_rank", "pk")
    )
    total = matches.count()
    results = list(matches[:limit]) if total else []
    return SearchGroup(search_type, total, results)


# SQLite and other databases ----------------------------------------------------


def _matches(text: str, terms: list[str]) -> int:
    """0 when a term is missing, else how many words start with a term."""
    words = _WORD.findall(normalise(text))
    hits = 0
    for term in terms:
        found = sum(1 for word in words if word.startswith(term))
        if not found:
            return 0
        hits += found
    return hits


def _search_python(search_type: SearchType, terms: list[str], *, user, limit: int):
    columns = search_type.columns()
    rows = search_type.base_queryset(user).select_related(None).values_list("pk", *columns)
    title_columns = len(columns) if len(search_type.fields) == 1 else 2
    scored = []
    for pk, *texts in rows.iterator():
        text = " ".join(t for t in texts if t)
        hits = _matches(text, terms)
        if hits:
            title_hits = _matches(" ".join(t for t in texts[:title_columns] if t), terms)
            scored.append((-(title_hits * 10 + hits), pk))
    scored.sort()
    wanted = [pk for _score, pk in scored[:limit]]
    by_pk = search_type.base_queryset(user).in_bulk(wanted) if wanted else {}
    return SearchGroup(search_type, len(scored), [by_pk[pk] for pk in wanted if pk in by_pk])
