"""Text as search sees it: the same normalisation for a record's text and a
visitor's query, in pure Python so that the stored search documents
(``SearchableModel.search_document``) and the queries agree on every database.

Casefolded, apostrophe variants (' ’ ʼ ` ‘) removed so «Прем’єр» finds
«Прем'єр», Latin accents dropped (Łódź → lodz), a word in one alphabet
(«Пoлтава» typed with a Latin o), and each query word cut back to a stem so
«полтавщини» finds «Полтавщина» (PostgreSQL ships no Ukrainian stemmer),
joining words («з», "of") dropped. A record matches when every stem begins
one of its words (or has a form of it with the other vowel of the last
syllable, ``search_terms``); a number or an abbreviation of two letters is a
whole word, not a stem (``whole_words``). A document (``document_of``) holds the record's
words, the names of the organisations linked to it, its dates as years and
months, the words naming its type, and the other names of what it names one
way (the European Union and «ЄС»; «ВПО» and «переселенці»).
"""

import datetime
import functools
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
# «ґ» is often typed as «г» («гранти», «грант»), and the other way round.
_NUMERO_AND_GHE = str.maketrans({"№": " ", "ґ": "г"})


def _fold_latin(char: str) -> str:
    """Ó → o, ń → n; Cyrillic letters (й, ї) are kept as they are."""
    if char.isascii():
        return char
    base = unicodedata.normalize("NFKD", char)[0]
    return base if base.isascii() and base.isalpha() else char


# Latin and Cyrillic letters that look alike, in pairs. A word typed with
# one of the other alphabet's letters in it («Пoлтава» with a Latin o,
# «Полтавськiй» with a Latin i, as on a keyboard without «і») reads as the
# alphabet of its other letters.
_LATIN_LOOKALIKES = "AaBCcEeHIiKMOoPpTXxYy"
_CYRILLIC_LOOKALIKES = "АаВСсЕеНІіКМОоРрТХхУу"
_TO_CYRILLIC = str.maketrans(_LATIN_LOOKALIKES, _CYRILLIC_LOOKALIKES)
_TO_LATIN = str.maketrans(_CYRILLIC_LOOKALIKES, _LATIN_LOOKALIKES)
_MIXED_WORD = re.compile(
    r"[^\W_]*(?:[\u0400-\u04ff][^\W_]*[a-zA-Z]|[a-zA-Z][^\W_]*[\u0400-\u04ff])[^\W_]*"
)


def _one_alphabet(match: re.Match) -> str:
    word = match.group()
    cyrillic = latin = False
    for char in word:
        if not char.isalpha() or char in _LATIN_LOOKALIKES or char in _CYRILLIC_LOOKALIKES:
            continue
        if "\u0400" <= char <= "\u04ff":
            cyrillic = True
        else:
            latin = True
    if cyrillic and not latin:
        return word.translate(_TO_CYRILLIC)
    if latin and not cyrillic:
        return word.translate(_TO_LATIN)
    return word  # letters of both alphabets of their own, or only look-alikes: left as typed


# Accents left over once letters are composed (NFC: «й», «ї» are single
# letters then): a stress mark («По́льща»), or a Latin letter's own.
_COMBINING_MARKS = re.compile(r"[\u0300-\u036f]")

# American spelling as British: "digitalization" finds "digitalisation".
_AMERICAN_IZE = re.compile(r"(?<=[a-z]{3})iz(?=e\b|e[drs]s?\b|ing\b|ation)")


