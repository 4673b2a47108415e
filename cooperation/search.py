"""Site search across every record type, in both languages.

A query is normalised the same way as the records' text (``search_text``):
casefolded, apostrophes and Latin accents dropped, each word cut back to a
stem. A record matches when every stem begins one of its words, and every
number or two-letter abbreviation in the query is one of its words
(``search_text.whole_words``); or, for a Ukrainian word, when one of its
words is a form of the query's with the other vowel of the last syllable
(«Київ», «Києві»; «річок», «річки»). What each query word asks is a
``search_terms.Term``, the one place both databases read it from.

The public records (projects, events, memoranda, applications, partners) keep
that normalised text in ``search_document`` (``SearchableModel``), so a search
reads one column. PostgreSQL matches it with full-text search (``simple``
configuration, prefix queries) through a GIN index (``cooperation.migrations_support``).
SQLite narrows the candidates with LIKE on the same column and ranks them in
Python, the same way (``_rank``). Priority areas and countries are a handful
of rows and are matched in Python on both.

When nothing at all matches, perhaps a typo, both try again with the records
whose words are like the query's, and the page says so: PostgreSQL with
pg_trgm's word similarity through a second GIN index, SQLite with the same
measure worked out in Python against the words of the documents, kept until
the next change (``cooperation.search_close``).

Among records that match equally well, the newest come first: events by
their start, memoranda by their signing, projects by their start (then
end), applications by their year, submission and number, the later entered
when those are the same; a date not known comes last. Partners, which have
no date a visitor knows, come A to Я in the page's language
(``search_ties``); priority areas and countries in their own order.
"""

from __future__ import annotations

import functools
import operator
from dataclasses import dataclass, field

from django.db import connection
from django.db.models import (
    Case,
    Count,
    F,
    Func,
    IntegerField,
    Q,
    QuerySet,
    TextField,
    Value,
    When,
    Window,
)
from django.db.models.functions import Coalesce, Concat, Greatest, StrIndex
from django.db.models.lookups import GreaterThan
from django.utils.translation import gettext_lazy as _

from cooperation.models import Country, PriorityArea
from cooperation.search_close import close_matches
from cooperation.search_terms import Term, query_terms
from cooperation.search_text import (
    MAX_QUERY_LENGTH,
    SEARCH_LANGUAGES,
    TITLE_END,
    WORD,
    normalise,
    query_words,
    whole_words,
)
from cooperation.search_ties import Ties, alphabetically, newest
from cooperation.searchable import SearchableModel
from events.models import Event
from partners.models import Memorandum, Organisation
from projects.models import Application, Project

__all__ = ["MAX_QUERY_LENGTH", "SEARCH_TYPES", "search"]


@dataclass(frozen=True)
class SearchType:
    key: str
    label: str
    model: type
    # What a result's item shows besides its own columns, for a model whose
    # queryset has no for_listing() (the lists' own: projects, events,
    # applications), read in the same query.
    select_related: tuple[str, ...] = ()
    # Only for models without a stored search document (areas, countries):
    fields: tuple[str, ...] = ()  # translated fields, searched in both languages
    plain_fields: tuple[str, ...] = ()  # untranslated fields
    # The order of records that match equally well (search_ties).
    ties: Ties = Ties()

    @property
    def stored(self) -> bool:
        return issubclass(self.model, SearchableModel)

    def columns(self) -> list[str]:
        return [f"{name}_{code}" for name in self.fields for code in SEARCH_LANGUAGES] + list(
            self.plain_fields
        )

    def title_columns(self) -> list[str]:
        """The title in both languages: a match there ranks first."""
        title = self.model.search_fields[0] if self.stored else self.fields[0]
        return [f"{title}_{code}" for code in SEARCH_LANGUAGES]

    def base_queryset(self, user) -> QuerySet:
        manager = self.model.objects
        qs = manager.visible_to(user) if self.stored else manager.all()
        # Results are shown with the lists' items (includes/_event_item.html…).
        for_listing = getattr(qs, "for_listing", None)
        if for_listing is not None:
            return for_listing()
        # Not select_related() with no names: that follows every foreign key.
        return qs.select_related(*self.select_related) if self.select_related else qs


