"""Genuine invoice pictures of the hard kinds the outside sets lack, checked for false alarms.

A new image sign must fire on none of these before it is kept. Session 26's tilted-run sign
(I290) fired on no genuine picture of six outside sets and then on a reviewer's rubber stamps,
dot-matrix lines, typed forms and curled sheets; a widened flat-grey-box sign (I213) on
electronic seals and on scanner curves that crush the shadows. Both were taken back. This bench
draws such pages from a seed, every kind at several JPEG qualities and as PNG:

    PYTHONPATH=src python bench/genuine_pictures.py [--quick | --n N] [--seed S] [--kinds a,b]
        [--ocr] [--against SRC] [--this SRC] [--keep DIR] [--json OUT]

and prints per kind: pages, pages with a finding tagged `altered` (the "flagged" measure of
bench/invoices.py and bench/independent.py) and the codes of those findings. `--against SRC`
checks every page with a second source tree too, in the same run (one worker process per tree,
pages asked in alternating order as bench/scan_cpu.py does: a busy machine weighs on both alike)
and prints the two side by side. `--ocr` reads the pages (slow); without it only the pixel signs
run. `--keep DIR` writes every flagged page there to look at; `--json OUT` the figures and one
record per page.
"""

from __future__ import annotations

import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import zlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
FACES = {
    "sans": "DejaVuSans.ttf",
    "bold": "DejaVuSans-Bold.ttf",
    "serif": "DejaVuSerif.ttf",
    "condensed": "DejaVuSansCondensed.ttf",
    "serif_condensed": "DejaVuSerifCondensed.ttf",
    "mono": "DejaVuSansMono.ttf",
    "mono_bold": "DejaVuSansMono-Bold.ttf",
    "serif_italic": "DejaVuSerif-Italic.ttf",
    "oblique": "DejaVuSans-Oblique.ttf",
    "condensed_oblique": "DejaVuSansCondensed-Oblique.ttf",
}
UPRIGHT = ("sans", "serif", "condensed", "serif_condensed")
SLANTED = ("serif_italic", "oblique", "condensed_oblique")

KINDS: dict[str, str] = {
    "rigid": "the whole sheet turned 0.3-2.5 degrees on the glass",
    "perspective": "a keystone: the page photographed or scanned a little off square",
    "curl": "one edge of the sheet lifted off the glass, its lines bending",
    "spine": "a bound sheet: lines bend towards the spine",
    "feed_skew": "the sheet turned while the feeder pulled it: skew changes down the page",
    "wave_fold": "a carriage wobble and a fold across the middle with its crease shadow",
    "trifold": "a letter folded in three: the panels lie at slightly different angles",
    "dog_ear": "a corner folded up: the print near it pulled towards the fold",
    "typed_form": "a printed form whose values were typed a little off their labels",
    "stamp": "a rubber stamp inked 1-3 degrees off beside the total, and a signature",
    "sticker": "a shipping label stuck on the page 0.5-2 degrees off",
    "dot_matrix": "a dot-matrix print whose baseline wavers, on a pre-printed header",
    "italic": "the whole invoice set in an italic or oblique face",
    "two_column": "two columns of text whose lines do not share baselines",
    "cjk": "Chinese and Japanese rows among Latin ones",
    "seal": "a supplier's electronic seal (a flat red chop) placed on a PNG scan",
    "crushed_shadow": "dark bands through a scanner curve that crushes the shadows, PNG",
    "black_clip": "black clipped then lifted (brightness added, or limited 16-235 range), PNG",
}
# Kinds whose trouble is a PNG's exact levels: a JPEG would blur what they are about.
PNG_ONLY = {"seal", "crushed_shadow", "black_clip"}
FORMATS: tuple[tuple[str, int | None], ...] = (
    ("JPEG", 45),
    ("JPEG", 60),
    ("JPEG", 75),
    ("JPEG", 90),
    ("PNG", None),
)
# Drawn at 300 dpi and scanned at 150: glyph edges come out as a scanner's, not as a font's.
WIDTH, HEIGHT, DOWN = 2480, 3508, 2


def font(face: str, size: float) -> ImageFont.FreeTypeFont:
    path = DEJAVU / FACES[face] if face in FACES else Path(face)
    return ImageFont.truetype(str(path), max(8, int(size)))


