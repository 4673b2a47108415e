"""A record's history in the admin's language."""

import json

from django.utils import translation
from django.utils.text import capfirst


def field_labels(model) -> dict[str, str]:
    """Each field's label in the active language, as a form shows it."""
    return {
        field.name: str(capfirst(field.verbose_name))
        for field in model._meta.get_fields()
        if getattr(field, "verbose_name", None)
    }


class LocalisedChangeMessages:
    """A history entry's changed fields named in the active language.

    Django stores the labels of the fields a save changed in English (the
    source strings) and translates each with gettext when it shows the
    history. A label is the verbose name capitalised ("Start date"), which is
    not our msgid ("start date"), and modeltranslation's "Title [uk]" is none
    at all: the Ukrainian admin showed the history in English. Labels are
    matched to fields here, the model's own or, for a change to an inline
    row, the inline model's. The tables are built once per history page."""

    def __init__(self, model):
        with translation.override(None):
            # An inline row's change is stored under its model's English name.
            self.models = {None: model} | {
                str(relation.related_model._meta.verbose_name): relation.related_model
                for relation in model._meta.related_objects
            }
            english = {name: field_labels(changed) for name, changed in self.models.items()}
        self.local = {name: field_labels(changed) for name, changed in self.models.items()}
        self.in_language = {
            name: {label: self.local[name][field] for field, label in labels.items()}
            for name, labels in english.items()
        }

    def __call__(self, change_message: str) -> str:
        try:
            message = json.loads(change_message)
        except ValueError:
            return change_message
        if not isinstance(message, list):
            return change_message
        for part in message:
            changed = part.get("changed") if isinstance(part, dict) else None
            if not isinstance(changed, dict) or changed.get("name") not in self.models:
                continue
            name = changed.get("name")
            in_language, local = self.in_language[name], self.local[name]
            # A field's name stands for its label in entries of before this was so.
            changed["fields"] = [
                in_language.get(label) or local.get(label, label)
                for label in changed.get("fields", [])
            ]
        return json.dumps(message)
