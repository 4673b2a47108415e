"""Text as search sees it: the same normalisation for a record's text and a
visitor's query, in pure Python so that the stored search documents
(``SearchableModel.search_document``) and the queries agree on every database.

Casefolded, apostrophe variants (' ’ ʼ ` ‘) removed so «Прем’єр» finds
«Прем'єр», Latin accents dropped (Łódź → lodz), and each query word cut back
to a stem so «полтавщини» finds «Полтавщина» (PostgreSQL ships no Ukrainian
stemmer), joining words («з», "of") dropped. A record matches when every stem
begins one of its words; a number or an abbreviation of two letters is a whole
word, not a stem (``whole_words``).
A document that names the European Union also carries its abbreviations.
"""

import re
import unicodedata

APOSTROPHES = "'’ʼ`‘ʹ′"
_APOSTROPHE_TABLE = str.maketrans("", "", APOSTROPHES)
WORD = re.compile(r"[^\W_]+")
_NUMBER = re.compile(r"[0-9]+")
# Endings cut from a query word before prefix matching (PostgreSQL ships no
# Ukrainian stemmer). Ukrainian: the case endings of nouns and adjectives,
# consonants included («Люксембургом», «польського», «меморандумів»,
# «громадами», «переміщених»), leaving at least three letters («мова» and
# «мови» both find «мов…», «рада» finds «ради»). English: a plural (s, es,
# ies) and then a final vowel (memoranda → memorand, Italy → ital), leaving at
# least four letters, so that «ALDA» or "Expo" stay whole. Cutting only ever
# shortens the prefix: a word always finds itself.
_UKRAINIAN_ENDING = re.compile(
    r"(?:[аяиіь]ми|[оеє]го|[оеє]му|[оеє]ві|[аяиіоеє]м|[аяиі]х|[іїо]в|ей|[аеєиіїоуюяьй]{1,2})$"
)
_UKRAINIAN_VOWELS = re.compile(r"[аеєиіїоуюяьй]{1,2}$")
_ENGLISH_PLURAL = re.compile(r"(?:(?<=[a-z]{3})ies|(?<=[a-z]{4})e?s)$")
_ENGLISH_VOWEL = re.compile(r"(?<=[a-z]{4})[aeiouy]$")
MIN_UKRAINIAN_STEM = 3
# A shorter query word is matched whole (``whole_words``).
MIN_PREFIX = 3
# Words that join others: dropped from a query that has other words, since a
# record need not use the same ones («меморандум із Каталонією», "events in
# Luxembourg"). A query of nothing else keeps them.
STOP_WORDS = frozenset(
    "а але або би в від до з за зі зо і із й на над о об по при про під та у "
    "чи що щодо як між для через "
    "a an and are as at by for from in into is of on or the to with".split()
)
MAX_TERMS = 8
MAX_QUERY_LENGTH = 100


# Latin letters that do not decompose into a base letter and a mark.
_LATIN_FOLD = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "œ": "oe", "æ": "ae"}
)


# «№ 08», «№8»: the numero sign is no letter, though NFKD spells it «No».
_NUMERO = str.maketrans({"№": " "})


def _fold_latin(char: str) -> str:
    """Ó → o, ń → n; Cyrillic letters (й, ї) are kept as they are."""
    if char.isascii():
        return char
    base = unicodedata.normalize("NFKD", char)[0]
    return base if base.isascii() and base.isalpha() else char


def normalise(text: str) -> str:
    """Casefold, drop apostrophes, the numero sign and Latin accents: the
    same for the text and the query."""
    text = text.casefold().translate(_APOSTROPHE_TABLE).translate(_LATIN_FOLD).translate(_NUMERO)
    return "".join(_fold_latin(char) for char in text)


def stem(word: str) -> str:
    """The start of ``word`` that its other forms share, as far as a few
    endings tell (see _UKRAINIAN_ENDING)."""
    if word.isascii():
        return _ENGLISH_VOWEL.sub("", _ENGLISH_PLURAL.sub("", word))
    for ending in (_UKRAINIAN_ENDING, _UKRAINIAN_VOWELS):  # «києві»: not «ки», «києв»
        cut = ending.sub("", word)
        if len(cut) >= MIN_UKRAINIAN_STEM:
            return cut
    return word


def is_number(word: str) -> bool:
    return bool(_NUMBER.fullmatch(word))


def whole_words(term: str) -> tuple[str, ...]:
    """The words a query term must be, when it is matched whole rather than
    as the start of a word; empty for the other terms. The first is part of
    every other, so it can stand for them in a substring search.

    A number: «8» and «08» find the application the brochure numbers «08»
    (its document holds «8») and a text naming the number itself («8-й
    саміт»); as a prefix, «8» would bring up every «80», «800 000» and «8th»
    of every record, and «2» every date and figure, burying the one
    application asked for. Leading zeros never count.

    A word of one or two letters: an abbreviation such as «ЄС», «EU» or «UN»
    (no stem is that short); as a prefix, «EU» would find every «European»,
    «Europe» and «euro» besides the European Union.
    """
    if is_number(term):
        plain = term.lstrip("0") or "0"
        return tuple(dict.fromkeys((plain, plain.zfill(2))))
    return (term,) if len(term) < MIN_PREFIX else ()


def query_terms(query: str) -> list[str]:
    """The stems of the query's words, without repeats or STOP_WORDS (unless
    the query has nothing else), at most MAX_TERMS."""
    words = WORD.findall(normalise(query))
    words = [word for word in words if word not in STOP_WORDS] or words
    terms: list[str] = []
    for word in words:
        term = stem(word)
        if term not in terms:
            terms.append(term)
    return terms[:MAX_TERMS]


SEARCH_LANGUAGES = ("uk", "en")


# Abbreviations of names that records spell out: a document naming one,
# in any case form of either language, also carries them, so that «ЄС»
# (the brochure's own «країни ЄС») or «EU» finds «Європейського Союзу» and
# "European Union". Only a name the text contains adds anything.
_ABBREVIATIONS = (
    (re.compile(r"\bєвропейськ\w* союз(?:у|і|ом|ові)?\b|\beuropean union\b"), "єс eu"),
)


def document_of(record, fields: tuple[str, ...], related: tuple[str, ...] = ()) -> str:
    """The normalised search text of ``record``: its translated ``fields`` in
    both languages and the text at each dotted ``related`` path
    ("country.name_uk", "number"). Works on historical models in migrations too."""
    texts = [getattr(record, f"{name}_{code}") for name in fields for code in SEARCH_LANGUAGES]
    for path in related:
        value = record
        for attribute in path.split("."):
            value = getattr(value, attribute, None) if value is not None else None
        texts.append(value)
    document = normalise(" ".join(str(text) for text in texts if text))
    named = [short for name, short in _ABBREVIATIONS if name.search(document)]
    return " ".join([document, *named])
