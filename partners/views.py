from django.views.generic import DetailView, ListView

from cooperation.views import VisibleToUserMixin

from .models import Membership, Memorandum, Organisation


class OrganisationListView(VisibleToUserMixin, ListView):
    model = Organisation


class OrganisationDetailView(VisibleToUserMixin, DetailView):
    model = Organisation


class MembershipListView(VisibleToUserMixin, ListView):
    model = Membership


class MemorandumListView(VisibleToUserMixin, ListView):
    model = Memorandum


class MemorandumDetailView(VisibleToUserMixin, DetailView):
    model = Memorandum
