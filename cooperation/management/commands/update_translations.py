"""Refresh the translation catalogues from the source (developers; needs gettext).

Runs makemessages for every language without location lines (readable
diffs), copies each English msgid into its msgstr (the source strings are
English, so the English catalogue is an identity that lists every string),
optionally applies Ukrainian translations from JSON files, and compiles.
``--check`` only reports: it fails when the catalogues miss a string of the
source or a Ukrainian translation, which CI runs.
"""

import fcntl
import json
import shutil
import tempfile
from pathlib import Path

import polib
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

CATALOGUE = "LC_MESSAGES/django.po"


def _key(entry: polib.POEntry) -> str:
    return f"{entry.msgctxt}\x04{entry.msgid}" if entry.msgctxt else entry.msgid


class Command(BaseCommand):
    help = "Extract messages, fill the English identity catalogue, apply and check translations."

    def add_arguments(self, parser):
        parser.add_argument(
            "--uk-from",
            action="append",
            default=[],
            metavar="JSON",
            help='A JSON object {"English msgid": "Ukrainian"} (context as "ctx\\u0004msgid").',
        )
        parser.add_argument("--check", action="store_true", help="Report only; fail if incomplete.")

    def handle(self, *args, uk_from, check, **options):
        locale_dir = Path(settings.LOCALE_PATHS[0])
        lock_path = locale_dir / ".lock"
        with open(lock_path, "w") as lock:
            # Several people (or sessions) may run this at once on one tree.
            fcntl.flock(lock, fcntl.LOCK_EX)
            if check:
                self.check_catalogues(locale_dir)
                return
            self.extract(locale_dir)
            self.fill_english(locale_dir / "en" / CATALOGUE)
            self.apply_ukrainian(locale_dir / "uk" / CATALOGUE, uk_from)
            call_command("compile_translations", verbosity=0)
        missing = self.untranslated(locale_dir / "uk" / CATALOGUE)
        if missing:
            self.stdout.write(self.style.WARNING(f"{len(missing)} strings need Ukrainian:"))
            for msgid in missing:
                self.stdout.write(f"  {msgid!r}")
        else:
            self.stdout.write(self.style.SUCCESS("Every string is translated."))

    def extract(self, locale_dir: Path) -> None:
        call_command(
            "makemessages",
            locale=["uk", "en"],
            no_location=True,
            no_obsolete=True,
            ignore_patterns=[".venv/*", "staticfiles/*", "node_modules/*", "media/*"],
            verbosity=0,
        )

    def fill_english(self, path: Path) -> None:
        catalogue = polib.pofile(str(path))
        self.fix_header(catalogue, "en")
        for entry in catalogue:
            # The English catalogue is an identity; a fuzzy guess is never kept.
            if entry.msgid_plural:
                entry.msgstr_plural = {0: entry.msgid, 1: entry.msgid_plural}
            else:
                entry.msgstr = entry.msgid
            if "fuzzy" in entry.flags:
                entry.flags.remove("fuzzy")
            entry.previous_msgid = entry.previous_msgid_plural = entry.previous_msgctxt = None
        catalogue.save()

    def apply_ukrainian(self, path: Path, sources: list[str]) -> None:
        translations: dict = {}
        for source in sources:
            translations.update(json.loads(Path(source).read_text(encoding="utf-8")))
        catalogue = polib.pofile(str(path))
        self.fix_header(catalogue, "uk")
        plural_forms = catalogue.metadata.get("Plural-Forms", "nplurals=3;")
        nplurals = int(plural_forms.split("nplurals=")[1].split(";")[0])
        for entry in catalogue:
            value = translations.get(_key(entry))
            if value is None:
                continue
            if entry.msgid_plural:
                forms = value if isinstance(value, list) else [value]
                # Ukrainian forms: one, few, many (and Django's fourth, for fractions).
                entry.msgstr_plural = {i: forms[min(i, len(forms) - 1)] for i in range(nplurals)}
            else:
                entry.msgstr = value
            if "fuzzy" in entry.flags:
                entry.flags.remove("fuzzy")
            # msgmerge's guess ("#| msgid …") is answered: drop it with the flag.
            entry.previous_msgid = entry.previous_msgid_plural = entry.previous_msgctxt = None
        catalogue.save()

    @staticmethod
    def fix_header(catalogue: polib.POFile, language: str) -> None:
        catalogue.header = "Translations of the Poltava international cooperation portal."
        catalogue.metadata["Language"] = language
        catalogue.metadata["Project-Id-Version"] = "poltava-cooperation-portal"
        catalogue.metadata_is_fuzzy = False

    def untranslated(self, path: Path) -> list[str]:
        catalogue = polib.pofile(str(path))
        return [e.msgid for e in catalogue if not e.obsolete and not e.translated()]

    def check_catalogues(self, locale_dir: Path) -> None:
        problems = []
        before = {lang: self.keys(locale_dir / lang / CATALOGUE) for lang in ("uk", "en")}
        with tempfile.TemporaryDirectory() as scratch:
            # makemessages writes in place; keep the catalogues as they were.
            backup = Path(scratch) / "locale"
            shutil.copytree(locale_dir, backup, ignore=shutil.ignore_patterns(".lock"))
            try:
                self.extract(locale_dir)
                after = {lang: self.keys(locale_dir / lang / CATALOGUE) for lang in ("uk", "en")}
            finally:
                shutil.copytree(backup, locale_dir, dirs_exist_ok=True)
        for lang in ("uk", "en"):
            for new in sorted(after[lang] - before[lang]):
                problems.append(f"{lang}: not in the catalogue: {new!r}")
            for msgid in self.untranslated(locale_dir / lang / CATALOGUE):
                problems.append(f"{lang}: untranslated: {msgid!r}")
        if problems:
            raise CommandError(
                "Translation catalogues are out of date (run manage.py update_translations):\n"
                + "\n".join(problems)
            )
        self.stdout.write(self.style.SUCCESS("Translation catalogues match the source."))

    @staticmethod
    def keys(path: Path) -> set[str]:
        return {_key(e) for e in polib.pofile(str(path)) if not e.obsolete}
