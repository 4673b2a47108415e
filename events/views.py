from django.views.generic import DetailView, ListView

from cooperation.views import VisibleToUserMixin

from .models import Event


class EventListView(VisibleToUserMixin, ListView):
    model = Event


class EventDetailView(VisibleToUserMixin, DetailView):
    model = Event
