from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from django.views.generic import DetailView

from cooperation.views import (
    BLOCK_SIZE,
    CanonicalAddressMixin,
    PublicListView,
    VisibleToUserMixin,
)
from events.models import Event

from .filters import ApplicationFilter, ProjectFilter
from .models import Application, ApplicationPartner, Project, ProjectParticipation


class ProjectListView(PublicListView):
    model = Project
    filterset_class = ProjectFilter

    def get_queryset(self):
        return super().get_queryset().for_listing()


class ProjectDetailView(VisibleToUserMixin, DetailView):
    model = Project

    def get_queryset(self):
        user = self.request.user
        return (
            super()
            .get_queryset()
            # The parent project comes along (shown only if the user may see it).
            .select_related("priority_area", "parent__priority_area")
            .prefetch_related(
                "countries",
                Prefetch("participations", queryset=ProjectParticipation.objects.visible_to(user)),
                Prefetch("events", queryset=Event.objects.visible_to(user).for_listing()),
                Prefetch(
                    "applications", queryset=Application.objects.visible_to(user).for_listing()
                ),
                Prefetch("components", queryset=Project.objects.visible_to(user).for_listing()),
            )
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        parent = self.object.parent
        context["parent"] = parent if parent and parent.is_visible_to(self.request.user) else None
        return context


class ApplicationListView(PublicListView):
    model = Application
    filterset_class = ApplicationFilter

    def get_queryset(self):
        return super().get_queryset().for_listing()


class ApplicationDetailView(CanonicalAddressMixin, VisibleToUserMixin, DetailView):
    model = Application

    def get_queryset(self):
        user = self.request.user
        # The project, the programme and its organisation are joined whoever
        # may see them, and the template shows each only if it is visible_to
        # the visitor: a Prefetch of the visible ones would cost two queries.
        return (
            super()
            .get_queryset()
            .select_related("priority_area", "programme__organisation", "project__priority_area")
            .prefetch_related(
                Prefetch("partner_links", queryset=ApplicationPartner.objects.visible_to(user))
            )
        )

    def get_object(self, queryset=None):
        return get_object_or_404(
            self.get_queryset(), year=self.kwargs["year"], number=self.kwargs["number"]
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user, application = self.request.user, self.object
        links = list(application.partner_links.all())
        # The events of its project (if the visitor may see it), and those with
        # its partners (not its donors: the European Union meets the council
        # about much else).
        donor = ApplicationPartner.Role.DONOR
        partners = [link.organisation for link in links if link.role != donor]
        project = application.project
        projects = [project] if project is not None and project.is_visible_to(user) else []
        events = Event.objects.visible_to(user).linked_to(organisations=partners, projects=projects)
        context.update(
            events=events.for_listing()[:BLOCK_SIZE],
            organisations=[link.organisation for link in links],
        )
        return context
