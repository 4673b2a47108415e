"""Django admin messages that our catalogue words anew in Ukrainian.

Django's Ukrainian admin puts a model's name, which it only has in the
nominative, where the sentence needs another case, and mixes up some messages:
«Виберіть організація щоб змінити», «Додати організація», «Змінені Значення
для показник …», the list filters' «За публікація», «За країна», «Ви впевнені,
що хочете видалити заявка …?», «Видалення обраних організація …», and after
adding a record «… було змінено успішно». Staff read these on every page.
The project's catalogue (LOCALE_PATHS) comes before Django's own, so our
locale/uk words them so that the name stands alone:
«Оберіть для зміни: організація», «Запис «ALDA» (організація) додано.»,
«За ознакою: публікація», «Обрати всі записи (заходи): 117».

The same way our catalogue translates the few admin strings Django's
Ukrainian catalogue leaves in English (the admin index's table headers for
screen readers, the hint after adding a user).

Nothing imports this module: the strings are listed, exactly as Django spells
them, so that makemessages puts them into our catalogue.
"""

from django.utils.translation import gettext_noop, ngettext_lazy

DJANGO_ADMIN_STRINGS = (
    # Page titles and buttons.
    gettext_noop("Select %s"),
    gettext_noop("Select %s to change"),
    gettext_noop("Select %s to view"),
    gettext_noop("Add %s"),
    gettext_noop("Add %(name)s"),
    gettext_noop("Add another %(verbose_name)s"),
    gettext_noop("Change %s"),
    gettext_noop("View %s"),
    gettext_noop("Cannot delete %(name)s"),
    gettext_noop("Models in the %(name)s application"),
    # The heading of each filter beside a list: «За публікація», «За країна».
    gettext_noop(" By %(filter_title)s "),
    gettext_noop(
        "Deleting the %(object_name)s '%(escaped_object)s' would require deleting "
        "the following protected related objects:"
    ),
    # Asking before a deletion: «видалити заявка», «обраних організація».
    gettext_noop(
        'Are you sure you want to delete the %(object_name)s "%(escaped_object)s"? '
        "All of the following related items will be deleted:"
    ),
    gettext_noop(
        "Deleting the %(object_name)s '%(escaped_object)s' would result in deleting "
        "related objects, but your account doesn't have permission to delete the "
        "following types of objects:"
    ),
    gettext_noop(
        "Are you sure you want to delete the selected %(objects_name)s? All of the "
        "following objects and their related items will be deleted:"
    ),
    gettext_noop(
        "Deleting the selected %(objects_name)s would require deleting the following "
        "protected related objects:"
    ),
    gettext_noop(
        "Deleting the selected %(objects_name)s would result in deleting related "
        "objects, but your account doesn't have permission to delete the following "
        "types of objects:"
    ),
    # Above a list longer than one page: «Обрати всі 117 заходи».
    gettext_noop("Select all %(total_count)s %(module_name)s"),
    gettext_noop("Summary"),
    gettext_noop("Objects"),
    # The records of a list are «записи», as «Objects» above, not «об'єкти»:
    # the heading over the selected ones to delete, and the boxes that select
    # them (read out by a screen reader beside every row).
    gettext_noop("Delete multiple objects"),
    gettext_noop("Select this object for an action - {}"),
    gettext_noop("Select all objects on this page for an action"),
    gettext_noop("Click here to select the objects across all pages"),
    # The action in every list's menu, beside our «Опублікувати обрані
    # записи»: «Видалити обрані членство в організаціях».
    gettext_noop("Delete selected %(verbose_name_plural)s"),
    # Above a list longer than one page, once all its records are chosen:
    # «2 обрані» and «21 обраний» for "All 21 selected".
    ngettext_lazy("%(total_count)s selected", "All %(total_count)s selected"),
    # Beside a list's search box: «5 результатів (15 всього)».
    gettext_noop("%(full_result_count)s total"),
    # The title of an app's page: «Адміністрування Партнери».
    gettext_noop("%(app)s administration"),
    # The icons beside a box that chooses a record (read by a screen reader):
    # «Змінити обрану захід», «Додати ще одну країна».
    gettext_noop("Change selected %(model)s"),
    gettext_noop("Add another %(model)s"),
    gettext_noop("Delete selected %(model)s"),
    gettext_noop("View selected %(model)s"),
    # Messages after a save or a deletion.
    # A count before a kind's name in the nominative: «Успішно видалено 5
    # заходи», «5 пріоритетні напрями було успішно змінено» (a list's boxes).
    gettext_noop("Successfully deleted %(count)d %(items)s."),
    ngettext_lazy(
        "%(count)s %(name)s was changed successfully.",
        "%(count)s %(name)s were changed successfully.",
    ),
    # An inline row whose deletion other records forbid: «Видалення
    # показник … вимагатиме видалення … об'єктів».
    gettext_noop(
        "Deleting %(class_name)s %(instance)s would require deleting the following "
        "protected related objects: %(related_objects)s"
    ),
    gettext_noop("The {name} “{obj}” was added successfully."),
    gettext_noop("The {name} “{obj}” was added successfully. You may add another {name} below."),
    gettext_noop("The {name} “{obj}” was changed successfully."),
    gettext_noop("The {name} “{obj}” was changed successfully. You may edit it again below."),
    gettext_noop("The {name} “{obj}” was changed successfully. You may add another {name} below."),
    gettext_noop("The %(name)s “%(obj)s” was deleted successfully."),
    gettext_noop("%(name)s with ID “%(key)s” doesn’t exist. Perhaps it was deleted?"),
    # The history of a record.
    gettext_noop("Changed {fields}."),
    gettext_noop("Added {name} “{object}”."),
    gettext_noop("Changed {fields} for {name} “{object}”."),
    gettext_noop("Deleted {name} “{object}”."),
    gettext_noop("No fields changed."),
    # Beside a website address already saved: Django's Ukrainian reads
    # «На даний час: … Змінено: …» ("changed"), where the file field beside
    # it says «Наразі: … Змінити: …».
    gettext_noop("Currently:"),
    gettext_noop("Change:"),
    # Left in English by Django's Ukrainian catalogue.
    gettext_noop("Model name"),
    gettext_noop("Add link"),
    gettext_noop("Change or view list link"),
    gettext_noop("After you’ve created a user, you’ll be able to edit more user options."),
    gettext_noop("Forgotten your login credentials?"),
    gettext_noop("In case you’ve forgotten, you are:"),
    # «Об'єкти» again, where a list's records are «записи»: the history of a
    # record staff did not add here (every 2024 record), and the box that
    # filters the side menu on every page («Почніть писати для фільтру...»).
    gettext_noop(
        "This object doesn’t have a change history. It probably wasn’t added via this admin site."
    ),
    gettext_noop("Start typing to filter…"),
    gettext_noop("Filter navigation items"),
    # Django's Ukrainian writes the apostrophe ' where ours has ’; these are
    # the ones staff read often: a field left out, the sign-in form, a user's
    # name, and the rows that tie a group to its permissions (also misspelt,
    # «звязок»).
    gettext_noop("This field is required."),
    gettext_noop("username"),
    gettext_noop("first name"),
    gettext_noop("%(from)s-%(to)s relationship"),
    # A box of several records (an event's projects) given a value that is no
    # record's key at all («abc»): a tampered or stale form.
    gettext_noop("“%(pk)s” is not a valid value."),
)
