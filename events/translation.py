from modeltranslation.translator import TranslationOptions, register

from .models import Event, EventDocument, EventFigure, EventPhoto


@register(Event)
class EventTranslation(TranslationOptions):
    fields = ("title", "city", "summary", "description", "presented")
    required_languages = {"uk": ("title",)}


@register(EventPhoto)
class EventPhotoTranslation(TranslationOptions):
    fields = ("alt_text", "caption")
    required_languages = {"uk": ("alt_text",)}


@register(EventFigure)
class EventFigureTranslation(TranslationOptions):
    fields = ("label",)


@register(EventDocument)
class EventDocumentTranslation(TranslationOptions):
    fields = ("title",)
    required_languages = {"uk": ("title",)}
