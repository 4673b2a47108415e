from django.views.generic import DetailView, ListView

from cooperation.views import VisibleToUserMixin

from .models import Application, Project


class ProjectListView(VisibleToUserMixin, ListView):
    model = Project


class ProjectDetailView(VisibleToUserMixin, DetailView):
    model = Project


class ApplicationListView(VisibleToUserMixin, ListView):
    model = Application


class ApplicationDetailView(VisibleToUserMixin, DetailView):
    model = Application

    def get_object(self, queryset=None):
        from django.shortcuts import get_object_or_404

        return get_object_or_404(
            self.get_queryset(), year=self.kwargs["year"], number=self.kwargs["number"]
        )
