"""The page that asks before a deletion, a record's own and the list's
"delete selected", in a number of queries that does not grow with the records
that link to the ones deleted.

The page lists every row a deletion takes with it, or every row that keeps it
from happening (an organisation named by a memorandum or a project is
protected), each by its str(). A row that ties two records together names both
ends: a memorandum's party «the memorandum — the organisation», an event's
link to a project «the event — the project». Django reads the rows with the
record being deleted only, so each row's other end cost a query of its own: an
organisation with five links of each kind took 31 queries to ask, 15 with one;
now 12 either way.
"""

from django.contrib.admin.utils import NestedObjects, quote
from django.db import router
from django.urls import NoReverseMatch, reverse
from django.utils.html import format_html
from django.utils.text import capfirst


class RowsWithWhatTheyName(NestedObjects):
    """Django's collector of the rows a deletion reaches, which also reads the
    records each row points to besides the one deleted, however many rows
    there are: joined to rows that come in an order of their own (each of our
    models orders by a unique field last), and read in one more query for
    rows that do not. Those are the many-to-many tables Django makes (an
    event's links to projects): the database hands them over in whatever
    order it reads them, which a join would change, and the page would list
    them in another order than Django's."""

    def related_objects(self, related_model, related_fields, objs):
        rows = super().related_objects(related_model, related_fields, objs)
        read_with_rows = {field.name for field in related_fields}  # by Django's collector
        named = [
            field.name
            for field in related_model._meta.concrete_fields
            if field.is_relation and field.name not in read_with_rows
        ]
        if rows.ordered:
            return rows.select_related(*named)
        return rows.prefetch_related(*named)


def get_deleted_objects(objs, request, admin_site):
    """Django's ``django.contrib.admin.utils.get_deleted_objects`` but for the
    collector, which Django's offers no way to choose.

    Returns the nested list of what the deletion takes with it, the number of
    records of each kind, the names of the kinds the user may not delete, and
    the rows that protect ``objs``."""
    try:
        obj = objs[0]
    except IndexError:
        return [], {}, set(), []
    else:
        using = router.db_for_write(obj._meta.model)
    collector = RowsWithWhatTheyName(using=using, origin=objs)
    collector.collect(objs)
    perms_needed = set()

    def format_callback(obj):
        model = obj.__class__
        opts = obj._meta

        no_edit_link = f"{capfirst(opts.verbose_name)}: {obj}"

        if admin_site.is_registered(model):
            if not admin_site.get_model_admin(model).has_delete_permission(request, obj):
                perms_needed.add(opts.verbose_name)
            try:
                admin_url = reverse(
                    f"{admin_site.name}:{opts.app_label}_{opts.model_name}_change",
                    None,
                    (quote(obj.pk),),
                )
            except NoReverseMatch:
                # Change url doesn't exist -- don't display link to edit
                return no_edit_link

            # Display a link to the admin page.
            return format_html(
                '{}: <a href="{}">{}</a>', capfirst(opts.verbose_name), admin_url, obj
            )
        else:
            # Don't display link to edit, because it either has no
            # admin or is edited inline.
            return no_edit_link

    to_delete = collector.nested(format_callback)

    protected = [format_callback(obj) for obj in collector.protected]
    model_count = {
        model._meta.verbose_name_plural: len(objs) for model, objs in collector.model_objs.items()
    }

    return to_delete, model_count, perms_needed, protected


class DeletionPageMixin:
    """For a ModelAdmin: its delete page and its "delete selected" page ask in
    as many queries for a record with hundreds of links as with two."""

    def get_deleted_objects(self, objs, request):
        return get_deleted_objects(objs, request, self.admin_site)
