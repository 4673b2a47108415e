"""What the lists' filter sets share."""

import django_filters


class PortalFilterSet(django_filters.FilterSet):
    """A filter set whose database-made choices (the years that have records)
    are read once per request. Given as a callable, Django would call it again
    for validating the value and for drawing the form: two identical queries."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for list_filter in self.filters.values():
            choices = list_filter.extra.get("choices")
            if callable(choices):
                list_filter.extra["choices"] = list(choices())
