"""HTTP semantics the framework leaves to each view."""

from django.http import HttpResponseNotAllowed


class MethodNotAllowedMiddleware:
    """A method a page's view does not handle (a POST to a list) is answered
    405 with the methods it does handle (``Allow``), before the CSRF check
    would answer 403 as if a form had lost its token. Class-based views only:
    they say which methods they handle."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        view_class = getattr(view_func, "view_class", None)
        if view_class is None:
            return None
        names = view_class.http_method_names
        allowed = [name.upper() for name in names if hasattr(view_class, name)]
        if "GET" in allowed and "HEAD" not in allowed:
            # View.setup() answers HEAD with get().
            allowed.insert(allowed.index("GET") + 1, "HEAD")
        if request.method in allowed:
            return None
        return HttpResponseNotAllowed(allowed)