SEARCH_TYPES: tuple[SearchType, ...] = (
    SearchType(
        "projects",
        _("Projects"),
        Project,
        ties=newest("start_date", "end_date", "id"),
    ),
    SearchType(
        "events",
        _("Events"),
        Event,
        ties=newest("start_date", "end_date", "id"),
    ),
    # Of a year's memoranda, those signed on a day known first.
    SearchType(
        "memoranda", _("Memoranda"), Memorandum, ties=newest("signed_year", "signed_on", "id")
    ),
    # Within a year, the later submitted, then the higher number: the office
    # numbers a year's applications as it makes them.
    SearchType(
        "applications",
        _("Applications"),
        Application,
        ties=newest("year", "submitted_on", "number"),
    ),
    SearchType(
        "partners",
        _("Partners"),
        Organisation,
        select_related=("country",),
        ties=alphabetically("name", "slug"),
    ),
    SearchType("areas", _("Priority areas"), PriorityArea, fields=("name", "description")),
    SearchType("countries", _("Countries"), Country, fields=("name",), plain_fields=("iso_code",)),
)


@dataclass
class SearchGroup:
    type: SearchType
    total: int
    results: list = field(default_factory=list)
    # Found by words like the query's, not by the query's own (typos).
    similar: bool = False

    @property
    def key(self) -> str:
        return self.type.key

    @property
    def label(self) -> str:
        return str(self.type.label)

    @property
    def has_more(self) -> bool:
        return self.total > len(self.results)


def search(query: str, *, user, types=None, limit: int = 5, request=None) -> list[SearchGroup]:
    """Groups of results, one per record type that has any, best first within
    a group. ``types`` restricts the search to some record types. The page's
    ``request`` carries the site revision the page cache read, for what is
    kept until the next change (cache.until_next_change)."""
    terms = query_terms(query)
    if not terms:
        return []
    selected = [t for t in SEARCH_TYPES if types is None or t.key in types]
    postgresql = connection.vendor == "postgresql"
    groups = []
    for search_type in selected:
        if not search_type.stored:
            run = _search_in_python
        elif postgresql:
            run = _search_documents_postgresql
        else:
            run = _search_documents_elsewhere
        groups.append(run(search_type, terms, user=user, limit=limit))
    # A number or an abbreviation has no typo to forgive: «09» must not bring
    # up «2009» or «90». The words as typed, not their stems: a whole word
    # has more of its letters to be like («учителів» and «вчителів»).
    words = [word for word in query_words(query) if not whole_words(word)]
    if words and not any(group.total for group in groups):
        # Nothing begins with the words as typed: perhaps a typo. Trigram
        # similarity only now, since on every search it would bury the exact
        # matches under look-alikes («полтавщин» is close to «полтавськ»)
        # and cost far more.
        groups = [
            _close_matches_postgresql(search_type, words, user=user, limit=limit)
            if postgresql
            else _close_matches_elsewhere(
                search_type, words, user=user, limit=limit, request=request
            )
            for search_type in selected
            if search_type.stored
        ]
    return [group for group in groups if group.total]


# Ranking, the same on every database: records with every term in the title
# first (the document's title comes before TITLE_END), then those whose
# terms all appear soonest, then by the type's ties (SearchType.ties: the
# newest first). A term's place is where the first word it matches begins, in
# the document with a space on either side: « 8 » for a whole word,
# « люксембург» for a prefix.
NOT_FOUND = 1_000_000


def _rank(document: str, terms: list[Term]) -> tuple[int, int]:
    padded = f" {document} "
    places = [
        min(
            (padded.find(start) + 1 for start in term.word_starts() if start in padded),
            default=NOT_FOUND,
        )
        for term in terms
    ]
    last = max(places)
    return (0 if last < padded.find(TITLE_END) + 1 else 1, last)


