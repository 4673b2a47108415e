"""Addresses outside the language prefix: robots, sitemap, health, favicon,
and the admin's language choice."""

from django.contrib.sitemaps.views import sitemap
from django.urls import path
from django.views.i18n import set_language

from . import views
from .sitemaps import sitemaps

urlpatterns = [
    path("health/", views.health, name="health"),
    # Browsers ask for /favicon.ico on pages that name no icon (the admin's).
    path("favicon.ico", views.FaviconView.as_view(), name="favicon"),
    # The admin has no language prefix: staff choose its language (a cookie).
    path("i18n/setlang/", set_language, name="set_language"),
    path("robots.txt", views.RobotsView.as_view(), name="robots_txt"),
    path(
        "sitemap.xml",
        sitemap,
        {"sitemaps": sitemaps},
        name="django.contrib.sitemaps.views.sitemap",
    ),
]