def cjk_font_path() -> str | None:
    """A font with Chinese glyphs, as fontconfig knows it."""
    try:
        listing = subprocess.run(
            ["fc-list", ":lang=zh", "file"], capture_output=True, text=True, check=False
        ).stdout
    except FileNotFoundError:
        return None
    paths = sorted(line.split(":")[0].strip() for line in listing.splitlines() if line.strip())
    return paths[0] if paths else None


@dataclass
class Sheet:
    """The paper before capture: ink coverage (0..1) per colour, and shading from folds."""

    rng: np.random.Generator
    inks: dict[tuple[int, int, int], np.ndarray] = field(default_factory=dict)
    shade: np.ndarray | None = None

    def layer(self, colour: tuple[int, int, int] = (25, 25, 25)) -> np.ndarray:
        if colour not in self.inks:
            self.inks[colour] = np.zeros((HEIGHT, WIDTH), np.float32)
        return self.inks[colour]

    def lay(self, coverage: np.ndarray, colour: tuple[int, int, int] = (25, 25, 25)) -> None:
        np.maximum(self.layer(colour), coverage, out=self.inks[colour])

    def reshape(self, move: Callable[[np.ndarray], np.ndarray]) -> None:
        """Moves everything printed on the sheet (a turn, a curl): all inks move alike."""
        self.inks = {c: move(a) for c, a in self.inks.items()}


def blank() -> tuple[Image.Image, ImageDraw.ImageDraw]:
    canvas = Image.new("L", (WIDTH, HEIGHT), 0)
    return canvas, ImageDraw.Draw(canvas)


def coverage(canvas: Image.Image) -> np.ndarray:
    return np.asarray(canvas, np.float32) / 255.0


@dataclass
class Layout:
    """Where the invoice's parts landed, for the kinds that add to it."""

    size: int
    margin: int
    columns: list[int]
    total_y: int
    end_y: int


def draw_invoice(
    sheet: Sheet,
    *,
    face: str,
    cjk: str | None = None,
    two_columns: bool = False,
    dotted: bool = False,
) -> Layout:
    """A plain invoice in black: supplier, number and date, an item table, totals, terms.

    `dotted` prints the body as a dot-matrix printer does (each character on its own wavering
    baseline, made of dots) under a header pre-printed in a proportional face."""
    rng = sheet.rng
    canvas, draw = blank()
    body_canvas, body = blank() if dotted else (canvas, draw)
    size = int(rng.integers(40, 58))
    text, small = font(face, size), font(face, size * 0.8)
    heading = font("bold", size * 1.4)
    margin = 200
    phase = float(rng.uniform(0, 6))

    def write(x: float, y: float, words: str, typeface: ImageFont.FreeTypeFont) -> None:
        if not dotted:
            draw.text((x, y), words, fill=255, font=typeface)
            return
        for k, char in enumerate(words):
            wobble = 3.0 * np.sin(0.6 * k + phase) + rng.normal(0, 1.0)
            body.text((x, y + wobble), char, fill=255, font=typeface)
            x += typeface.getlength(char)

    if dotted:
        text = small = font("mono", size * 0.9)
    draw.text((margin, 240), "NORDWIND HANDEL GMBH", fill=255, font=heading)
    draw.text(
        (margin, 350), "Lindenallee 7, 20095 Hamburg  USt-IdNr DE204518832", fill=255, font=small
    )
    write(WIDTH * 0.6, 240, f"INVOICE RE-{rng.integers(10000, 99999)}", text)
    write(WIDTH * 0.6, 320, f"DATE {rng.integers(1, 28):02d}.0{rng.integers(1, 9)}.2026", text)
    y = 560
    if two_columns:
        y = _two_columns(draw, small, margin, y, rng)
    if cjk:
        face_cjk = font(cjk, size)
        for row in (
            "发票号码 24312000000118 开票日期 2026年03月14日",
            "購入者 株式会社みなと商会 大阪市北区",
        ):
            draw.text((margin, y), row, fill=255, font=face_cjk)
            y += int(size * 2)
    draw.rectangle((margin, y, WIDTH - margin, y + 8), fill=255)
    y += 30
    columns = [margin + 20, int(WIDTH * 0.45), int(WIDTH * 0.62), int(WIDTH * 0.78)]
    for title, x in zip(("ITEM", "QTY", "UNIT PRICE", "AMOUNT"), columns, strict=True):
        draw.text((x, y), title, fill=255, font=text)
    y += int(size * 1.8)
    net = 0.0
    items = ("Kabelbinder 200mm", "USB-C Ladekabel", "Versandkarton S", "Etiketten A6")
    for row in range(int(rng.integers(5, 10))):
        qty, price = int(rng.integers(1, 40)), int(rng.integers(100, 99999)) / 100
        net += qty * price
        name = items[row % len(items)] if not cjk or row % 2 else "数据线 Type-C 1米"
        if cjk and not row % 2:
            draw.text((columns[0], y), name, fill=255, font=font(cjk, size))
        else:
            write(columns[0], y, name, text)
        write(columns[1], y, str(qty), text)
        write(columns[2], y, f"{price:,.2f}", text)
        write(columns[3], y, f"{qty * price:,.2f}", text)
        y += int(size * 1.7)
    draw.rectangle((margin, y, WIDTH - margin, y + 6), fill=255)
    y += 40
    label_x = columns[2] - 120
    for label, amount in (("NET", net), ("VAT 19%", net * 0.19)):
        write(label_x, y, label, text)
        write(columns[3], y, f"{amount:,.2f}", text)
        y += int(size * 1.7)
    total_y = y
    write(label_x, y, "TOTAL EUR", text if dotted else heading)
    write(columns[3], y, f"{net * 1.19:,.2f}", text if dotted else heading)
    y += int(size * 3)
    for line in (
        "Payable within 14 days to IBAN DE44 2005 0550 1234 5678 90, BIC HASPDEHHXXX.",
        "Goods remain our property until paid in full. Thank you for your order.",
        f"Order PO-{rng.integers(1000, 9999)}  Delivery note LS-{rng.integers(10000, 99999)}",
    ):
        write(margin, y, line, small)
        y += int(size * 1.5)
    sheet.lay(coverage(canvas))
    if dotted:
        sheet.lay(coverage(body_canvas) * _dots())
    return Layout(size=size, margin=margin, columns=columns, total_y=total_y, end_y=y)


