"""Addresses outside the language prefix: robots, sitemap, health."""

from django.urls import path

from . import views

urlpatterns = [
    path("health/", views.health, name="health"),
]
