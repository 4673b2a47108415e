"""Close matches where the database has no pg_trgm (SQLite): the records
whose words are like a query's that found nothing as typed, a typo perhaps.

PostgreSQL answers such a query with pg_trgm's word similarity: a record
matches when some stretch of its document shares enough of the query's
trigrams (``word_similarity`` at least 0.6), and the most similar come first
(``cooperation.search``). Here the same measure is worked out in Python, as
pg_trgm works it out (``word_similarity``), but word by word: each query
word is compared with the words of the documents of a record type (its
``Vocabulary``, kept until the next change), and a record matches when, for
every query word, its document has one of the words close to it. The most
similar come first: the mean of the similarity of each query word's closest
word in the record; then the type's ties, as on PostgreSQL.

Where the two differ, knowingly: PostgreSQL compares the query as a whole
with a stretch of the document, across words, so it also finds "smartcity"
in «smart city», ranks several words lower the further apart they are, and
may let a short word of a longer query go unmatched; and it pools the words'
trigrams where this takes the mean of the words' similarities. For a query
of one word, the usual typo, both find the same records in the same order,
unless the word is only like two of the document's words run together.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from django.db.models import Case, F, FloatField, QuerySet, TextField, Value, When
from django.db.models.functions import Concat, StrIndex
from django.db.models.lookups import GreaterThan

from cooperation.cache import until_next_change
from cooperation.records import previews_drafts
from cooperation.search_text import TITLE_END

# pg_trgm.word_similarity_threshold, PostgreSQL's default.
THRESHOLD = 0.6


def trigrams(word: str) -> list[str]:
    """The trigrams of one word in order, repeats kept, as pg_trgm makes
    them: the word with two spaces before it and one after."""
    padded = f"  {word} "
    return [padded[i : i + 3] for i in range(len(padded) - 2)]


def word_similarity(query: str, word: str) -> float:
    """pg_trgm's word_similarity(query, word) for one word of each: the
    greatest similarity (shared trigrams over trigrams of either) between the
    query's trigrams and a stretch of the word's, found as pg_trgm finds it
    (iterate_word_similarity in its trgm_op.c, a greedy search rather than
    every stretch): «польської» is like «польська» (0.7), its first seven
    trigrams being all of «польськ…» that «польської» has."""
    wanted = set(trigrams(query))
    ordered = trigrams(word)
    found = [trigram in wanted for trigram in ordered]
    # Where each trigram of the stretch last occurs; the stretch's distinct
    # trigrams (in_stretch) and those of them in the query (shared).
    last_place: dict[str, int] = {}
    in_stretch = shared = 0
    lower = -1
    best = 0.0

    def similarity(shared: int, in_stretch: int) -> float:
        return shared / (len(wanted) + in_stretch - shared)

    for place, trigram in enumerate(ordered):
        if lower >= 0 or found[place]:
            if last_place.get(trigram, -1) < 0:
                in_stretch += 1
                shared += found[place]
            last_place[trigram] = place
        if not found[place]:
            continue
        # The stretch ends here; move its start on while that is better.
        upper = place
        if lower == -1:
            lower, in_stretch = place, 1
        current = similarity(shared, in_stretch)
        trial_shared, trial_in_stretch, previous_lower = shared, in_stretch, lower
        for start in range(lower, upper + 1):
            trial = similarity(trial_shared, trial_in_stretch)
            if trial > current:
                current, in_stretch, lower, shared = trial, trial_in_stretch, start, trial_shared
            if last_place.get(ordered[start]) == start:
                trial_in_stretch -= 1
                trial_shared -= found[start]
        best = max(best, current)
        for start in range(previous_lower, lower):
            if last_place.get(ordered[start]) == start:
                last_place[ordered[start]] = -1
    return best


@dataclass(frozen=True)
class Vocabulary:
    """The distinct words of some documents, with the words having each
    trigram, so that a query word is compared only with words sharing enough
    of its trigrams."""

    words: tuple[str, ...]
    having: dict[str, tuple[int, ...]]

    @classmethod
    def of(cls, documents) -> Vocabulary:
        words = sorted({word for document in documents for word in document.split()} - {TITLE_END})
        having: dict[str, list[int]] = {}
        for index, word in enumerate(words):
            for trigram in set(trigrams(word)):
                having.setdefault(trigram, []).append(index)
        return cls(tuple(words), {trigram: tuple(indexes) for trigram, indexes in having.items()})

    def close_to(self, query: str) -> dict[str, float]:
        """The words at least THRESHOLD like ``query``, with their similarity."""
        wanted = set(trigrams(query))
        shared = Counter(index for trigram in wanted for index in self.having.get(trigram, ()))
        # A word sharing n of the query's trigrams is at most n / len(wanted) like it.
        enough = THRESHOLD * len(wanted)
        close = {}
        for index, count in shared.items():
            if count >= enough:
                word = self.words[index]
                similarity = word_similarity(query, word)
                if similarity >= THRESHOLD:
                    close[word] = similarity
        return close


def vocabulary(search_type, user, request=None) -> Vocabulary:
    """The words of the documents of ``search_type`` that ``user`` may see,
    kept until the next change: published records' words for the public,
    drafts' too for staff, kept apart."""
    drafts = previews_drafts(user)

    def read() -> Vocabulary:
        documents = search_type.base_queryset(user).select_related(None).order_by()
        return Vocabulary.of(documents.values_list("search_document", flat=True).iterator())

    name = f"search-vocabulary:{search_type.key}:{'drafts' if drafts else 'published'}"
    return until_next_change(name, read, request=request)


def close_matches(search_type, words: list[str], *, user, request=None) -> QuerySet | None:
    """The records of ``search_type`` that ``user`` may see having, for each of
    ``words``, a word like it, the most similar first, then the type's ties;
    None when some word has nothing like it in any of them."""
    known = vocabulary(search_type, user, request)
    padded = Concat(Value(" "), F("search_document"), Value(" "), output_field=TextField())
    similarities = {}
    for place, word in enumerate(words):
        close = known.close_to(word)
        if not close:
            return None
        # The similarity of the closest word the document has, a whole word
        # (spaces around it); none if it has none.
        best_first = sorted(close.items(), key=lambda item: (-item[1], item[0]))
        similarities[f"search_close_{place}"] = Case(
            *[
                When(GreaterThan(StrIndex(padded, Value(f" {close_word} ")), 0), then=Value(value))
                for close_word, value in best_first
            ],
            output_field=FloatField(),
        )
    matches = search_type.base_queryset(user).alias(**similarities)
    matches = matches.filter(**{f"{name}__isnull": False for name in similarities})
    # The sum ranks as the mean: every record has a similarity for each word.
    total = sum((F(name) for name in similarities), Value(0.0))
    return matches.alias(search_similarity=total).order_by(
        F("search_similarity").desc(), *search_type.ties.ordering()
    )
