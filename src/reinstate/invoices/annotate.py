"""`--annotate DIR`: a PNG of each page with suspicious regions and missing fields marked."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from reinstate.invoices.filetype import IMAGE_KINDS
from reinstate.rules import Severity

SCALE = 1.5  # 108 dpi for PDF pages
MISSING_CODES = ("I102", "I103", "I104", "I105", "I111", "I112")


def _pages(data: bytes, kind: str, limit: int = 10) -> list[Any]:
    if kind == "pdf":
        import pypdfium2 as pdfium

        doc = pdfium.PdfDocument(data)
        try:
            return [
                doc[i].render(scale=SCALE).to_pil().convert("RGB")
                for i in range(min(limit, len(doc)))
            ]
        finally:
            doc.close()
    from PIL import Image

    Image.MAX_IMAGE_PIXELS = 60_000_000
    return [Image.open(io.BytesIO(data)).convert("RGB")]


def annotate_pages(data: bytes, report: Any, outdir: Path) -> list[Path]:
    """Write `<file>-p<N>.png` per page into `outdir` (never next to, or over, the input)."""
    from PIL import ImageDraw

    from reinstate.i18n import tr

    if report.file_type not in ("pdf", *IMAGE_KINDS) or report.pages_read == 0:
        return []
    try:
        pages = _pages(data, report.file_type)
    except Exception:
        return []
    outdir.mkdir(parents=True, exist_ok=True)
    written = []
    stem = Path(report.filename).stem
    for number, image in enumerate(pages, start=1):
        width = report.page_sizes[number - 1][0] if number <= len(report.page_sizes) else 0
        factor = image.width / width if width else SCALE
        draw = ImageDraw.Draw(image, "RGBA")
        notes: list[str] = []
        for finding, mark in zip(report.findings, report.marks, strict=True):
            if mark.page not in (number, None) or (mark.page is None and number != 1):
                continue
            colour = (220, 0, 0) if finding.severity >= Severity.error else (230, 140, 0)
            if mark.bbox and finding.code not in MISSING_CODES:
                x0, y0, x1, y1 = (v * factor for v in mark.bbox)
                draw.rectangle(
                    (x0 - 3, y0 - 3, x1 + 3, y1 + 3),
                    outline=(*colour, 255),
                    width=3,
                    fill=(*colour, 40),
                )
                draw.text((x0, max(0, y0 - 14)), finding.code, fill=(*colour, 255))
            elif finding.code in MISSING_CODES:
                notes.append(finding.code)
            else:
                notes.append(finding.code)
        if notes:
            text = tr("invoices.annotate.missing", "en", fields=", ".join(notes))
            draw.rectangle((0, 0, image.width, 22), fill=(255, 240, 200, 230))
            draw.text((6, 5), text, fill=(160, 0, 0, 255))
        path = outdir / f"{stem}-p{number}.png"
        image.save(path)
        written.append(path)
    return written
