"""What each word of a query asks of a record's words (``Term``), the same on
every database: ``cooperation.search`` turns a term into a full-text query
on PostgreSQL and matches it in Python on SQLite.

A query word is cut back to a stem (``search_text.stem``), and a record's
word beginning with the stem matches. Ukrainian also changes a vowel of the
last syllable between a word's forms, so no stem of one form begins the
others; a term carries those forms too, as whole words:

- «і» (or «ї») of a closed last syllable is «о» or «е» («є») once an ending
  opens it: «Київ» finds «Києві», «Києва»; «рік» «року»; «захід» «заходу»;
  «сім» «семи». The other way, «року» finds «рік», «Києва» «Київ».
- the genitive plural and some nominatives put a vowel between the last two
  consonants that the other forms have not: «річок» finds «річки», «вікон»
  «вікна», «вітер» «вітру»; and «річки» finds «річок», «посла» «посол».

The changed stem with a noun's case endings (``NOUN_ENDINGS``), not as a
prefix: «сім» finds «семи» and not every «семінар», «дім» finds «дому»
and not every «домовленість». The form without an ending is only that
word, and never a joining word («вода» does not find every «від»).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .search_text import STOP_WORDS, query_words, stem, whole_words

# The case endings of a noun whose stem ends in a consonant: the forms a
# changed stem takes («рок» + «у», «києв» + «і», «річк» + «ами», «кон» + «я»).
NOUN_ENDINGS = (
    *("а", "у", "і", "и", "е", "о", "ом", "ові", "ів", "ам", "ами", "ах"),
    *("я", "ю", "ем", "еві", "ей", "ею", "ою", "ям", "ями", "ях"),
)
_CONSONANT = "бвгджзйклмнпрстфхцчшщ"
# «і» or «ї» before the last one or two consonants of a word (and «ь»).
_CLOSED_I = re.compile(rf"(?<=\w)([ії])(?=[{_CONSONANT}]{{1,2}}ь?$)")
# «о», «е» or «є» of a stem's last syllable, before its last consonants.
_OPEN_O = re.compile(rf"(?<=\w)([оеє])(?=[{_CONSONANT}]{{1,2}}$)")
# A vowel between the last two consonants of a word (and «ь»): «річок», «вогонь».
_FLEETING = re.compile(rf"(?<=[{_CONSONANT}])[ое](?=[{_CONSONANT}]ь?$)")
# The last two consonants of a stem, where the bare form has a vowel between.
_TWO_LAST = re.compile(rf"(?<=\w)[{_CONSONANT}](?=[{_CONSONANT}]$)")
_CLOSED_TO_OPEN = {"і": ("о", "е"), "ї": ("є",)}
_OPEN_TO_CLOSED = {"о": "і", "е": "і", "є": "ї"}


@dataclass(frozen=True)
class Term:
    """A record matches a query word when one of its words begins with one
    of ``prefixes`` or is one of ``words``. Each of ``needles`` is part of
    every word the term matches, and each such word has one of them in it:
    what narrows the candidates before their words are read."""

    prefixes: tuple[str, ...] = ()
    words: tuple[str, ...] = ()
    needles: tuple[str, ...] = ()

    def matches(self, word: str) -> bool:
        return word in self.words or word.startswith(self.prefixes)

    def word_starts(self) -> list[str]:
        """How the words it matches begin, in a document with a space
        before every word and after the last."""
        return [f" {prefix}" for prefix in self.prefixes] + [f" {word} " for word in self.words]


def term_of(word: str) -> Term:
    """The term of a normalised query word (``search_text.query_words``)."""
    forms = whole_words(word)
    if forms:
        # The first is part of every other (``whole_words``).
        return Term(words=forms, needles=forms[:1])
    prefix = stem(word)
    if word.isascii() or word in STOP_WORDS:
        return Term(prefixes=(prefix,), needles=(prefix,))
    # Each changed stem with the endings it takes; the bare forms as they are.
    with_endings = _opened(word) + _without_fleeting_vowel(word)
    bare = _closed(prefix) + _with_fleeting_vowel(prefix) if prefix != word else []
    words = [changed + ending for changed in with_endings for ending in NOUN_ENDINGS]
    words += [form + soft for form in bare if form not in STOP_WORDS for soft in ("", "ь")]
    # A form the stem begins is found already.
    words = [form for form in dict.fromkeys(words) if not form.startswith(prefix)]
    # Every kept form begins with a changed stem or is a bare form.
    starts = [start for start in with_endings + bare if any(w.startswith(start) for w in words)]
    return Term(prefixes=(prefix,), words=tuple(words), needles=_shortest([prefix, *starts]))


def _opened(word: str) -> list[str]:
    """«рік» → «рок», «рек»; «Київ» → «києв»: the stem of the forms whose
    ending opens the last syllable."""
    found = _CLOSED_I.search(word)
    if not found:
        return []
    start, end = found.span()
    rest = word[end:].removesuffix("ь")
    return [word[:start] + vowel + rest for vowel in _CLOSED_TO_OPEN[found.group()]]


def _closed(prefix: str) -> list[str]:
    """«рок» → «рік», «києв» → «київ»: the form without an ending."""
    found = _OPEN_O.search(prefix)
    if not found:
        return []
    start, end = found.span()
    return [prefix[:start] + _OPEN_TO_CLOSED[found.group()] + prefix[end:]]


def _without_fleeting_vowel(word: str) -> list[str]:
    """«річок» → «річк», «вогонь» → «вогн»."""
    found = _FLEETING.search(word)
    if not found:
        return []
    return [(word[: found.start()] + word[found.end() :]).removesuffix("ь")]


def _with_fleeting_vowel(prefix: str) -> list[str]:
    """«річк» → «річок», «річек»."""
    found = _TWO_LAST.search(prefix)
    if not found:
        return []
    return [prefix[: found.end()] + vowel + prefix[found.end() :] for vowel in "ое"]


def _shortest(needles: list[str]) -> tuple[str, ...]:
    """``needles`` without those that have another of them in them."""
    return tuple(n for n in needles if not any(o != n and o in n for o in needles))


def query_terms(query: str) -> list[Term]:
    """The terms of query_words, without repeats."""
    return list(dict.fromkeys(term_of(word) for word in query_words(query)))
