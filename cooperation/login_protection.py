"""django-axes, which locks the admin's login after repeated failures: in the
staff's language, and keyed by the visitor's address behind the front server.

axes ships no Ukrainian catalogue, so its admin section (attempts, failures,
the access log) showed English in the Ukrainian admin. Its app gets a
translatable name here, and its own strings are listed below exactly as axes
spells them, so that makemessages puts them into our catalogue: Django reads
the project's LOCALE_PATHS before an app's own translations.
"""

import ipaddress

from axes.apps import AppConfig as AxesConfig
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop


class LoginProtectionConfig(AxesConfig):
    verbose_name = _("Login protection")


AXES_ADMIN_STRINGS = (
    gettext_noop("access attempt"),
    gettext_noop("access attempts"),
    gettext_noop("access failure"),
    gettext_noop("access failures"),
    gettext_noop("access log"),
    gettext_noop("access logs"),
    gettext_noop("access attempt expiration"),
    gettext_noop("access attempt expirations"),
    gettext_noop("Access Attempt"),
    gettext_noop("Access lock out"),
    gettext_noop("User Agent"),
    gettext_noop("IP Address"),
    gettext_noop("Username"),
    gettext_noop("HTTP Accept"),
    gettext_noop("Path"),
    gettext_noop("Attempt Time"),
    gettext_noop("Logout Time"),
    gettext_noop("GET Data"),
    gettext_noop("POST Data"),
    gettext_noop("Failed Logins"),
    gettext_noop("Expires At"),
    gettext_noop("The time when access attempt expires and is no longer valid."),
    gettext_noop("Session key hash (sha256)"),
    gettext_noop("Form Data"),
    gettext_noop("Meta Data"),
    gettext_noop("Locked Out"),
    gettext_noop("Attempt Remaining"),
    gettext_noop("Not set"),
    gettext_noop("Clean up expired attempts"),
)


def _is_trusted_proxy(address: str) -> bool:
    trusted = settings.TRUSTED_PROXIES
    if "*" in trusted:
        return True
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    for entry in trusted:
        try:
            if ip in ipaddress.ip_network(entry, strict=False):
                return True
        except ValueError:  # a host name or a typo: trusts nothing
            continue
    return False


def client_ip_address(request) -> str | None:
    """The visitor's address, for the lock-out (AXES_CLIENT_IP_CALLABLE).

    Behind the front server every request comes from the server's own address
    (REMOTE_ADDR), so "a user name from an address" would lock the name for
    everyone, and anyone could lock the department head out. A request from a
    trusted proxy (FORWARDED_ALLOW_IPS, which gunicorn reads too) names the
    visitor in X-Forwarded-For, each proxy adding the address it saw on the
    right. Read from the right, the first address that is not a trusted
    proxy is the visitor's; what lies to its left, the visitor could have
    written.
    """
    address = request.META.get("REMOTE_ADDR") or None
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    for hop in reversed([hop.strip() for hop in forwarded.split(",") if hop.strip()]):
        if address is None or not _is_trusted_proxy(address):
            break
        try:
            ipaddress.ip_address(hop)
        except ValueError:  # not an address: keep the last one a proxy vouched for
            break
        address = hop
    return address


def client_username(request, credentials=None) -> str | None:
    """The user name a sign-in is recorded and locked under
    (AXES_USERNAME_CALLABLE): the one typed, as axes reads it, cut to the 255
    characters its records hold. The login form takes a name of any length
    (Django answers every wrong name alike, so as not to tell which exist),
    and PostgreSQL refused to record a longer one: a 500 instead of the
    login page. Cut the same way on every attempt, the name still locks."""
    from axes.models import AccessAttempt

    field = settings.AXES_USERNAME_FORM_FIELD
    username = credentials.get(field) if credentials else request.POST.get(field)
    if not isinstance(username, str):
        return username
    return username[: AccessAttempt._meta.get_field("username").max_length]
