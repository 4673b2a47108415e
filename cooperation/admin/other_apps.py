"""The checks of what staff send (``checked_input``), for the admins other
apps register: users, groups and the login protection's records."""

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib import admin
from django.contrib.auth.models import Group, User

from .checked_input import check_input_of

check_input_of(admin.site, [User, Group, AccessAttempt, AccessLog, AccessFailureLog])
