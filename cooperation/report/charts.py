"""Charts drawn on the server as SVG: no JavaScript runs in the PDF renderer,
and the same markup serves the HTML page.

Every label is escaped here; the markup is built only from numbers and
escaped text, so the result is safe to insert as is. Sizes are chosen for
print: at the report's text width (about 170 mm) the labels come out at about
9 pt, the bars carry their values, and the colours are told apart by the
legend's words as well as by hue.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.utils.dates import MONTHS_3
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import pgettext_lazy

from events.models import Event
from projects.models import Application

BLUE = "#0057B7"
YELLOW = "#FFD700"
INK = "#1B1F24"
GREY = "#5A6270"
LINE = "#D5DAE1"
FONT = "Noto Sans, DejaVu Sans, sans-serif"
# What a chart with nothing to draw gives: templates leave its figure out.
NO_CHART = SafeString("")

EVENT_SERIES = [
    (Event.CouncilRole.ATTENDED, pgettext_lazy("chart legend: events", "took part"), BLUE),
    (Event.CouncilRole.ORGANISED, pgettext_lazy("chart legend: events", "held"), YELLOW),
    (Event.CouncilRole.EXHIBITED, pgettext_lazy("chart legend: events", "exhibited"), INK),
]

# What the report calls each state of an application, in the order it lists them.
APPLICATION_RESULTS = {
    Application.Status.WON: pgettext_lazy("application result", "Winner"),
    Application.Status.SUBMITTED: pgettext_lazy("application result", "Submitted"),
    Application.Status.UNDER_REVIEW: pgettext_lazy("application result", "Under review"),
    Application.Status.IN_PREPARATION: pgettext_lazy("application result", "In preparation"),
    Application.Status.NOT_WON: pgettext_lazy("application result", "Not supported"),
    Application.Status.WITHDRAWN: pgettext_lazy("application result", "Withdrawn"),
}

# The chart counts applications in each state: its labels must agree with any
# number. The mark a winning application carries («Переможець», “Winner”) is a
# singular noun, so «Переможець 5» would not; the other results already read
# as states («Подано 3», “Submitted 3”).
APPLICATION_CHART_LABELS = {
    **APPLICATION_RESULTS,
    Application.Status.WON: pgettext_lazy("applications chart: how many", "Won"),
}


@dataclass(frozen=True)
class _Text:
    x: float
    y: float
    text: str
    size: int = 13
    anchor: str = "start"
    weight: int = 400
    fill: str = INK

    def svg(self) -> str:
        return (
            f'<text x="{self.x:.1f}" y="{self.y:.1f}" font-size="{self.size}" '
            f'font-weight="{self.weight}" text-anchor="{self.anchor}" fill="{self.fill}">'
            f"{escape(self.text)}</text>"
        )


def _rect(x: float, y: float, width: float, height: float, fill: str, stroke: str = "") -> str:
    outline = f' stroke="{stroke}" stroke-width="0.8"' if stroke else ""
    return (
        f'<rect x="{x:.1f}" y="{y:.1f}" width="{width:.1f}" height="{height:.1f}" '
        f'fill="{fill}"{outline}/>'
    )


def _svg(
    width: int, height: int, chart_id: str, title: str, description: str, body: list[str]
) -> SafeString:
    markup = (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc" font-family="{FONT}">'
        f'<title id="{chart_id}-title">{escape(title)}</title>'
        f'<desc id="{chart_id}-desc">{escape(description)}</desc>' + "".join(body) + "</svg>"
    )
    return mark_safe(markup)  # noqa: S308 — built from numbers and escaped text only.


def nice_step(maximum: int, max_ticks: int = 5) -> int:
    """The gridline step: 1, 2 or 5 times a power of ten, at most ``max_ticks`` lines."""
    if maximum <= max_ticks:
        return 1
    magnitude = 10 ** math.floor(math.log10(maximum / max_ticks))
    for factor in (1, 2, 5, 10):
        if maximum / (factor * magnitude) <= max_ticks:
            return factor * magnitude
    return 10 * magnitude


def events_by_month(year: int, events: Iterable[Event]) -> SafeString:
    """Stacked columns: the year's events per month, by the council's role.
    Nothing (an empty string) for a year without events: a chart of twelve
    empty months says nothing the page does not."""
    counts: dict[str, Counter] = {role: Counter() for role, _label, _colour in EVENT_SERIES}
    for event in events:
        if event.start_date.year == year and event.council_role in counts:
            counts[event.council_role][event.start_date.month] += 1
    totals = [sum(counts[role][month] for role in counts) for month in range(1, 13)]
    total = sum(totals)
    if not total:
        return NO_CHART

    width, height = 680, 300
    left, right, top, bottom = 44, 12, 64, 256
    plot_width, plot_height = width - left - right, bottom - top
    maximum = max(max(totals), 1)
    step = nice_step(maximum)
    scale_top = step * math.ceil(maximum / step)
    unit = plot_height / scale_top
    column = plot_width / 12
    bar = column * 0.58

    body: list[str] = []
    # Legend, with each series' total so the chart reads without the colours;
    # a kind the year has none of draws nothing, so it has no entry («виставки: 0»).
    x = left
    for role, label, colour in EVENT_SERIES:
        series_total = sum(counts[role].values())
        if not series_total:
            continue
        text = f"{label}: {series_total}"
        body.append(_rect(x, 14, 16, 16, colour, stroke=INK if colour == YELLOW else ""))
        body.append(_Text(x + 22, 27, text, size=14).svg())
        x += 34 + 8.2 * len(text)
    for tick in range(0, scale_top + 1, step):
        y = bottom - tick * unit
        body.append(
            f'<line x1="{left}" y1="{y:.1f}" x2="{width - right}" y2="{y:.1f}" '
            f'stroke="{LINE if tick else GREY}" stroke-width="{0.8 if tick else 1.2}"/>'
        )
        body.append(_Text(left - 8, y + 4.5, str(tick), size=12, anchor="end", fill=GREY).svg())
    for index, month in enumerate(range(1, 13)):
        x = left + index * column + (column - bar) / 2
        y = bottom
        for role, _label, colour in EVENT_SERIES:
            value = counts[role][month]
            if value:
                y -= value * unit
                body.append(
                    _rect(x, y, bar, value * unit, colour, stroke=INK if colour == YELLOW else "")
                )
        if totals[index]:
            body.append(
                _Text(
                    x + bar / 2, y - 6, str(totals[index]), size=13, anchor="middle", weight=700
                ).svg()
            )
        month_name = str(MONTHS_3[month]).capitalize()
        body.append(
            _Text(
                left + index * column + column / 2,
                bottom + 20,
                month_name,
                size=13,
                anchor="middle",
            ).svg()
        )
    title = _("Events by month, %(year)s") % {"year": year}
    description = "; ".join(
        f"{str(MONTHS_3[month]).capitalize()}: {totals[month - 1]}"
        for month in range(1, 13)
        if totals[month - 1]
    )
    description = _("%(total)s events in all. %(months)s") % {"total": total, "months": description}
    return _svg(width, height, f"events-by-month-{year}", title, description, body)


def applications_by_status(applications: Sequence[Application]) -> SafeString:
    """Horizontal bars: how many of the year's applications are in each state
    (a state none is in gets no bar); nothing for a year without applications."""
    counts = Counter(application.status for application in applications)
    rows = [
        (status, label, counts[status])
        for status, label in APPLICATION_CHART_LABELS.items()
        if counts[status]
    ]
    if not rows:
        return NO_CHART
    total = sum(counts.values())

    label_width, right = 270, 60
    row_height, top = 40, 10
    width = 680
    height = top * 2 + row_height * len(rows)
    bar_space = width - label_width - right
    maximum = max(count for _status, _label, count in rows)

    body: list[str] = []
    for index, (status, label, count) in enumerate(rows):
        y = top + index * row_height
        bar_width = bar_space * count / maximum
        colour = BLUE if status == Application.Status.WON else GREY
        body.append(_Text(label_width - 12, y + 25, str(label), size=15, anchor="end").svg())
        body.append(_rect(label_width, y + 7, bar_width, 26, colour))
        body.append(
            _Text(label_width + bar_width + 8, y + 26, str(count), size=16, weight=700).svg()
        )
    title = _("Applications by result")
    description = _("%(total)s applications: %(parts)s") % {
        "total": total,
        "parts": ", ".join(f"{label} {count}" for _status, label, count in rows),
    }
    return _svg(width, height, "applications-by-result", title, description, body)
