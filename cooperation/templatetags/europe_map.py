"""The map of the countries of cooperation, drawn as inline SVG.

The outlines (static/img/europe-map.json) are Natural Earth's 1:50m countries
(public domain, via the world-atlas package), clipped to Europe, projected
(equirectangular, scaled at 48°N) and simplified once; Crimea is drawn as part
of Ukraine. The countries' colours and markers come from the database, so a
new country of cooperation appears on the map when staff tick it.
"""

import json
from decimal import Decimal
from functools import lru_cache

from django import template
from django.contrib.staticfiles import finders

register = template.Library()


@lru_cache(maxsize=1)
def _map_data() -> dict:
    path = finders.find("img/europe-map.json")
    with open(path, encoding="utf-8") as file:
        return json.load(file)


def project(longitude: Decimal | float, latitude: Decimal | float) -> tuple[float, float]:
    """A point on the map (SVG user units) for a longitude and latitude."""
    p = _map_data()["projection"]
    x = ((float(longitude) - p["lon0"]) * p["k"] - p["x0"]) * p["scale"]
    y = (p["lat_max"] - float(latitude)) * p["scale"]
    return round(x, 1), round(y, 1)


@register.inclusion_tag("includes/_europe_map.html")
def europe_map(countries, home=None, visited=()):
    """``countries``: the countries of cooperation (highlighted, with markers);
    ``home``: the country the lines start from; ``visited``: other countries
    with events (lightly highlighted)."""
    data = _map_data()
    width, height = data["width"], data["height"]
    partners = {c.iso_code: c for c in countries}
    visited_codes = {c.iso_code for c in visited} - set(partners)
    home_code = home.iso_code if home else ""
    shapes = []
    for code, outline in data["countries"].items():
        if code == home_code:
            kind = "home"
        elif code in partners:
            kind = "partner"
        elif code in visited_codes:
            kind = "visited"
        else:
            kind = "other"
        shapes.append({"code": code, "d": outline, "kind": kind})
    # Draw highlighted countries last so their borders sit on top.
    order = {"other": 0, "visited": 1, "partner": 2, "home": 3}
    shapes.sort(key=lambda shape: order[shape["kind"]])

    origin = None
    if home is not None and home.longitude is not None and home.latitude is not None:
        origin = project(home.longitude, home.latitude)
    markers = []
    for country in partners.values():
        if country.longitude is None or country.latitude is None:
            continue
        x, y = project(country.longitude, country.latitude)
        if not (0 <= x <= width and 0 <= y <= height):
            continue
        # Strings, not floats: the template would localise 219.9 as "219,9"
        # in Ukrainian, which is not an SVG number.
        marker = {"country": country, "x": f"{x:.1f}", "y": f"{y:.1f}", "path": ""}
        if origin:
            # A gentle arc from the region to the country.
            mid_x, mid_y = (origin[0] + x) / 2, (origin[1] + y) / 2 - abs(origin[0] - x) * 0.18
            marker["path"] = f"M{origin[0]} {origin[1]}Q{mid_x:.1f} {mid_y:.1f} {x} {y}"
        markers.append(marker)
    return {
        "width": int(width),
        "height": int(height),
        "shapes": shapes,
        "markers": markers,
        "origin": (f"{origin[0]:.1f}", f"{origin[1]:.1f}") if origin else None,
    }
