"""``python manage.py draw_share_images``: the picture a link preview shows
for a page that has no photo or logo of its own (Facebook, Telegram, Viber,
X), one per language because it carries text:
``static/img/share/default-<language>.png``, 1200×630 px.

The pictures are committed, so the site never draws them: run this again
after changing their wording (it comes from the translation catalogues:
compile them first), the colours or the font, and commit the result.
"""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import translation
from django.utils.translation import gettext as _
from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 1200, 630
# Drawn at three times the size and reduced, so edges and curves are smooth.
SCALE = 3

BLUE = "#0057b7"
YELLOW = "#ffd700"
INK = "#1b1f24"
MUTED = "#5a6270"
SURFACE = "#f4f6f9"
WHITE = "#ffffff"

STATIC = Path(settings.BASE_DIR) / "static"
FONTS = STATIC / "fonts"
OUTPUT = STATIC / "img" / "share"


def share_image_path(language: str) -> Path:
    return OUTPUT / f"default-{language}.png"


def font(weight: str, size: int) -> ImageFont.FreeTypeFont:
    """The site's own family (Noto Sans, full Cyrillic), as the pages use it."""
    return ImageFont.truetype(str(FONTS / f"NotoSans-{weight}.woff2"), size * SCALE)


def wrap(text: str, typeface: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """Lines of whole words no wider than ``width`` (a longer word stays whole)."""
    lines: list[str] = []
    for word in text.split():
        if lines and typeface.getlength(f"{lines[-1]} {word}") <= width * SCALE:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


def draw_mark(canvas: ImageDraw.ImageDraw, left: int, top: int, size: int) -> None:
    """The portal's mark (templates/includes/_header.html): the flag's two
    fields and a globe, drawn on its 44-unit grid."""

    unit = size * SCALE / 44

    def box(x0: float, y0: float, x1: float, y1: float) -> list[tuple[float, float]]:
        return [
            (left * SCALE + x0 * unit, top * SCALE + y0 * unit),
            (left * SCALE + x1 * unit, top * SCALE + y1 * unit),
        ]

    canvas.rounded_rectangle(box(0, 0, 44, 22), radius=4 * unit, fill=BLUE)
    canvas.rounded_rectangle(box(0, 22, 44, 44), radius=4 * unit, fill=YELLOW)
    canvas.rectangle(box(0, 18, 44, 26), fill=BLUE)
    canvas.rectangle(box(0, 22, 44, 26), fill=YELLOW)
    canvas.ellipse(box(13, 13, 31, 31), outline=WHITE, width=round(2.5 * unit))
    canvas.line(box(13, 22, 31, 22), fill=WHITE, width=round(2 * unit))
    # The meridian, two arcs of an ellipse narrower than the globe.
    canvas.arc(box(18.5, 13, 25.5, 31), start=270, end=90, fill=WHITE, width=round(2 * unit))
    canvas.arc(box(18.5, 13, 25.5, 31), start=90, end=270, fill=WHITE, width=round(2 * unit))


def draw(language: str) -> Image.Image:
    with translation.override(language):
        council = _("Poltava Oblast Council")
        title = _("International cooperation")
        lead = _("Projects, events, memoranda, grant applications and partners")

    image = Image.new("RGB", (WIDTH * SCALE, HEIGHT * SCALE), WHITE)
    canvas = ImageDraw.Draw(image)

    # A light panel on the right holds the mark; a band in the flag's colours
    # runs along the foot, as the site's header and favicon do.
    panel_left = 820
    canvas.rectangle([(panel_left * SCALE, 0), (WIDTH * SCALE, HEIGHT * SCALE)], fill=SURFACE)
    mark = 220
    draw_mark(
        canvas, panel_left + (WIDTH - panel_left - mark) // 2, (HEIGHT - 24 - mark) // 2, mark
    )
    canvas.rectangle(
        [(0, (HEIGHT - 24) * SCALE), (WIDTH * SCALE, (HEIGHT - 12) * SCALE)], fill=BLUE
    )
    canvas.rectangle([(0, (HEIGHT - 12) * SCALE), (WIDTH * SCALE, HEIGHT * SCALE)], fill=YELLOW)

    left, text_width = 80, panel_left - 80 - 64
    eyebrow_font, title_font, lead_font = font("Regular", 32), font("Bold", 76), font("Regular", 32)
    blocks = [
        (wrap(council, eyebrow_font, text_width), eyebrow_font, MUTED, 46, 36),
        (wrap(title, title_font, text_width), title_font, BLUE, 92, 36),
        (wrap(lead, lead_font, text_width), lead_font, INK, 46, 0),
    ]
    height = sum(len(lines) * leading + after for lines, _font, _c, leading, after in blocks)
    y = (HEIGHT - 24 - height) // 2
    for lines, typeface, colour, leading, after in blocks:
        for line in lines:
            canvas.text((left * SCALE, y * SCALE), line, font=typeface, fill=colour)
            y += leading
        y += after

    return image.resize((WIDTH, HEIGHT), Image.Resampling.LANCZOS)


class Command(BaseCommand):
    help = (
        "Draw the default link-preview pictures, static/img/share/default-<language>.png "
        "(1200×630), from the translation catalogues."
    )

    def handle(self, *args, **options):
        OUTPUT.mkdir(parents=True, exist_ok=True)
        for language, _name in settings.LANGUAGES:
            target = share_image_path(language)
            draw(language).save(target, format="PNG", optimize=True)
            self.stdout.write(f"Wrote {target.relative_to(settings.BASE_DIR)}.")
