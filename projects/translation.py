from modeltranslation.translator import TranslationOptions, register

from .models import Application, Programme, Project, ProjectParticipation


@register(Project)
class ProjectTranslation(TranslationOptions):
    fields = ("title", "summary", "description", "council_role", "cover_image_alt")
    required_languages = {"uk": ("title", "summary")}


@register(ProjectParticipation)
class ProjectParticipationTranslation(TranslationOptions):
    fields = ("note",)


@register(Programme)
class ProgrammeTranslation(TranslationOptions):
    fields = ("name",)
    required_languages = {"uk": ("name",)}


@register(Application)
class ApplicationTranslation(TranslationOptions):
    fields = ("title", "summary")
    required_languages = {"uk": ("title",)}
