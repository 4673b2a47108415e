"""update_translations --uk-from: the Ukrainian given replaces msgmerge's guess."""

import json

import polib

from cooperation.management.commands.update_translations import Command


def test_a_translated_guess_loses_its_fuzzy_flag_and_previous_msgid(tmp_path):
    catalogue = polib.POFile()
    catalogue.metadata = {"Plural-Forms": "nplurals=3; plural=0;"}
    guess = polib.POEntry(
        msgid="%(name)s: the council has been a member since %(year)s",
        msgstr="Рада є членом із %(year)s року",
        flags=["fuzzy", "python-format"],
        previous_msgid="The council has been a member since %(year)s",
    )
    catalogue.append(guess)
    path = tmp_path / "django.po"
    catalogue.save(str(path))
    source = tmp_path / "new.json"
    source.write_text(json.dumps({guess.msgid: "%(name)s: рада — член із %(year)s року"}))

    Command().apply_ukrainian(path, [str(source)])

    text = path.read_text(encoding="utf-8")
    assert "#|" not in text
    assert "fuzzy" not in text
    assert 'msgstr "%(name)s: рада — член із %(year)s року"' in text
