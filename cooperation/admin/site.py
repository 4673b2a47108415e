"""The admin site's names, and the checks of what staff send for the admins
other apps register."""

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib import admin
from django.contrib.auth.models import Group, User
from django.utils.translation import gettext_lazy as _

from .checked_input import check_input_of

admin.site.site_header = _("International cooperation portal — staff")
admin.site.site_title = _("Cooperation portal admin")
admin.site.index_title = _("Records of the international cooperation office")

check_input_of(admin.site, [User, Group, AccessAttempt, AccessLog, AccessFailureLog])
