"""More of the council's memberships than the brochure's three, each with an
organisation of its own, published: for lists and pages that must hold many."""

from cooperation.records import PublicationStatus
from partners.models import Membership, Organisation


def add_memberships(count: int) -> list[Membership]:
    memberships = []
    for number in range(count):
        organisation = Organisation.objects.create(
            name_uk=f"Субрегіональна мережа прикордонних регіонів {number}",
            name_en=f"Subregional network of border regions {number}",
            short_name=f"NR{number}",
            slug=f"network-of-regions-{number}",
            kind=Organisation.Kind.INTERNATIONAL,
            publication_status=PublicationStatus.PUBLISHED,
        )
        memberships.append(
            Membership.objects.create(
                organisation=organisation,
                since_year=2023,
                publication_status=PublicationStatus.PUBLISHED,
            )
        )
    return memberships
