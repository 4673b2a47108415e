"""The map of the countries of cooperation, drawn as inline SVG.

The outlines (static/img/europe-map.json) are Natural Earth's 1:50m countries
(public domain, via the world-atlas package), clipped to Europe, projected
(equirectangular, scaled at 48°N) and simplified once; Crimea is drawn as part
of Ukraine. The countries' colours and markers come from the database, so a
new country of cooperation appears on the map when staff tick it.

The map shows Europe (the file's width and height) and, beyond it, as much as
it takes to show every highlighted country whole: Georgia, where an event
took place, reaches past the frame's eastern edge. The view box grows, the
drawing keeps its scale, so nothing is stretched.
"""

import json
import math
import re
from decimal import Decimal
from functools import lru_cache

from django import template
from django.contrib.staticfiles import finders

register = template.Library()

# Room around a highlighted country, so that its border does not touch the frame.
FIT_MARGIN = 8
# The outlines are absolute moves and lines: "M764.1 406.8L760 404.1…Z".
_POINT = re.compile(r"(-?\d+(?:\.\d+)?) (-?\d+(?:\.\d+)?)")


@lru_cache(maxsize=1)
def _map_data() -> dict:
    path = finders.find("img/europe-map.json")
    with open(path, encoding="utf-8") as file:
        return json.load(file)


@lru_cache(maxsize=1)
def _outline_bounds() -> dict[str, tuple[float, float, float, float]]:
    """Each country's outline as a box: left, top, right, bottom."""
    bounds = {}
    for code, outline in _map_data()["countries"].items():
        points = [(float(x), float(y)) for x, y in _POINT.findall(outline)]
        xs, ys = [x for x, _y in points], [y for _x, y in points]
        bounds[code] = (min(xs), min(ys), max(xs), max(ys))
    return bounds


def _view_box(width: float, height: float, codes) -> tuple[int, int, int, int]:
    """The frame of Europe, grown to hold the countries ``codes`` whole:
    left, top, width, height."""
    left, top, right, bottom = 0.0, 0.0, width, height
    bounds = _outline_bounds()
    for code in codes:
        box_left, box_top, box_right, box_bottom = bounds[code]
        left = min(left, box_left - FIT_MARGIN)
        top = min(top, box_top - FIT_MARGIN)
        right = max(right, box_right + FIT_MARGIN)
        bottom = max(bottom, box_bottom + FIT_MARGIN)
    left, top = math.floor(left), math.floor(top)
    return left, top, math.ceil(right) - left, math.ceil(bottom) - top


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
    left, top, width, height = _view_box(
        data["width"], data["height"], [s["code"] for s in shapes if s["kind"] != "other"]
    )

    origin = None
    if home is not None and home.longitude is not None and home.latitude is not None:
        origin = project(home.longitude, home.latitude)
    markers = []
    for country in partners.values():
        if country.longitude is None or country.latitude is None:
            continue
        x, y = project(country.longitude, country.latitude)
        if not (left <= x <= left + width and top <= y <= top + height):
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
        # Whole numbers: no decimal comma to fear in Ukrainian.
        "view_box": f"{left} {top} {width} {height}",
        "left": left,
        "top": top,
        "width": width,
        "height": height,
        "shapes": shapes,
        "shows_visited": any(shape["kind"] == "visited" for shape in shapes),
        "markers": markers,
        "origin": (f"{origin[0]:.1f}", f"{origin[1]:.1f}") if origin else None,
    }
