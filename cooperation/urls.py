"""Root URLs: the admin and machine-readable files at the top, every public
page under a language prefix (/uk/…, /en/…)."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include("cooperation.root_urls")),
]

urlpatterns += i18n_patterns(
    path("", include("cooperation.site_urls")),
    path("", include("partners.urls")),
    path("", include("projects.urls")),
    path("", include("events.urls")),
)

# Error pages without the site's database or request context, in the
# address's language (the 404 page is the site's own: it runs inside it).
handler400 = "cooperation.views.bad_request"
handler403 = "cooperation.views.permission_denied"
handler500 = "cooperation.views.server_error"

if settings.DEBUG:
    # In production the front web server serves media (see README, Deploying).
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
