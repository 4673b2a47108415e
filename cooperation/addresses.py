"""A record's address (its slug) made from its title when staff leave it empty.

Staff write Ukrainian first: a draft may have no English title yet, which the
admin's prepopulated address follows. An address left empty is made from the
English title or, without one, from the Ukrainian title in Latin letters
(the official Ukrainian transliteration of 2010, KMU resolution No. 55), and
made unique with a number: «Полтавська асоціація» → poltavska-asotsiatsiia.
"""

from __future__ import annotations

import re

from django.utils.text import slugify

from .search_text import APOSTROPHES

# Letters spelled one way at the start of a word and another inside it.
_WORD_START = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
_INSIDE_WORD = {"є": "ie", "ї": "i", "й": "i", "ю": "iu", "я": "ia"}
_LETTERS = {
    **dict(zip("абвгґдезиіклмнопрстуф", "abvhgdezyiklmnoprstuf", strict=True)),
    "ж": "zh",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ь": "",
    **dict.fromkeys(APOSTROPHES, ""),
}
_CYRILLIC_WORD = re.compile(rf"[а-щьюяєіїґ{re.escape(APOSTROPHES)}]+", re.IGNORECASE)


def _transliterate_word(match: re.Match) -> str:
    word = match.group().lower().replace("зг", "zgh")  # so that it does not read "zh"
    latin = []
    for place, letter in enumerate(word):
        if letter in _WORD_START:
            latin.append((_WORD_START if place == 0 else _INSIDE_WORD)[letter])
        else:
            latin.append(_LETTERS.get(letter, letter))
    return "".join(latin)


def transliterate(text: str) -> str:
    """Ukrainian text in Latin letters (KMU 2010), lower case; other text as it is."""
    return _CYRILLIC_WORD.sub(_transliterate_word, text)


def address_from(title: str, *, max_length: int, is_taken) -> str:
    """An address for ``title`` (English or Ukrainian) that ``is_taken`` (a
    function of a candidate address) does not refuse: the title's words, or
    the same with -2, -3, … when another record has it."""
    base = slugify(transliterate(title))[:max_length].strip("-") or "record"
    candidate, number = base, 1
    while is_taken(candidate):
        number += 1
        suffix = f"-{number}"
        candidate = base[: max_length - len(suffix)].rstrip("-") + suffix
    return candidate