def _two_columns(
    draw: ImageDraw.ImageDraw,
    face: ImageFont.FreeTypeFont,
    margin: int,
    y: int,
    rng: np.random.Generator,
) -> int:
    """Bill-to and ship-to side by side at different line pitches: their baselines drift apart."""
    left = ("BILL TO", "Kestrel Goods Ltd", "14 Mill Lane", "Leeds LS1 4AB", "United Kingdom")
    right = ("SHIP TO", "Kestrel Goods c/o FBA", "Unit 3, Dock Road", "Tilbury RM18 7AA")
    pitch_left, pitch_right = face.size * 1.5, face.size * float(rng.uniform(1.75, 2.1))
    for i, line in enumerate(left):
        draw.text((margin, y + i * pitch_left), line, fill=255, font=face)
    for i, line in enumerate(right):
        draw.text((WIDTH // 2 + 60, y + 20 + i * pitch_right), line, fill=255, font=face)
    return int(y + max(len(left) * pitch_left, 20 + len(right) * pitch_right) + face.size)


def _dots() -> np.ndarray:
    """A dot-matrix head's grid: ink only where a pin struck."""
    pitch = 7
    grid = np.zeros((HEIGHT, WIDTH), np.float32)
    grid[::pitch, ::pitch] = 1.0
    return np.minimum(cv2.GaussianBlur(grid, (0, 0), 2.0) * 45.0, 1.0)


def turn(a: np.ndarray, degrees: float, centre: tuple[float, float] | None = None) -> np.ndarray:
    cx, cy = centre or (WIDTH / 2, HEIGHT / 2)
    matrix = cv2.getRotationMatrix2D((cx, cy), degrees, 1.0)
    return cv2.warpAffine(a, matrix, (WIDTH, HEIGHT), flags=cv2.INTER_CUBIC, borderValue=0)


def remap(a: np.ndarray, fx: np.ndarray, fy: np.ndarray) -> np.ndarray:
    return cv2.remap(
        a, fx.astype(np.float32), fy.astype(np.float32), cv2.INTER_CUBIC, borderValue=0
    )


def grid() -> tuple[np.ndarray, np.ndarray]:
    yy, xx = np.mgrid[0:HEIGHT, 0:WIDTH].astype(np.float32)
    return xx, yy


def step(z: np.ndarray) -> np.ndarray:
    """A soft step from 0 to 1 (a logistic, written so that it cannot overflow)."""
    return 0.5 * (1 + np.tanh(z / 2))


def signed(rng: np.random.Generator, low: float, high: float) -> float:
    return float(rng.uniform(low, high) * rng.choice([-1, 1]))


# The kinds drawn on the sheet before capture: each adds print or moves it. -----------------


def typed_form(sheet: Sheet, at: Layout) -> dict[str, Any]:
    """Labels pre-printed; values typed by a machine that held the sheet a little turned."""
    delta = signed(sheet.rng, 0.2, 1.0)
    labels, values = blank(), blank()
    typed = font("mono", at.size)
    y0 = at.end_y + int(at.size * 1.5)
    rows = (("CUSTOMER NO", "40021-DE"), ("ORDER NO", "PO-2026-11842"), ("DELIVERED", "21.03.2026"))
    for i, (label, value) in enumerate(rows):
        y = y0 + i * int(at.size * 2.2)
        labels[1].text((at.margin, y), label, fill=255, font=font("sans", at.size))
        values[1].text((at.margin + at.size * 9, y + 4), value, fill=255, font=typed)
    sheet.lay(coverage(labels[0]))
    sheet.lay(turn(coverage(values[0]), delta, (at.margin + at.size * 9, y0)))
    return {"typed_off_degrees": round(delta, 2)}


def stamp(sheet: Sheet, at: Layout) -> dict[str, Any]:
    """A 'PAID' stamp in red or blue ink beside the total, set by hand off the page's square."""
    rng = sheet.rng
    angle = signed(rng, 1.0, 3.0)
    canvas, draw = blank()
    x, y = at.margin, at.total_y - at.size
    face = font("bold", at.size * 1.2)
    words = f"PAID {rng.integers(1, 28):02d}.03.2026"
    width = face.getlength(words)
    draw.rectangle((x - 20, y - 20, x + width + 20, y + at.size * 1.6), outline=255, width=6)
    draw.text((x, y), words, fill=255, font=face)
    # Rubber leaves uneven ink: blotches where the pad was dry.
    blotch = cv2.GaussianBlur(
        rng.uniform(0.4, 1.0, (HEIGHT // 8, WIDTH // 8)).astype(np.float32), (0, 0), 1.5
    )
    ink = coverage(canvas) * cv2.resize(blotch, (WIDTH, HEIGHT))
    colour = ((190, 40, 50), (40, 60, 170))[int(rng.integers(0, 2))]
    sheet.lay(turn(ink, angle, (x, y)), colour)
    scribble, pen = blank()
    xs = np.linspace(at.columns[1], at.columns[1] + at.size * 8, 80)
    ys = at.total_y + at.size * 1.2 + at.size * 0.6 * np.sin(xs / 23.0) * np.cos(xs / 61.0)
    pen.line(list(zip(xs.tolist(), ys.tolist(), strict=True)), fill=255, width=5)
    sheet.lay(coverage(scribble), (30, 40, 120))
    return {"stamp_degrees": round(angle, 2)}


def sticker(sheet: Sheet, at: Layout) -> dict[str, Any]:
    """A white label with a tracking number, stuck on by hand."""
    rng = sheet.rng
    angle = signed(rng, 0.5, 2.0)
    x, y = at.margin + at.size * 8, at.end_y + int(at.size * 1.5)
    labels, draw = blank()
    draw.text((at.margin, y), "SHIPMENT", fill=255, font=font("sans", at.size))
    sheet.lay(coverage(labels))
    printed, pen = blank()
    face = font("sans", at.size)
    words = f"TRK 1Z{rng.integers(10**9, 10**10)}{rng.integers(10**5, 10**6)}"
    pen.text((x, y), words, fill=255, font=face)
    label = np.zeros((HEIGHT, WIDTH), np.float32)
    label[y - 30 : y + int(at.size * 1.6), x - 30 : x + int(face.getlength(words)) + 30] = 1.0
    # The label is whiter than the paper; its edge casts a faint shadow.
    edge = cv2.dilate(label, np.ones((5, 5), np.uint8)) - label
    sheet.shade = (sheet.shade if sheet.shade is not None else 0) + turn(
        edge * 14.0 - label * 8.0, angle, (x, y)
    )
    sheet.lay(turn(coverage(printed), angle, (x, y)))
    return {"sticker_degrees": round(angle, 2)}


def rigid_turn(sheet: Sheet) -> dict[str, Any]:
    angle = signed(sheet.rng, 0.3, 2.5)
    sheet.reshape(lambda a: turn(a, angle))
    if sheet.shade is not None:
        sheet.shade = turn(sheet.shade, angle)
    return {"degrees": round(angle, 2)}


def bend(sheet: Sheet, kind: str) -> dict[str, Any]:
    """Moves the print as the sheet lay: a keystone, a curl, a spine, a feed, folds."""
    rng = sheet.rng
    xx, yy = grid()
    if kind == "perspective":
        corners = np.float32([[0, 0], [WIDTH, 0], [WIDTH, HEIGHT], [0, HEIGHT]])
        amount = float(rng.uniform(0.002, 0.008))
        moved = corners + np.float32(rng.uniform(-amount, amount, (4, 2)) * WIDTH)
        matrix = cv2.getPerspectiveTransform(moved, corners)
        sheet.reshape(
            lambda a: cv2.warpPerspective(a, matrix, (WIDTH, HEIGHT), flags=cv2.INTER_CUBIC)
        )
        return {"keystone": round(amount, 4)}
    if kind == "curl":
        amount, reach = float(rng.uniform(0.002, 0.008)), 0.25 * WIDTH
        right = bool(rng.integers(0, 2))
        lift = np.clip(((xx - (WIDTH - reach)) if right else (reach - xx)) / reach, 0, 1)
        fx, fy = xx - 0.3 * amount * WIDTH * lift**3, yy + amount * HEIGHT * lift**2
        sheet.reshape(lambda a: remap(a, fx, fy))
        return {"curl": round(amount, 4), "right_edge": right}
    if kind == "spine":
        amount = float(rng.uniform(0.002, 0.006))
        fy = yy + amount * HEIGHT * ((WIDTH - xx) / WIDTH) ** 3 * (yy / HEIGHT - 0.5) * 2
        sheet.reshape(lambda a: remap(a, xx, fy))
        return {"spine": round(amount, 4)}
    if kind == "feed_skew":
        change = np.deg2rad(float(rng.uniform(0.15, 0.6))) * (yy / HEIGHT - 0.5)
        fx = WIDTH / 2 + (xx - WIDTH / 2) * np.cos(change)
        fy = yy + (xx - WIDTH / 2) * np.sin(change)
        sheet.reshape(lambda a: remap(a, fx, fy))
        return {}
    if kind == "wave_fold":
        amplitude = float(rng.uniform(1.0, 3.0))
        period = WIDTH * float(rng.uniform(0.6, 1.5))
        wobble = amplitude * np.sin(2 * np.pi * xx / period + rng.uniform(0, 6)) * (1 + yy / HEIGHT)
        # Below the fold the half sheet lies a little turned about the crease.
        crease = HEIGHT / 2 + float(rng.uniform(-80, 80))
        below = step((yy - crease) / 30.0)
        tilt = np.deg2rad(signed(rng, 0.1, 0.5)) * below
        fy = yy + wobble + (xx - WIDTH / 2) * np.sin(tilt)
        sheet.reshape(lambda a: remap(a, xx, fy))
        sheet.shade = _crease_shadow(yy, [crease], rng)
        return {"wave_px": round(amplitude, 2)}
    if kind == "trifold":
        top, bottom = signed(rng, 0.2, 0.8), signed(rng, 0.2, 0.8)
        upper = step((HEIGHT / 3 - yy) / 25.0)
        lower = step((yy - 2 * HEIGHT / 3) / 25.0)
        panel = np.deg2rad(top * upper + bottom * lower)
        fx = WIDTH / 2 + (xx - WIDTH / 2) * np.cos(panel)
        fy = yy + (xx - WIDTH / 2) * np.sin(panel)
        sheet.reshape(lambda a: remap(a, fx, fy))
        sheet.shade = _crease_shadow(yy, [HEIGHT / 3, 2 * HEIGHT / 3], rng)
        return {"panels_degrees": [round(top, 2), round(bottom, 2)]}
    if kind == "dog_ear":
        corner = int(rng.integers(0, 4))
        cx, cy = (WIDTH if corner % 2 else 0), (HEIGHT if corner // 2 else 0)
        reach = float(rng.uniform(500, 1000))
        r = np.hypot(xx - cx, yy - cy)
        pull = np.clip((reach - r) / reach, 0, 1) ** 2 * float(rng.uniform(4, 10))
        ux, uy = (xx - cx) / np.maximum(r, 1), (yy - cy) / np.maximum(r, 1)
        sheet.reshape(lambda a: remap(a, xx + pull * ux, yy + pull * uy))
        return {"corner": corner}
    raise ValueError(kind)


def _crease_shadow(yy: np.ndarray, creases: list[float], rng: np.random.Generator) -> np.ndarray:
    depth = float(rng.uniform(5, 14))
    return sum(depth * np.exp(-(((yy - c) / 12.0) ** 2)) for c in creases)


# Capture: paper and ink to pixels, as a scanner would. -------------------------------------


def capture(
    sheet: Sheet,
    *,
    paper: float = 246.0,
    curve: Callable[[np.ndarray], np.ndarray] | None = None,
) -> Image.Image:
    """Paper and ink at 300 dpi to a 150 dpi scan: averaged, blurred, grain added, a curve.

    Grey unless some ink has a colour (a stamp): a scanner set to colour keeps it."""
    rng = sheet.rng
    channels = 3 if any(len(set(c)) > 1 for c in sheet.inks) else 1
    page = np.full((HEIGHT, WIDTH, channels), paper, np.float32)
    if sheet.shade is not None:
        page -= sheet.shade[..., None]
    for ink_colour, cover in sheet.inks.items():
        tone = np.float32(ink_colour[:channels]) if channels == 3 else np.float32([ink_colour[0]])
        page += (tone - page) * np.clip(cover, 0, 1)[..., None]
    size = (WIDTH // DOWN, HEIGHT // DOWN)
    page = cv2.resize(page, size, interpolation=cv2.INTER_AREA).reshape(size[1], size[0], channels)
    page = cv2.GaussianBlur(page, (0, 0), float(rng.uniform(0.3, 0.8))).reshape(page.shape)
    page += rng.normal(0, float(rng.uniform(1.5, 4.5)), page.shape).astype(np.float32)
    if curve is not None:
        page = curve(np.clip(page, 0, 255))
    pixels = np.clip(np.round(page), 0, 255).astype(np.uint8)
    return Image.fromarray(pixels[..., 0] if channels == 1 else pixels)


def encode(picture: Image.Image, fmt: str, quality: int | None) -> bytes:
    out = io.BytesIO()
    if fmt == "JPEG":
        picture.save(out, format="JPEG", quality=quality)
    else:
        picture.save(out, format="PNG")
    return out.getvalue()


def electronic_seal(picture: Image.Image, at: Layout, rng: np.random.Generator) -> Image.Image:
    """The supplier's seal placed on the scan by software: a flat red ring with its name."""
    cjk = cjk_font_path()
    side = 300
    seal = Image.new("L", (side, side), 0)
    draw = ImageDraw.Draw(seal)
    draw.ellipse((6, 6, side - 6, side - 6), outline=255, width=int(rng.integers(7, 12)))
    draw.text((side / 2, side / 2), "★", fill=255, font=font("sans", 60), anchor="mm")
    writing = font(cjk, 38) if cjk else font("bold", 30)
    draw.text(
        (side / 2, side * 0.75),
        "发票专用章" if cjk else "SEAL",
        fill=255,
        font=writing,
        anchor="mm",
    )
    draw.text((side / 2, side * 0.25), "913101", fill=255, font=font("sans", 30), anchor="mm")
    sealed = picture.convert("RGB")
    x = int(at.columns[3] / DOWN - side / 2 + rng.integers(-40, 40))
    y = int(at.total_y / DOWN - side / 2 + rng.integers(-40, 40))
    sealed.paste(Image.new("RGB", seal.size, (226, 28, 36)), (x, y), seal)
    return sealed


def crush_shadows(values: np.ndarray) -> np.ndarray:
    """A scanner's text-enhancing curve: everything darker than 60 becomes one level."""
    return np.where(values < 60, 20 + np.clip(values - 20, 0, None) * 0.05, values)


# One page of a kind. -----------------------------------------------------------------------


@dataclass
class Picture:
    kind: str
    index: int
    filename: str
    data: bytes
    fmt: str
    quality: int | None
    facts: dict[str, Any]


def page_format(kind: str, index: int) -> tuple[str, int | None]:
    if kind in PNG_ONLY:
        return ("PNG", None)
    # Offset by the kind, so a quick run still sees every format across the kinds.
    return FORMATS[(index + list(KINDS).index(kind)) % len(FORMATS)]


def build(kind: str, index: int, seed: int = 26) -> Picture:
    """Page `index` of `kind`, the same bytes for the same seed."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}: one of {', '.join(KINDS)}")
    rng = np.random.default_rng([seed, zlib.crc32(kind.encode()), index])
    fmt, quality = page_format(kind, index)
    sheet = Sheet(rng)
    face = str(rng.choice(SLANTED if kind == "italic" else UPRIGHT))
    cjk = cjk_font_path() if kind in ("cjk", "seal") else None
    at = draw_invoice(
        sheet,
        face=face,
        cjk=cjk,
        two_columns=kind == "two_column",
        dotted=kind == "dot_matrix",
    )
    facts: dict[str, Any] = {"face": face}
    if kind in ("crushed_shadow", "black_clip"):
        bands, draw = blank()
        draw.rectangle((200, 60, 1100, 200), fill=255)  # a solid logo block
        draw.rectangle((200, at.total_y - 30, WIDTH - 200, at.total_y + 100), fill=255)
        sheet.lay(coverage(bands))
    adders = {"typed_form": typed_form, "stamp": stamp, "sticker": sticker}
    if kind in adders:
        facts |= adders[kind](sheet, at)
    facts |= rigid_turn(sheet)
    if kind in ("perspective", "curl", "spine", "feed_skew", "wave_fold", "trifold", "dog_ear"):
        facts |= bend(sheet, kind)
    paper, curve = 246.0, None
    if kind == "crushed_shadow":
        curve = crush_shadows
    if kind == "black_clip":
        lift = int(rng.integers(16, 41))
        if rng.integers(0, 2):
            # Grey recycled paper, dense ink clipped at 0, brightness raised afterwards.
            sheet.inks = {(0, 0, 0): sum(sheet.inks.values()) * 1.25}
            paper = 218.0

            def curve(v: np.ndarray) -> np.ndarray:
                return np.clip(v + lift, 0, 255)

            facts["lifted_by"] = lift
        else:

            def curve(v: np.ndarray) -> np.ndarray:  # stored as video range 16-235
                return 16 + v * 219 / 255

            facts["video_range"] = True
    picture = capture(sheet, paper=paper, curve=curve)
    if kind == "seal":
        picture = electronic_seal(picture, at, rng)
    ext = "jpg" if fmt == "JPEG" else "png"
    return Picture(
        kind=kind,
        index=index,
        filename=f"{kind}_{index:03d}.{ext}",
        data=encode(picture, fmt, quality),
        fmt=fmt,
        quality=quality,
        facts=facts,
    )


# Checking: one worker process per source tree. ---------------------------------------------


def worker() -> int:
    """Reads {path, filename, ocr} lines from stdin, answers what check_invoice found."""
    import time

    from reinstate.invoices.check import check_invoice

    for line in sys.stdin:
        ask = json.loads(line)
        started = time.perf_counter()
        try:
            report = check_invoice(
                Path(ask["path"]).read_bytes(), filename=ask["filename"], ocr=ask["ocr"]
            )
        except Exception as exc:  # a crash is a finding of this bench
            answer: dict[str, Any] = {"crash": repr(exc)[:300]}
        else:
            answer = {
                "codes": sorted(report.codes),
                "altered": sorted({f.code for f in report.findings if "altered" in f.rule.tags}),
            }
        answer["seconds"] = round(time.perf_counter() - started, 3)
        print(json.dumps(answer), flush=True)
    return 0


class Tree:
    def __init__(self, label: str, src: str) -> None:
        self.label, self.src = label, src
        self.proc = subprocess.Popen(
            [sys.executable, __file__, "--worker"],
            env=dict(os.environ, PYTHONPATH=src),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )

    def ask(self, path: Path, filename: str, ocr: bool) -> dict[str, Any]:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(json.dumps({"path": str(path), "filename": filename, "ocr": ocr}))
        self.proc.stdin.write("\n")
        self.proc.stdin.flush()
        answer = self.proc.stdout.readline()
        if not answer:
            raise RuntimeError(f"the worker for {self.src} stopped")
        return json.loads(answer)

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait()


def summarise(records: list[dict[str, Any]], label: str) -> dict[str, dict[str, Any]]:
    by_kind: dict[str, dict[str, Any]] = {}
    for kind in dict.fromkeys(r["kind"] for r in records):
        answers = [r[label] for r in records if r["kind"] == kind]
        codes: Counter[str] = Counter(c for a in answers for c in a.get("altered", []))
        by_kind[kind] = {
            "pages": len(answers),
            "flagged": sum(bool(a.get("altered")) for a in answers),
            "crashes": sum("crash" in a for a in answers),
            "codes": dict(sorted(codes.items())),
        }
    return by_kind


def table(records: list[dict[str, Any]], labels: list[str]) -> str:
    """Per kind: pages, then for each tree the pages flagged `altered` and their codes."""
    sums = {label: summarise(records, label) for label in labels}

    def cell(s: dict[str, Any]) -> str:
        codes = " ".join(f"{c}x{n}" for c, n in s["codes"].items()) or "-"
        crashed = f" crashes {s['crashes']}" if s["crashes"] else ""
        return f"{s['flagged']:>3}  {codes}{crashed}"

    kinds = list(sums[labels[0]])
    width = max([len(f"{label} flagged") for label in labels])
    width = max([width] + [len(cell(sums[label][k])) for label in labels for k in kinds]) + 2
    head = f"{'kind':<15} {'pages':>5}  " + "".join(
        f"{label + ' flagged':<{width}}" for label in labels
    )
    lines = [head.rstrip()]
    for kind in kinds:
        row = f"{kind:<15} {sums[labels[0]][kind]['pages']:>5}  "
        lines.append(
            row + "".join(f"{cell(sums[label][kind]):<{width}}" for label in labels).rstrip()
        )
    for label in labels:
        flagged = sum(s["flagged"] for s in sums[label].values())
        seconds = [r[label]["seconds"] for r in records]
        lines.append(
            f"{label}: {flagged} of {len(records)} genuine pictures flagged altered; "
            f"seconds per page median {statistics.median(seconds):.2f}, max {max(seconds):.2f}"
        )
    return "\n".join(lines)


def _arg(args: list[str], name: str, default: str | None = None) -> str | None:
    return args[args.index(name) + 1] if name in args else default


def main() -> int:
    args = sys.argv[1:]
    if "--worker" in args:
        return worker()
    if "--table" in args:  # print a saved run's table again
        saved = json.loads(Path(_arg(args, "--table") or "").read_text())
        print(table(saved["pages"], list(saved["sources"])))
        return 0
    count = 2 if "--quick" in args else int(_arg(args, "--n", "6") or 6)
    seed = int(_arg(args, "--seed", "26") or 26)
    kinds = (_arg(args, "--kinds") or ",".join(KINDS)).split(",")
    ocr = "--ocr" in args
    here = Path(__file__).resolve().parent
    sources = {"this": str(Path(_arg(args, "--this", str(here.parent / "src")) or "").resolve())}
    if "--against" in args:
        sources["against"] = str(Path(_arg(args, "--against") or "").resolve())
    keep = Path(_arg(args, "--keep") or "") if "--keep" in args else None
    trees = [Tree(label, src) for label, src in sources.items()]
    records: list[dict[str, Any]] = []
    try:
        with tempfile.TemporaryDirectory(prefix="genuine-pictures-") as scratch:
            for kind in kinds:
                for index in range(count):
                    picture = build(kind, index, seed)
                    path = Path(scratch) / picture.filename
                    path.write_bytes(picture.data)
                    record: dict[str, Any] = {
                        "kind": kind,
                        "file": picture.filename,
                        "format": picture.fmt,
                        "quality": picture.quality,
                        **picture.facts,
                    }
                    order = trees if len(records) % 2 == 0 else trees[::-1]
                    for tree in order:
                        record[tree.label] = tree.ask(path, picture.filename, ocr)
                    records.append(record)
                    said = "  ".join(
                        f"{t.label} {','.join(record[t.label].get('altered', [])) or '-'}"
                        for t in trees
                    )
                    print(f"{picture.filename:<24} {said}", flush=True)
                    if keep is not None and any(record[t.label].get("altered") for t in trees):
                        keep.mkdir(parents=True, exist_ok=True)
                        (keep / picture.filename).write_bytes(picture.data)
    finally:
        for tree in trees:
            tree.close()
    labels = [t.label for t in trees]
    print(
        f"\nseed {seed}, {count} per kind, ocr {'on' if ocr else 'off'}; "
        + ", ".join(f"{t.label} = {t.src}" for t in trees)
    )
    print(table(records, labels))
    out = _arg(args, "--json")
    if out:
        figures = {
            "seed": seed,
            "per_kind": count,
            "ocr": ocr,
            "sources": sources,
            "summary": {label: summarise(records, label) for label in labels},
            "pages": records,
        }
        Path(out).write_text(json.dumps(figures, indent=1, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