def normalise(text: str) -> str:
    """Casefold, drop apostrophes, the numero sign, stress marks and Latin
    accents, «ґ» as «г», one alphabet per word, British -ise: the same for
    the text and the query."""
    text = _COMBINING_MARKS.sub("", unicodedata.normalize("NFC", text))
    text = _MIXED_WORD.sub(_one_alphabet, text)
    text = text.casefold().translate(_APOSTROPHE_TABLE).translate(_LATIN_FOLD)
    text = text.translate(_NUMERO_AND_GHE)
    return _AMERICAN_IZE.sub("is", "".join(_fold_latin(char) for char in text))


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
    «Europe» and «euro» besides the European Union. So is a longer
    abbreviation the documents carry (``ABBREVIATIONS``): «ВПО» would find
    «впорядкування».
    """
    if is_number(term):
        plain = term.lstrip("0") or "0"
        return tuple(dict.fromkeys((plain, plain.zfill(2))))
    return (term,) if len(term) < MIN_PREFIX or term in ABBREVIATIONS else ()


def query_words(query: str) -> list[str]:
    """The query's normalised words, without repeats or STOP_WORDS (unless
    the query has nothing else), at most MAX_TERMS."""
    words = WORD.findall(normalise(query))
    words = [word for word in words if word not in STOP_WORDS] or words
    return list(dict.fromkeys(words))[:MAX_TERMS]


# A word as a visitor types it: its apostrophes («прем'єр») are part of it.
_TYPED_WORD = re.compile(rf"[^\W_]+(?:[{APOSTROPHES}][^\W_]+)*")


def typed_words(query: str) -> list[str]:
    """The words of ``query`` as typed, without repeats or STOP_WORDS: those
    to offer one by one when the query found nothing."""
    words = {}
    for word in _TYPED_WORD.findall(query):
        normalised = normalise(word)
        if normalised not in STOP_WORDS:
            words.setdefault(normalised, word)
    return list(words.values())


def query_terms(query: str) -> list[str]:
    """The stems of query_words, without repeats."""
    return list(dict.fromkeys(stem(word) for word in query_words(query)))


SEARCH_LANGUAGES = ("uk", "en")


# Other names of what records name one way: a document naming one, in any
# case form of either language, also carries the others, so that «ЄС» (the
# brochure's own «країни ЄС») or «EU» finds «Європейського Союзу» and
# "European Union", and «переселенці», «внутрішньо переміщені особи» or IDP
# find a project «інтеграції ВПО». Only a name the text contains adds anything.
_OTHER_NAMES = (
    (re.compile(r"\bєвропейськ\w* союз(?:у|і|ом|ові)?\b|\beuropean union\b"), "єс eu"),
    (
        re.compile(
            r"\bвпо\b|\bвнутрішньо переміщен|\bпереселен|\bidps?\b|\binternally displaced\b"
        ),
        "впо внутрішньо переміщені особи переселенці idp idps internally displaced persons people",
    ),
)
# The abbreviations among those names of three letters or more, matched whole
# (``whole_words``), as the shorter «ЄС» and EU are.
ABBREVIATIONS = frozenset({"впо", "idp", "idps"})


# A date in a document is its year and month, as visitors name them: «червень»,
# «червня» (24 червня), "June". Not the day: a number in a query is matched
# whole, and «8» is an application's number, not every event on an 8th.
MONTHS = (
    "січень січня january",
    "лютий лютого february",
    "березень березня march",
    "квітень квітня april",
    "травень травня may",
    "червень червня june",
    "липень липня july",
    "серпень серпня august",
    "вересень вересня september",
    "жовтень жовтня october",
    "листопад листопада november",
    "грудень грудня december",
)


def _text_of(value) -> str:
    if isinstance(value, datetime.date):
        return f"{value.year} {MONTHS[value.month - 1]}"
    return str(value)


# Ends a document's title: what comes before it is the record's title (and
# what is shown with it, such as an application's code), and a match there
# ranks first (cooperation.search). No parser reads it as a word.
TITLE_END = "|"


def document_of(
    record,
    fields: tuple[str, ...],
    related: tuple[str, ...] = (),
    kind: str = "",
    title_related: tuple[str, ...] = (),
    linked: tuple[str, ...] = (),
) -> str:
    """The normalised search text of ``record``: its title (the text at each
    dotted path of ``title_related`` and the first of its translated
    ``fields``, both languages), TITLE_END, then ``linked`` (the names of the
    organisations linked to it, read by the caller: its parties,
    participants, donors), the other ``fields``, the text at each dotted
    ``related`` path ("country.name_uk", "number"; a date gives its year and
    month) and the words ``kind`` naming the type of record («подія event»),
    so that "events in Luxembourg" finds them. Works on historical models in
    migrations too.

    The linked names come straight after the title: a record matching «LUCC»
    only through its party ranks below one that names LUCC in its title,
    and above one that mentions LUCC somewhere in its description.

    Only the words are kept, one space apart, as search_text.WORD reads them:
    PostgreSQL's parser would read «DE-02-2023» as «de», «-02», «-2023» (so
    «2023» would not find it there), «25.700» as one number and a web
    address as one word."""
    title, rest = fields[:1], fields[1:]
    # What goes with the title comes first: a code or a short name is what
    # a visitor types to find that one record.
    title_texts = [_value_at(record, path) for path in title_related]
    title_texts += _translations(record, title)
    texts = _translations(record, rest)
    texts += [_value_at(record, path) for path in related]
    names = " ".join(dict.fromkeys(_name_words(name) for name in linked if name))
    rest_words = " ".join(part for part in (names, _words([*texts, kind])) if part)
    document = f"{_words(title_texts)} {TITLE_END} {rest_words}"
    named = [short for name, short in _OTHER_NAMES if name.search(document)]
    return " ".join([document, *named])


def _translations(record, fields: tuple[str, ...]) -> list:
    return [getattr(record, f"{name}_{code}") for name in fields for code in SEARCH_LANGUAGES]


def _value_at(record, path: str):
    """The value at the dotted ``path`` from ``record``; None past a draft
    (an application's draft programme): the public must not find a record by
    words it cannot see."""
    value = record
    for attribute in path.split("."):
        value = getattr(value, attribute, None) if value is not None else None
        if getattr(value, "publication_status", "published") != "published":
            return None
    return value


@functools.lru_cache(maxsize=4096)
def _name_words(name: str) -> str:
    """``_words`` of a linked organisation's name. Kept: the same few hundred
    partners' names recur in thousands of documents (the events the
    benchmark data links to them), and normalising them again each time made
    generating those about 15 % slower. Normalising texts one by one or joined
    gives the same words."""
    return _words([name])


def _words(texts: list) -> str:
    # Each text once: an event's start and end in the same month, a title
    # the same in both languages.
    unique = dict.fromkeys(_text_of(text) for text in texts if text)
    return " ".join(WORD.findall(normalise(" ".join(unique))))
