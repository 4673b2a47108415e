from modeltranslation.translator import TranslationOptions, register

from .models import Membership, Memorandum, Organisation


@register(Organisation)
class OrganisationTranslation(TranslationOptions):
    fields = ("name", "short_name", "description")
    required_languages = {"uk": ("name",)}


@register(Membership)
class MembershipTranslation(TranslationOptions):
    fields = ("role", "notes")


@register(Memorandum)
class MemorandumTranslation(TranslationOptions):
    fields = ("title", "summary")
    required_languages = {"uk": ("title",)}
