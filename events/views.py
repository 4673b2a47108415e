from django.db.models import Prefetch
from django.views.generic import DetailView

from cooperation.views import BLOCK_SIZE, PublicListView, VisibleToUserMixin
from partners.models import Membership, Memorandum, Organisation
from projects.models import Application, Project

from .filters import EventFilter
from .models import Event


class EventListView(PublicListView):
    model = Event
    filterset_class = EventFilter

    def get_queryset(self):
        return super().get_queryset().for_listing()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # A timeline by month reads well unless the visitor sorts by title.
        context["group_by_month"] = self.request.GET.get("ordering") != "title"
        return context


class EventDetailView(VisibleToUserMixin, DetailView):
    model = Event

    def get_queryset(self):
        user = self.request.user
        return (
            super()
            .get_queryset()
            .select_related("country", "priority_area")
            .prefetch_related(
                "photos",
                "figures",
                "documents",
                Prefetch(
                    "organisations",
                    queryset=Organisation.objects.visible_to(user).select_related("country"),
                ),
                Prefetch("projects", queryset=Project.objects.visible_to(user).for_listing()),
            )
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user, event = self.request.user, self.object
        organisations = list(event.organisations.all())
        projects = list(event.projects.all())
        context.update(
            organisations=organisations,
            projects=projects,
            applications=Application.objects.visible_to(user)
            .linked_to(project=projects, partner_links__organisation=organisations)
            .for_listing(),
            memoranda=Memorandum.objects.visible_to(user).linked_to(parties=organisations),
            memberships=Membership.objects.visible_to(user)
            .filter(organisation__in=organisations)
            .select_related("organisation"),
            related_events=Event.objects.visible_to(user)
            .linked_to(projects=projects, organisations=organisations)
            .exclude(pk=event.pk)
            .for_listing()[:BLOCK_SIZE],
        )
        return context
