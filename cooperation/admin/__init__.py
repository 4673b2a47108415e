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
- ``other_apps``: the same checks for the admins of users, groups and the
  login protection;
- ``areas_and_countries``, ``annual_report``: the cooperation app's own
  models.

The modules that register are imported below (Django's autodiscovery imports
this package). The site itself is ``cooperation.admin_site``.
"""

from . import annual_report, areas_and_countries, other_apps  # noqa: F401 (registered on import)
