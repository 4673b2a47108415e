"""Settings for the international cooperation portal.

One module, configured from the environment. The defaults suit a laptop
(SQLite file, debug on); production is ``DJANGO_DEBUG=0`` and then refuses to
start with the development secret key and turns the HTTPS protections on.
"""

import os
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name)
    if value is None:
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    return int(value) if value else default


DEBUG = env_bool("DJANGO_DEBUG", True)

DEVELOPMENT_SECRET_KEY = "development-only-secret-key-never-use-in-production"
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", DEVELOPMENT_SECRET_KEY)
if not DEBUG and SECRET_KEY == DEVELOPMENT_SECRET_KEY:
    raise ImproperlyConfigured(
        "DJANGO_SECRET_KEY must be set to a long random value when DJANGO_DEBUG=0."
    )

ALLOWED_HOSTS = env_list(
    "DJANGO_ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"] if DEBUG else []
)
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    # modeltranslation patches the admin, so it is loaded before it.
    "modeltranslation",
    "cooperation.apps.PortalAdminConfig",  # django.contrib.admin, on the portal's site
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django_filters",
    "cooperation.login_protection.LoginProtectionConfig",  # django-axes
    "cooperation",
    "partners",
    "projects",
    "events",
    # Last, as it asks: deletes the file a record no longer refers to (a
    # replaced photo, a deleted record's scan) once the change is committed,
    # so what staff remove is no longer online. Backups keep the old files.
    "django_cleanup.apps.CleanupConfig",
]

