"""Text as search sees it: the same normalisation for a record's text and a
visitor's query, in pure Python so that the stored search documents
(``SearchableModel.search_document``) and the queries agree on every database.

Casefolded, apostrophe variants (' ’ ʼ ` ‘) removed so «Прем’єр» finds
«Прем'єр», Latin accents dropped (Łódź → lodz), and each query word cut back
to a stem so «полтавщини» finds «Полтавщина» (PostgreSQL ships no Ukrainian
stemmer). A record matches when every stem begins one of its words; a number
or an abbreviation of two letters is a whole word, not a stem (``whole_words``).
A document that names the European Union also carries its abbreviations.
"""

import re
import unicodedata

APOSTROPHES = "'’ʼ`‘ʹ′"
_APOSTROPHE_TABLE = str.maketrans("", "", APOSTROPHES)
WORD = re.compile(r"[^\W_]+")
_NUMBER = re.compile(r"[0-9]+")
# Endings cut from a word before prefix matching; vowels, soft sign, й and a
# final s/es in English. Never cut a word below four letters.
_ENDING = re.compile(r"(?:[аеєиіїоуюяьй]{1,2}|(?<=[a-z]{4})e?s)$")
MIN_STEM = 4
# A shorter query word is matched whole (``whole_words``).
MIN_PREFIX = 3
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
    cut = _ENDING.sub("", word)
    return cut if len(cut) >= MIN_STEM else word


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
    """The stems of the query's words, without repeats, at most MAX_TERMS."""
    terms: list[str] = []
    for word in WORD.findall(normalise(query)):
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
