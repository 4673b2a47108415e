"""Addresses outside the language prefix: robots, sitemap, health, favicon,
and the admin's language choice."""

from django.contrib.sitemaps.views import sitemap
from django.urls import path
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_safe
from django.views.i18n import set_language

from . import views
from .sitemaps import sitemaps


def read_only(view):
    """405 with Allow to any method but GET and HEAD, instead of the CSRF
    check's 403 (class-based views get this from MethodNotAllowedMiddleware)."""
    return csrf_exempt(require_safe(view))


urlpatterns = [
    path("health/", read_only(views.health), name="health"),
    # Browsers ask for /favicon.ico on pages that name no icon (the admin's).
    path("favicon.ico", views.FaviconView.as_view(), name="favicon"),
    # The admin has no language prefix: staff choose its language (a cookie).
    path("i18n/setlang/", set_language, name="set_language"),
    path("robots.txt", views.RobotsView.as_view(), name="robots_txt"),
    path(
        "sitemap.xml",
        read_only(sitemap),
        {"sitemaps": sitemaps},
        name="django.contrib.sitemaps.views.sitemap",
    ),
]