MIDDLEWARE = [
    # First: the HTTPS redirect and security headers apply to every answer.
    "django.middleware.security.SecurityMiddleware",
    # Answers repeat visits to public pages before the rest of the stack runs.
    # A cached answer keeps the headers the middlewares below gave it (the
    # content security policy has no per-response nonce, so it can be kept).
    "cooperation.cache.PublicPageCacheMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # Before the CSRF check: a POST to a read-only page is 405, not 403.
    "cooperation.middleware.MethodNotAllowedMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Locks the admin login after repeated failures; must come last.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "cooperation.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "cooperation.wsgi.application"

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DJANGO_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # SQLite makes a transaction a writer at its first write, and refuses it
    # at once ("database is locked", whatever the timeout) when another
    # transaction that read meanwhile writes first: two staff saving at the
    # same moment under runserver got a 500. Begun as writers, the second
    # waits (up to the timeout, in seconds) for the first and then saves.
    sqlite_options = DATABASES["default"].setdefault("OPTIONS", {})
    sqlite_options.setdefault("transaction_mode", "IMMEDIATE")
    sqlite_options.setdefault("timeout", 20)
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    postgresql_options = DATABASES["default"].setdefault("OPTIONS", {})
    # A database host that does not answer (rather than refusing) would hold
    # every request, /health/ included, until gunicorn kills the worker (60 s).
    postgresql_options.setdefault("connect_timeout", env_int("DJANGO_DB_CONNECT_TIMEOUT", 5))
    if env_bool("DJANGO_DB_PREPARED_STATEMENTS", True):
        # PostgreSQL spends longer planning the portal's short queries than
        # running them (measured on a project page: 0.1-0.5 ms planning against
        # 0.02-0.2 ms running, per query). With the parameters sent apart from
        # the SQL, psycopg prepares a query the fifth time a connection runs
        # it, and PostgreSQL keeps its plan for that connection. Django leaves
        # this off because a pooler in transaction mode (PgBouncer before
        # 1.21, or without max_prepared_statements) cannot keep prepared
        # statements: set DJANGO_DB_PREPARED_STATEMENTS=0 behind one.
        postgresql_options.update(server_side_binding=True, prepare_threshold=5)

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Ukrainian first (the default), English second.
LANGUAGE_CODE = "uk"
LANGUAGES = [
    ("uk", _("Ukrainian")),
    ("en", _("English")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Kyiv"
USE_I18N = True
USE_TZ = True

MODELTRANSLATION_DEFAULT_LANGUAGE = "uk"
MODELTRANSLATION_LANGUAGES = ("uk", "en")
MODELTRANSLATION_FALLBACK_LANGUAGES = {"default": ("uk",), "uk": ()}
# The admin tabs need jQuery UI; we serve it ourselves (no CDN, and the CSP
# forbids one). modeltranslation reads JQUERY_UI_URL, without a prefix.
JQUERY_UI_URL = "vendor/jquery-ui/jquery-ui.min.js"

STATIC_URL = "static/"
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# Media on S3-compatible storage, for several app servers (needs
# `pip install django-storages[s3]`; credentials from the usual AWS_* variables).
if os.environ.get("MEDIA_S3_BUCKET"):
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ["MEDIA_S3_BUCKET"],
            "endpoint_url": os.environ.get("MEDIA_S3_ENDPOINT_URL") or None,
            "default_acl": None,
            "file_overwrite": False,
            # Sign the addresses with Signature Version 4. Left to boto3
            # (django-storages 1.14), an address was signed the old way
            # (version 2) whenever no region was set: AWS accepts that only
            # in a few old regions and is turning it off, other stores not at
            # all, and no photo or logo showed. The region comes from boto3's
            # own AWS_DEFAULT_REGION (README, Growing past one machine).
            "signature_version": "s3v4",
        },
    }
    # The storage gives files addresses at the bucket's host (signed), not
    # under /media/: the content security policy must let the photos and logos
    # come from there. Path style is host/bucket/key, virtual-hosted style
    # bucket.host/key; AWS names the region in the host too
    # (bucket.s3.eu-central-1.amazonaws.com).
    _endpoint = urlsplit(os.environ.get("MEDIA_S3_ENDPOINT_URL") or "")
    if _endpoint.netloc:
        MEDIA_SOURCES = [
            f"{_endpoint.scheme}://{_endpoint.netloc}",
            f"{_endpoint.scheme}://*.{_endpoint.netloc}",
        ]
    else:
        MEDIA_SOURCES = ["https://*.amazonaws.com"]
else:
    MEDIA_SOURCES = []  # under /media/, on our own host

# Uploads: the size limits the admin forms enforce (bytes).
MAX_IMAGE_UPLOAD_SIZE = env_int("MAX_IMAGE_UPLOAD_SIZE", 8 * 1024 * 1024)
MAX_DOCUMENT_UPLOAD_SIZE = env_int("MAX_DOCUMENT_UPLOAD_SIZE", 20 * 1024 * 1024)

LOGIN_URL = "admin:login"

# --- Cache ---------------------------------------------------------------
# Public pages are cached per language and query string (cooperation.cache)
# and invalidated whenever staff save or delete a record. In-process memory by
# default; Redis when REDIS_URL is set (needed to share one cache between
# several app servers).
REDIS_URL = os.environ.get("REDIS_URL", "")
# Rendered pieces of pages (a record's card, the footer), kept until the next
# change like the pages: a page the cache has not seen (another filter, page
# or search) is assembled from the cards other pages already rendered. A cache
# of their own, so that pages and pieces do not push each other out.
if REDIS_URL:
    # A Redis that does not answer is a miss, not a 500 (cooperation.redis_cache),
    # and is waited for a second at most: it answers in a millisecond when well.
    CACHES = {
        alias: {
            "BACKEND": "cooperation.redis_cache.ForgivingRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": prefix,
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
        for alias, prefix in (
            ("default", "cooperation"),
            ("template_fragments", "cooperation-fragments"),
        )
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "cooperation",
            # Per worker process. Pages are 20-100 KB, so 2,000 entries stay
            # within 200 MB however many distinct addresses crawlers
            # try (when full, the least recently used third is dropped); the
            # sitemap of the 2024 site lists 188 addresses in two languages.
            "OPTIONS": {"MAX_ENTRIES": env_int("PUBLIC_PAGE_CACHE_ENTRIES", 2000)},
        },
        "template_fragments": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "cooperation-fragments",
            # A card is 0.5-2 KB: 20,000 of them (every record of the
            # benchmark's data in both languages) stay within 40 MB per worker.
            "OPTIONS": {"MAX_ENTRIES": env_int("PUBLIC_FRAGMENT_CACHE_ENTRIES", 20_000)},
        },
    }
