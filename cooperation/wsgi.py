"""WSGI entry point: ``gunicorn cooperation.wsgi``."""

import os
from pathlib import Path

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cooperation.settings")

application = get_wsgi_application()


def load_before_serving() -> None:
    """Load now what each worker would otherwise load on its first request.

    gunicorn imports this module in its master process (preload_app) and forks
    the workers from it, so they start with all of this in memory they share.
    Left to the first request, a new worker took 0.7 s over it (gunicorn
    replaces workers now and then, and under load that showed as a latency
    spike): the URL configuration imports the views and, through the report's,
    WeasyPrint (0.4 s alone); the templates compile. No database connection
    is opened here, since none may be shared across the fork.
    """
    from django.conf import settings
    from django.template import engines
    from django.urls import get_resolver
    from django.utils import translation

    get_resolver().url_patterns  # noqa: B018 - imports the URL configuration
    for code, _name in settings.LANGUAGES:
        with translation.override(code):  # reads the catalogues
            pass
    engine = engines["django"]
    for folder in engine.dirs:
        for template in sorted(Path(folder).rglob("*.html")):
            engine.get_template(template.relative_to(folder).as_posix())


load_before_serving()
