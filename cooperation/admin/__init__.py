"""The staff admin.

Every translated model uses modeltranslation's tabs (Ukrainian | English side
by side). Public records get publish / unpublish actions, "view on site", and
a guard against two people overwriting each other's edits.

- ``base``: the ModelAdmins and inlines every app's admin builds on;
- ``forms``: their forms and inline formsets;
- ``linked``: the "linked records" field of a record's change page;
- ``deletion``: the page that asks before a deletion, in a few queries;
- ``history``: a record's history in the admin's language;
- ``checked_input``, ``kept_uploads``: what staff's browser sends, checked
  and kept across a refused save;
- ``django_wording``: Django's admin strings our catalogue words anew;
- ``site``, ``areas_and_countries``, ``annual_report``: the admin site itself
  and the cooperation app's own models, registered on import below (Django's
  autodiscovery imports this package).
"""

from . import annual_report, areas_and_countries, site  # noqa: F401 (registered on import)