def _ranked_in_database(search_type: SearchType, queryset: QuerySet, terms: list[Term]) -> QuerySet:
    """``queryset`` in the order of _rank, worked out by the database."""
    padded = Concat(Value(" "), F("search_document"), Value(" "), output_field=TextField())
    places = [Coalesce(FirstPlace(padded, term.word_starts()), NOT_FOUND) for term in terms]
    queryset = queryset.alias(
        search_last=Greatest(*places) if len(places) > 1 else places[0],
        search_title_end=StrIndex(padded, Value(TITLE_END)),
    )
    in_title = Case(
        When(search_last__lt=F("search_title_end"), then=0),
        default=1,
        output_field=IntegerField(),
    )
    return queryset.order_by(in_title, "search_last", *search_type.ties.ordering())


class FirstPlace(Func):
    """Where the first of ``starts`` is in ``text``, NULL if none is there
    (PostgreSQL's STRPOS: only PostgreSQL ranks in the database). One
    expression for all of a term's forms («рік», «року», «роки»…): Django
    took longer to compile the query with an expression for each form than
    PostgreSQL took to run it."""

    output_field = IntegerField()

    def __init__(self, text, starts: list[str]):
        super().__init__(text)
        self.starts = starts

    def as_sql(self, compiler, connection, **extra_context):
        text, text_params = compiler.compile(self.source_expressions[0])
        places = ", ".join(f"NULLIF(STRPOS({text}, %s), 0)" for _start in self.starts)
        params = [param for start in self.starts for param in (*text_params, start)]
        return f"LEAST({places})", params


def _score(words: list[str], terms: list[Term]) -> int:
    """0 when a term matches none of the words, else how many words the terms match."""
    hits = 0
    for term in terms:
        found = sum(1 for word in words if term.matches(word))
        if not found:
            return 0
        hits += found
    return hits


def _ranked(search_type: SearchType, ranked: list[tuple], *, user, limit: int):
    """The group for (rank..., tie key, pk) tuples, lowest first: the best
    ``limit`` records, loaded."""
    ranked.sort()
    best = _loaded(search_type, [row[-1] for row in ranked[:limit]], user=user)
    return SearchGroup(search_type, len(ranked), best)


def _loaded(search_type: SearchType, pks: list, *, user) -> list:
    """The records of ``pks``, in that order, as the results show them. A
    row deleted since its key was read is left out."""
    by_pk = search_type.base_queryset(user).in_bulk(pks) if pks else {}
    return [by_pk[pk] for pk in pks if pk in by_pk]


def _title_score(texts, terms: list[Term]) -> int:
    return _score(WORD.findall(normalise(" ".join(t for t in texts if t))), terms)


# PostgreSQL: the stored documents through their GIN indexes ------------------


class DocumentVector(Func):
    """to_tsvector('simple', search_document), spelt exactly as the full-text
    index on the column (migrations_support.add_search_document) so that the index
    serves the query."""

    function = "to_tsvector"
    template = "%(function)s('simple'::regconfig, %(expressions)s)"

    def __init__(self, expression, **extra):
        from django.contrib.postgres.search import SearchVectorField

        super().__init__(expression, output_field=SearchVectorField(), **extra)


def _tsquery_term(term: Term) -> str:
    return f"({' | '.join([f'{prefix}:*' for prefix in term.prefixes] + list(term.words))})"


def _search_documents_postgresql(search_type: SearchType, terms: list[Term], *, user, limit: int):
    """The group of the records matching every one of ``terms``."""
    from django.contrib.postgres.search import SearchQuery

    # Every term begins a word, or is one (Term). Terms hold letters and
    # digits only, so they are safe in a raw tsquery.
    tsquery = SearchQuery(
        " & ".join(_tsquery_term(term) for term in terms), config="simple", search_type="raw"
    )
    matches = (
        search_type.base_queryset(user)
        .alias(search_vector=DocumentVector(F("search_document")))
        .filter(search_vector=tsquery)
    )
    # Ranked by where the terms are (ts_rank would parse every matching
    # document again: 25 ms for the 563 events that mention «польськ»).
    return _best_of(search_type, _ranked_in_database(search_type, matches, terms), limit=limit)