PUBLIC_PAGE_CACHE_SECONDS = env_int("PUBLIC_PAGE_CACHE_SECONDS", 600)
# How long a process trusts the site revision it last read (cooperation.cache):
# a save shows on every worker within this time, at once on the one that saved.
PUBLIC_PAGE_REVISION_MILLISECONDS = env_int("PUBLIC_PAGE_REVISION_MILLISECONDS", 500)

# --- Security ------------------------------------------------------------
# Production (DJANGO_DEBUG=0) is safe by default; each protection has a
# switch for setups that handle it elsewhere (see README, Deploying).
PRODUCTION = not DEBUG
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", PRODUCTION)
# A load balancer's health check often asks over plain HTTP and takes a
# redirect for a failure.
SECURE_REDIRECT_EXEMPT = [r"^health/$"]
SECURE_HSTS_SECONDS = env_int("DJANGO_HSTS_SECONDS", 31_536_000 if PRODUCTION else 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_HSTS_INCLUDE_SUBDOMAINS", PRODUCTION)
SECURE_HSTS_PRELOAD = env_bool("DJANGO_HSTS_PRELOAD", PRODUCTION)
SESSION_COOKIE_SECURE = env_bool("DJANGO_SECURE_COOKIES", PRODUCTION)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
# The admin's language, as staff chose it (public pages take theirs from the address).
LANGUAGE_COOKIE_SECURE = SESSION_COOKIE_SECURE
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
if env_bool("DJANGO_BEHIND_PROXY", False):
    # Only behind a proxy that sets this header itself (and strips the client's).
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    USE_X_FORWARDED_HOST = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = env_int("DJANGO_SESSION_SECONDS", 8 * 60 * 60)  # a working day
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_SAMESITE = "Lax"

# Content-Security-Policy (django-csp): our own files only, no inline script
# or style anywhere, no framing.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", *MEDIA_SOURCES],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}

# Login protection (django-axes): after 5 failures for one user name from one
# address, that pair is locked for an hour; a success resets the count.
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "admin/locked_out.html"
AXES_VERBOSE = False
# The front server's addresses, as gunicorn reads them (gunicorn.conf.py):
# requests from them name the visitor in X-Forwarded-For, which the lock-out
# reads, or every visitor would share the proxy's address.
TRUSTED_PROXIES = env_list("FORWARDED_ALLOW_IPS", ["127.0.0.1"])
AXES_CLIENT_IP_CALLABLE = "cooperation.login_protection.client_ip_address"
# The user name as typed, cut to the length the lock-out's records hold.
AXES_USERNAME_CALLABLE = "cooperation.login_protection.client_username"

# Everything to stderr, where gunicorn's own errors go and systemd's journal
# or the container runtime collects them: errors of requests (500s) with their
# traceback, warnings (404s, lock-outs), and INFO.
LOG_LEVEL = os.environ.get("DJANGO_LOG_LEVEL", "INFO")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    "loggers": {
        # Through the root's handler only: Django's own console handler (debug
        # only) printed every message of runserver twice.
        "django": {"handlers": [], "level": LOG_LEVEL},
        # Missing-variable noise from templates is not useful at INFO.
        "django.template": {"level": "WARNING"},
        # WeasyPrint and fontTools narrate every step at INFO.
        "weasyprint": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
        # gunicorn 27 warned of every HEAD request: Django answers it with the
        # page's body, as it leaves dropping that to the server, and gunicorn
        # drops it as it should. An uptime monitor or a link checker put a line
        # a request among the errors and lock-outs.
        "gunicorn.http.wsgi": {"level": "ERROR"},
    },
}
