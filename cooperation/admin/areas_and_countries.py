"""The admins of the priority areas and the countries."""

from django.contrib import admin

from ..models import Country, PriorityArea
from .base import TranslatedAdmin
from .forms import AdminRecordForm


@admin.register(PriorityArea)
class PriorityAreaAdmin(TranslatedAdmin):
    list_display = ["name", "order", "colour", "icon"]
    list_editable = ["order"]
    search_fields = ["name_uk", "name_en"]
    prepopulated_fields = {"slug": ["name_en"]}


class CountryForm(AdminRecordForm):
    def clean_iso_code(self) -> str:
        # «cz» is as clear as «CZ»; the field asks for capitals only after this.
        return self.cleaned_data["iso_code"].strip().upper()


@admin.register(Country)
class CountryAdmin(TranslatedAdmin):
    form = CountryForm
    list_display = ["name", "iso_code", "is_eu_member", "is_cooperation_partner"]
    list_filter = ["is_eu_member", "is_cooperation_partner"]
    search_fields = ["name_uk", "name_en", "iso_code"]
    readonly_fields = ["created_at", "updated_at"]
