"""Translated fields (django-modeltranslation). Ukrainian is required wherever
the field itself is required; English falls back to Ukrainian when empty."""

from modeltranslation.translator import TranslationOptions, register

from .models import AnnualReport, Country, PriorityArea


@register(PriorityArea)
class PriorityAreaTranslation(TranslationOptions):
    fields = ("name", "description")
    required_languages = {"uk": ("name",)}


@register(Country)
class CountryTranslation(TranslationOptions):
    fields = ("name",)
    required_languages = {"uk": ("name",)}


@register(AnnualReport)
class AnnualReportTranslation(TranslationOptions):
    fields = ("title", "introduction", "closing_line", "publisher")
    required_languages = {"uk": ("title",)}