def _close_matches_postgresql(search_type: SearchType, words: list[str], *, user, limit: int):
    """Records with words like ``words``, the words as typed, for a typo:
    word similarity above pg_trgm's threshold (0.6), through the trigram index."""
    from django.contrib.postgres.lookups import TrigramWordSimilar
    from django.contrib.postgres.search import TrigramWordSimilarity

    typed = Value(" ".join(words))
    matches = (
        search_type.base_queryset(user)
        .filter(TrigramWordSimilar(F("search_document"), typed))
        .order_by(
            TrigramWordSimilarity(typed, "search_document").desc(), *search_type.ties.ordering()
        )
    )
    return _best_of(search_type, matches, limit=limit, similar=True)


def _best_of(search_type: SearchType, matches: QuerySet, *, limit: int, similar: bool = False):
    # The number of matches rides along with the best rows: one query, not two.
    best = list(matches.annotate(search_matches=Window(Count("pk")))[:limit])
    return SearchGroup(search_type, best[0].search_matches if best else 0, best, similar=similar)


# SQLite and other databases: INSTR narrows, Python scores --------------------


def _search_documents_elsewhere(search_type: SearchType, terms: list[Term], *, user, limit: int):
    # Every term must occur somewhere in the document to be a candidate: one
    # of its needles.
    candidates = (
        search_type.base_queryset(user)
        .select_related(None)
        .filter(*[_has_a_needle(term) for term in terms])
        .values_list("pk", "search_document", *search_type.ties.columns())
    )
    ranked = [
        (*_rank(document, terms), search_type.ties.key(ties), pk)
        for pk, document, *ties in candidates.iterator()
        if _score(WORD.findall(document), terms)
    ]
    return _ranked(search_type, ranked, user=user, limit=limit)


def _has_a_needle(term: Term) -> Q:
    """The document has one of the term's needles in it. INSTR, not LIKE: the
    document and the needles are normalised alike, so the case needs no
    folding, and SQLite's LIKE is cooperation.sqlite's Python function, run
    once a row for each needle (``польськ`` over 10,000 events: 99 → 65 ms)."""
    needles = [
        Q(GreaterThan(StrIndex("search_document", Value(needle)), 0)) for needle in term.needles
    ]
    return functools.reduce(operator.or_, needles)


def _close_matches_elsewhere(search_type: SearchType, words: list[str], *, user, limit, request):
    """Records with words like ``words``, for a typo: pg_trgm's measure
    worked out word by word (``search_close``)."""
    matches = close_matches(search_type, words, user=user, request=request)
    if matches is None:  # some word is like none of this type's words
        return SearchGroup(search_type, 0, similar=True)
    # The best rows' keys, then those rows: SQLite sorts the whole rows it
    # selects, and sorting 2,500 events with their texts took 35 ms more.
    best = list(
        matches.select_related(None)
        .annotate(search_matches=Window(Count("pk")))
        .values_list("pk", "search_matches")[:limit]
    )
    results = _loaded(search_type, [pk for pk, _total in best], user=user)
    return SearchGroup(search_type, best[0][1] if best else 0, results, similar=True)


# Priority areas and countries: a few rows, matched in Python everywhere ------


def _search_in_python(search_type: SearchType, terms: list[Term], *, user, limit: int):
    # columns() starts with the title columns.
    titles = len(search_type.title_columns())
    columns = search_type.columns()
    rows = search_type.base_queryset(user).select_related(None).values_list("pk", *columns)
    scored = []
    # A few rows, read at once: iterator() would open a server-side cursor on
    # PostgreSQL, three round trips instead of one. Equally good matches keep
    # the model's own order (the areas' as staff set it, the countries' by code).
    for place, (pk, *texts) in enumerate(rows):
        hits = _score(WORD.findall(normalise(" ".join(t for t in texts if t))), terms)
        if hits:
            scored.append((-(_title_score(texts[:titles], terms) * 10 + hits), place, pk))
    return _ranked(search_type, scored, user=user, limit=limit)
