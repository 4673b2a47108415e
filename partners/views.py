from django.db.models import Prefetch
from django.views.generic import DetailView, ListView

from cooperation.views import BLOCK_SIZE, PublicListView, VisibleToUserMixin
from events.models import Event
from projects.models import Application, Project

from .filters import MemorandumFilter, OrganisationFilter
from .models import Membership, Memorandum, MemorandumParty, Organisation


class OrganisationListView(PublicListView):
    model = Organisation
    filterset_class = OrganisationFilter

    def get_queryset(self):
        return super().get_queryset().select_related("country").alphabetical()


class OrganisationDetailView(VisibleToUserMixin, DetailView):
    model = Organisation

    def get_queryset(self):
        return super().get_queryset().select_related("country")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user, organisation = self.request.user, self.object
        this = [organisation]
        memoranda = Memorandum.objects.visible_to(user).linked_to(parties=this)
        projects = Project.objects.visible_to(user).linked_to(participations__organisation=this)
        events = Event.objects.visible_to(user).linked_to(organisations=this)
        applications = Application.objects.visible_to(user).linked_to(
            partner_links__organisation=this, programme__organisation=this
        )
        context.update(
            memberships=Membership.objects.visible_to(user).filter(organisation=organisation),
            memoranda=memoranda[:BLOCK_SIZE],
            memorandum_count=memoranda.count(),
            projects=projects.for_listing()[:BLOCK_SIZE],
            project_count=projects.count(),
            events=events.for_listing()[:BLOCK_SIZE],
            event_count=events.count(),
            applications=applications.for_listing()[:BLOCK_SIZE],
            application_count=applications.count(),
        )
        return context


class MembershipListView(VisibleToUserMixin, ListView):
    model = Membership
    paginate_by = 50

    # Each membership links its organisation's memoranda and latest events,
    # so the network's page is one click from everything done with it.
    LATEST_EVENTS = 3

    def get_queryset(self):
        user = self.request.user
        latest_events = Event.objects.visible_to(user).order_by("-start_date", "slug")
        return (
            super()
            .get_queryset()
            .ended_last()
            .select_related("organisation__country")
            .prefetch_related(
                Prefetch(
                    "organisation__memoranda",
                    queryset=Memorandum.objects.visible_to(user).order_by("-signed_year", "slug"),
                    to_attr="listed_memoranda",
                ),
                Prefetch(
                    "organisation__events",
                    queryset=latest_events[: self.LATEST_EVENTS],
                    to_attr="latest_events",
                ),
            )
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # The page says which organisations the council *is* a member of:
        # those it has left come after, under a heading of their own.
        memberships = context["page_obj"].object_list
        context["current_memberships"] = [m for m in memberships if not m.has_ended]
        context["former_memberships"] = [m for m in memberships if m.has_ended]
        return context


class MemorandumListView(PublicListView):
    model = Memorandum
    filterset_class = MemorandumFilter


class MemorandumDetailView(VisibleToUserMixin, DetailView):
    model = Memorandum

    def get_queryset(self):
        return (
            super()
            .get_queryset()
            .prefetch_related(
                Prefetch(
                    "party_links", queryset=MemorandumParty.objects.visible_to(self.request.user)
                )
            )
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        organisations = [link.organisation for link in self.object.party_links.all()]
        context.update(
            organisations=organisations,
            memberships=Membership.objects.visible_to(user)
            .filter(organisation__in=organisations)
            .select_related("organisation"),
            events=Event.objects.visible_to(user)
            .linked_to(organisations=organisations)
            .for_listing()[:BLOCK_SIZE],
            projects=Project.objects.visible_to(user)
            .linked_to(participations__organisation=organisations)
            .for_listing()[:BLOCK_SIZE],
        )
        return context
