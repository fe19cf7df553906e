"""Read the raw facts out of an invoice file: text with positions, revisions, metadata, shapes.

Everything here runs on untrusted bytes, so `read_facts` is meant to run in a child process with a
time and memory limit (see `isolated`). It returns plain data (dicts, lists, numbers, strings) that
the checks in `fields` and `forensics` interpret; it never writes anything.
"""

from __future__ import annotations

import io
import logging
import re
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from reinstate.invoices.filetype import IMAGE_KINDS, sniff

MAX_PAGES = 30  # pages read for fields and shapes; the rest is counted, not read
MAX_REVISION_PAGES = 5
# A scanned page is rendered at its scan's resolution up to this (dpi). A 300 dpi scan's
# print is 28 px high: at 200 dpi Tesseract read it for ~0.4 s less CPU a page and read more of
# it (invoices11's 17 scans of 240-300 dpi: a page cut by the budget read, line items and a
# date found; one edit's number lost), so nothing above 200 dpi is rendered.
RENDER_MAX_DPI = 200.0
WHITE = 0.97

Facts = dict[str, Any]


# The parsers log each oddity they read past (a Type 3 font without its box, a wrong xref
# offset) to the user's terminal, as many lines as the file has fonts; what matters about a
# file the reader reports itself, as problems and signs.
_CHATTY_PARSERS = ("pdfminer", "pypdf", "PIL")


def read_facts(data: bytes, *, ocr: bool = True, max_pages: int = MAX_PAGES) -> Facts:
    """All facts about one file, as plain data."""
    for name in _CHATTY_PARSERS:
        logging.getLogger(name).setLevel(logging.ERROR)
    kind = sniff(data)
    facts: Facts = {"kind": kind, "size": len(data), "pages": [], "problems": []}
    if kind == "pdf":
        _read_pdf(data, facts, ocr=ocr, max_pages=max_pages)
    elif kind in IMAGE_KINDS:
        _read_image(data, facts, ocr=ocr)
    return facts


# --------------------------------------------------------------------------- PDF


_EOF = re.compile(rb"%%EOF[ \t]*(?:\r\n|\r|\n)?")


def _read_pdf(data: bytes, facts: Facts, *, ocr: bool, max_pages: int) -> None:
    import pikepdf

    from reinstate.invoices.limits import raw_over_limit
    from reinstate.invoices.pdf_streams import (
        main_streams,
        merged_pages,
        reencoded_pages,
        rewritten_pages,
    )

    limit = raw_over_limit(data)
    if limit:
        facts["problems"].append("limit")
        facts["limit"] = limit
        return
    facts["eof_offsets"] = [m.end() for m in _EOF.finditer(data)]
    facts["writer_marks"] = _writer_marks(data)
    try:
        pdf = pikepdf.open(io.BytesIO(data))
    except pikepdf.PasswordError:
        facts["encrypted"] = True
        facts["problems"].append("encrypted")
        return
    except (pikepdf.PdfError, RecursionError, ValueError, OSError) as exc:
        facts["problems"].append("corrupt")
        facts["error"] = str(exc)[:300]
        return
    with pdf:
        from reinstate.invoices.limits import over_limit

        # Before any layout, rendering or inflating: a hostile file is refused here, cheaply.
        try:
            limit = over_limit(pdf, max_pages)
        except RecursionError:
            limit = "objects nested too deep"
        if limit:
            facts["problems"].append("limit")
            facts["limit"] = limit
            facts["page_count"] = _page_count(pdf)
            return
        facts["encrypted"] = bool(pdf.is_encrypted)
        facts["linearized"] = bool(pdf.is_linearized)
        facts["page_count"] = len(pdf.pages)
        facts["has_prev"] = "/Prev" in pdf.trailer
        facts["id_changed"] = _id_changed(pdf)
        facts["info"] = _info(pdf)
        facts["xmp"] = _xmp(pdf)
        facts["fonts_last"] = _fonts(pdf, MAX_REVISION_PAGES)
        facts["annots"] = _annotations(pdf, max_pages)
        mains = main_streams(pdf)
        facts["rewritten_pages"] = rewritten_pages(mains)
        facts["merged_pages"] = merged_pages(mains)
        # Only a file qpdf laid out can hold a page stream qpdf wrote anew.
        qpdf = "qpdf" in facts["writer_marks"]
        facts["reencoded_pages"] = reencoded_pages(pdf, mains) if qpdf else []
        facts["warnings"] = [str(w)[:200] for w in pdf.get_warnings()[:5]]
    if facts["page_count"] == 0 or any("limits error" in w for w in facts["warnings"]):
        facts["problems"].append("corrupt")
        facts["error"] = (facts["warnings"] or ["the file has no pages"])[0]
        return
    if facts["encrypted"]:
        # Opened with an empty user password: readable, but Amazon's reviewers may not be.
        facts["problems"].append("encrypted")
    _pages(data, facts, ocr=ocr, max_pages=max_pages)
    _revisions(data, facts)


def _page_count(pdf: Any) -> int:
    try:
        return len(pdf.pages)
    except Exception:
        return 0


# pypdf's writer: the binary comment iText and PDFBox write too, but a page box spelt "[ a b c d ]"
# on a line of its own in a dictionary written one entry a line (PDFBox writes "[0.0 0.0 612.0
# 792.0]", iText "[0 0 595 842]" inside one line). pypdf keeps the /Producer of the file it rewrites
# when it clones it (`PdfWriter(clone_from=...)`), so its layout is looked for, not only its name.
PYPDF_HEAD = re.compile(rb"%PDF-1\.\d\r?\n%\xe2\xe3\xcf\xd3\r?\n")
PYPDF_BOX = re.compile(rb"\n/MediaBox \[ -?[\d.]+ -?[\d.]+ -?[\d.]+ -?[\d.]+ \]\r?\n")


def _writer_marks(data: bytes) -> list[str]:
    """Fingerprints that the program which wrote the file bytes leaves in them."""
    head = data[:1200]
    marks = []
    if b"ReportLab Generated PDF document" in head:
        marks.append("reportlab")
    if head[9:14] == b"%\xbf\xf7\xa2\xfe" or b"%\xbf\xf7\xa2\xfe" in head[:40]:
        marks.append("qpdf")
    if b"\xf0\x9f\x96\xa4" in head[:40]:
        marks.append("pydyf")
    if b"%\xc3\xa4\xc3\xbc\xc3\xb6" in head[:40]:
        marks.append("libreoffice")
    if re.match(rb"%PDF-1\.\d\n%\xd3\xeb\xe9\xe1\n", head):
        marks.append("skia")
    if PYPDF_HEAD.match(head[:40]) and (b"/Producer (pypdf" in data or PYPDF_BOX.search(data)):
        marks.append("pypdf")
    return marks


def _id_changed(pdf: Any) -> bool:
    """The two parts of the trailer's /ID differ: a writer makes both alike when it creates a
    file, and a program that saves the file again keeps the first and renews the second."""
    try:
        ids = pdf.trailer.get("/ID")
        return ids is not None and len(ids) == 2 and bytes(ids[0]) != bytes(ids[1])
    except Exception:
        return False


def _text(value: Any) -> str:
    try:
        return str(value)[:500]
    except Exception:
        return ""


def _info(pdf: Any) -> dict[str, str]:
    out: dict[str, str] = {}
    try:
        info = pdf.trailer.get("/Info")
        if info is None:
            return out
        for key in ("/Producer", "/Creator", "/CreationDate", "/ModDate", "/Author", "/Title"):
            if key in info:
                out[key[1:]] = _text(info[key])
    except Exception:
        pass
    return out


def _xmp(pdf: Any) -> dict[str, str]:
    out: dict[str, str] = {}
    try:
        if "/Metadata" not in pdf.Root:
            return out
        meta = pdf.open_metadata()
        wanted = {
            "pdf:Producer": "Producer",
            "xmp:CreatorTool": "Creator",
            "xmp:CreateDate": "CreationDate",
            "xmp:ModifyDate": "ModDate",
            # The clock of the program that last wrote the metadata (pikepdf writes it itself).
            "xmp:MetadataDate": "MetadataDate",
        }
        for key, name in wanted.items():
            value = meta.get(key)
            if value:
                out[name] = _text(value)
        toolkit = re.search(rb'x:xmptk="([^"]{1,80})"', pdf.Root.Metadata.read_bytes()[:4096])
        if toolkit:
            out["Toolkit"] = toolkit.group(1).decode("latin-1")
    except Exception:
        pass
    return out


def _fonts(pdf: Any, max_pages: int) -> list[list[list[str]]]:
    """Per page, the fonts in its resources as [resource name, base font, object id]."""
    pages: list[list[list[str]]] = []
    for page in list(pdf.pages)[:max_pages]:
        found: list[list[str]] = []
        try:
            fonts = page.obj.get("/Resources", {}).get("/Font", {})
            for name in fonts.keys():  # noqa: SIM118 -- pikepdf Dictionary
                font = fonts[name]
                base = _text(font.get("/BaseFont", ""))
                objid = f"{font.objgen[0]} {font.objgen[1]}" if font.is_indirect else "direct"
                found.append([str(name), base, objid])
        except Exception:
            pass
        pages.append(found)
    return pages


def _annotations(pdf: Any, max_pages: int) -> list[dict[str, Any]]:
    out = []
    for number, page in enumerate(list(pdf.pages)[:max_pages], start=1):
        try:
            for annot in page.obj.get("/Annots", []) or []:
                subtype = _text(annot.get("/Subtype", ""))
                rect = [float(v) for v in annot.get("/Rect", [0, 0, 0, 0])]
                out.append({"page": number, "subtype": subtype.lstrip("/"), "rect": rect})
        except Exception:
            continue
    return out


def _pages(data: bytes, facts: Facts, *, ocr: bool, max_pages: int) -> None:
    import pdfplumber
    from pdfminer.layout import LTChar, LTCurve, LTFigure, LTImage

    from reinstate.invoices import mojibake, scan_overlay
    from reinstate.invoices.limits import MAX_OCR_PAGES, OCR_MIN_START, OcrBudget

    pages: list[dict[str, Any]] = []
    budget = OcrBudget()
    script = None  # the first OCR'd page's, for the pages after it
    ocr_done = 0
    # A scan's pixel checks run on one worker thread, page after page, while the pages are read
    # with Tesseract (a separate process) on the other core: a page's checks are not waited for
    # before the next page is read, so a file of scans takes the longer of the two series, not
    # the sum of each page's longer half. One worker: one page's maps in memory at a time.
    pixel_work = ThreadPoolExecutor(max_workers=1)  # its thread starts on the first scan
    pending: list[tuple[dict[str, Any], Any, list[Any]]] = []
    # Only the pages read are built: a 2,000-page file costs no more than a 30-page one.
    with pdfplumber.open(io.BytesIO(data), pages=list(range(1, max_pages + 1))) as doc:
        for number, page in enumerate(doc.pages[:max_pages], start=1):
            height = float(page.height)
            chars: list[dict[str, Any]] = []
            covers: list[dict[str, Any]] = []
            images = 0
            image_area = 0.0
            image_dpi = 0.0

            def walk(
                objs: Any,
                order: list[int],
                chars: list[Any] = chars,
                covers: list[Any] = covers,
                height: float = height,
                form: bool = False,
            ) -> None:
                nonlocal images, image_area, image_dpi
                for obj in objs:
                    order[0] += 1
                    if isinstance(obj, LTChar):
                        chars.append(
                            {
                                "text": _unified(obj.get_text()),
                                "x0": obj.x0,
                                "x1": obj.x1,
                                "top": height - obj.y1,
                                "bottom": height - obj.y0,
                                "font": obj.fontname,
                                "size": round(obj.size, 2),
                                "order": order[0],
                                **({"form": True} if form else {}),
                            }
                        )
                    elif isinstance(obj, LTCurve):  # LTRect and LTLine are curves too
                        if obj.fill and isinstance(obj.non_stroking_color, str):
                            _drop_picture_ground(covers, chars, obj, height)  # a pattern fill
                        elif obj.fill and _is_white(obj.non_stroking_color):
                            w, h = obj.x1 - obj.x0, obj.y1 - obj.y0
                            if w > 2 and h > 2:
                                covers.append(
                                    {
                                        "x0": obj.x0,
                                        "x1": obj.x1,
                                        "top": height - obj.y1,
                                        "bottom": height - obj.y0,
                                        "order": order[0],
                                    }
                                )
                    elif isinstance(obj, LTImage):
                        _drop_picture_ground(covers, chars, obj, height)
                        images += 1
                        image_area += max(0.0, (obj.x1 - obj.x0) * (obj.y1 - obj.y0))
                        try:  # the resolution the picture was scanned at, as placed
                            dpi = float(obj.srcsize[0]) * 72 / max(1.0, obj.x1 - obj.x0)
                        except (TypeError, ValueError, IndexError):
                            dpi = 0.0
                        image_dpi = max(image_dpi, dpi)
                    elif isinstance(obj, LTFigure):
                        walk(obj, order, form=True)

            walk(page.layout, [0])
            chars = mojibake.repaired(chars)
            for rect in covers:
                for c in chars:
                    if c["order"] < rect["order"] and _covered(c, rect):
                        c["hidden"] = True
            area = float(page.width) * height or 1.0
            entry: dict[str, Any] = {
                "number": number,
                "width": float(page.width),
                "height": height,
                "chars": chars,
                "covers": covers,
                # More than one content stream: text appended to the page by another save or
                # tool (one producer writes a page in one stream).
                "streams": len(getattr(page.page_obj, "contents", None) or []),
                "images": images,
                "image_cover": min(1.0, image_area / area),
                "source": "text",
            }
            text_chars = sum(1 for c in chars if c["text"].strip())
            # Glyphs without a Unicode mapping come out as "(cid:123)" or as the odd WinAnsi
            # punctuation their codes fall on: a page that shows text but gives none (CJK fonts
            # re-distilled by Ghostscript) is read like a scan.
            unmapped = sum(
                1 for c in chars if c["text"].startswith("(cid:") or c["text"] in _GARBLED
            )
            unreadable = _unreadable(chars)
            if unreadable:
                entry["unreadable"] = unreadable
            if ocr and text_chars and unmapped > 0.25 * text_chars:
                entry["unmapped"] = unmapped
                # A white box drawn over glyphs drawn before it is a white-out whatever text
                # those glyphs map to (I209): counted before the page is read like a scan.
                for rect in covers:
                    rect["hides"] = sum(
                        1 for c in chars if c["order"] < rect["order"] and _covered(c, rect)
                    )
                entry["chars"] = []
                text_chars, images = 0, max(images, 1)
            # A white box drawn over a page that is one scan: seen on the page, not in the scan.
            drawn = scan_overlay.covers_on_scan(entry, text_chars)
            if text_chars < 20 and images and ocr:
                if ocr_done >= MAX_OCR_PAGES or (ocr_done and budget.left() < OCR_MIN_START):
                    # A scan of many pages: the rest is counted, not read (I005 says so), so no
                    # file takes more than a couple of seconds.
                    break
                pixels = None
                if not entry.get("unmapped"):
                    pixels = pixel_work.submit(_scan_noise, data, number - 1, float(page.width))
                entry.update(
                    _ocr_pdf_page(
                        data, number - 1, float(page.width), height, image_dpi, budget, script
                    )
                )
                script = (entry.get("ocr") or {}).get("script") or script
                ocr_done += 1
                pending.append((entry, pixels, drawn))
            elif drawn:
                pending.append((entry, None, drawn))
            pages.append(entry)
    for entry, pixels, drawn in pending:
        if pixels is not None:
            entry["noise"] = pixels.result()
        if drawn:
            noise = entry.setdefault("noise", {})
            noise["quiet"] = [*noise.get("quiet", []), *drawn]
    pixel_work.shutdown(wait=False)
    facts["pages"] = pages


_GARBLED = set("‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ\x7f") | {chr(c) for c in range(0x80, 0xA0)}
_BLIND_PUNCTUATION = _GARBLED | {"€"}


# A browser paints an element's white background and then its picture on exactly that box (an
# image or a QR code with `background: #fff`; Chromium writes both into one form, the picture as
# an image or a pattern fill). The white hides nothing the picture does not, and a picture over
# text is layout (a logo, a code or a seal placed over the buyer's name), not a white-out: six
# genuine Chinese Chromium invoices of an outside writer (invoices14) had I209 for a barcode at
# 80% opacity over the buyer's name. A white box is a white-out when text follows it.
def _drop_picture_ground(
    covers: list[dict[str, Any]], chars: list[dict[str, Any]], picture: Any, height: float
) -> None:
    if not covers:
        return
    last = covers[-1]
    if chars and chars[-1]["order"] > last["order"]:
        return
    box = (picture.x0, height - picture.y1, picture.x1, height - picture.y0)
    if all(abs(a - b) <= 1.0 for a, b in zip(box, _box(last), strict=True)):
        covers.pop()


def _box(r: dict[str, Any]) -> tuple[float, float, float, float]:
    return (r["x0"], r["top"], r["x1"], r["bottom"])


# A CJK font without /ToUnicode is read through its own cmap reversed, and a font maps some
# ideographs from their compatibility twins too: pdfminer then gives 年 as U+F98E and 量 as
# U+F97E (or a Kangxi radical for 日), which look alike and match no label or date (a WeasyPrint
# Chinese page lost its date and item header). The twins fold to the unified ideographs.
# Chromium sets "ff", "fi" and "fl" in DejaVu Sans as one ligature glyph, read as U+FB00-FB04:
# "Round Oﬀ +0.25" matched no label, and the total looked 0.25 off its sum (the letters folded).
_COMPAT = re.compile("[\u2e80-\u2fdf\uf900-\ufaff\ufb00-\ufb06\U0002f800-\U0002fa1f]")


def _unified(text: str) -> str:
    return _COMPAT.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)


def _unreadable(chars: list[dict[str, Any]]) -> int:
    """Glyphs drawn in a font that gives no character for them, and, in such a font, the odd
    punctuation its other codes fall on. A Chinese name drawn in a CJK subset whose /ToUnicode
    map covers its Latin letters only reads as "(cid:N)" and stray punctuation."""
    blind = {c["font"] for c in chars if _no_character(c)}
    return sum(
        1
        for c in chars
        if _no_character(c) or (c["font"] in blind and c["text"] in _BLIND_PUNCTUATION)
    )


# A NUL or U+FFFD glyph as wide as its type size is a full-width character the page shows (CJK);
# a narrower one is the font's box for a character it lacks (.notdef, 0.6 em in DejaVu): a
# genuine ReportLab invoice printing Chinese in DejaVu Sans shows empty boxes, no text to read
# (invoices6, 3 files; a Japanese footer of invoices5).
FULL_WIDTH = 0.9  # of the type size


def _no_character(c: dict[str, Any]) -> bool:
    text = c["text"]
    if text in ("\x00", "\ufffd"):
        return c["x1"] - c["x0"] >= FULL_WIDTH * c["size"]
    return text.startswith("(cid:") and text != "(cid:0)"


def _covered(c: dict[str, Any], r: dict[str, Any]) -> bool:
    w = max(0.0, min(c["x1"], r["x1"]) - max(c["x0"], r["x0"]))
    h = max(0.0, min(c["bottom"], r["bottom"]) - max(c["top"], r["top"]))
    return w * h >= 0.6 * max(1e-6, (c["x1"] - c["x0"]) * (c["bottom"] - c["top"]))


def _is_white(color: Any) -> bool:
    if color is None:
        return False
    if isinstance(color, int | float):
        return float(color) >= WHITE
    try:
        values = [float(v) for v in color]
    except (TypeError, ValueError):
        return False
    if len(values) == 1:
        return values[0] >= WHITE
    if len(values) == 3:
        return all(v >= WHITE for v in values)
    if len(values) == 4:  # CMYK white is no ink at all
        return all(v <= 1 - WHITE for v in values)
    return False


def _ocr_pdf_page(
    data: bytes,
    index: int,
    width: float,
    height: float,
    image_dpi: float = 0.0,
    budget: Any = None,
    script: str | None = None,
) -> dict[str, Any]:
    """Render a page without a text layer and read it with Tesseract.

    At the resolution of the scan inside it (150 to `RENDER_MAX_DPI`): rendering a 150 dpi scan
    at 300 dpi adds no detail and four times the pixels to read.
    """
    import pypdfium2 as pdfium

    from reinstate.invoices.ocr import ocr_image

    doc = pdfium.PdfDocument(data)
    try:
        page = doc[index]
        scale = min(RENDER_MAX_DPI, max(150.0, image_dpi or RENDER_MAX_DPI)) / 72
        if width * scale > 4000 or height * scale > 4000:
            scale = 4000 / max(width, height)
        image = page.render(scale=scale).to_pil()
        page.close()
    finally:
        doc.close()
    result = ocr_image(image, scale=1 / scale, budget=budget, script=script)
    return {"chars": result["words"], "source": "ocr", "ocr": result["meta"]}


def _scan_noise(data: bytes, index: int, page_width: float) -> dict[str, Any]:
    """The paper-noise map of the scan inside a PDF page, as for a JPG/PNG file: a patch pasted
    into the scan before it was made a PDF has no paper noise. Boxes in page points. A page that
    is one scan (one image) also gets the image-edit maps of a JPG/PNG file (`edits`), and
    `rendered` when that image is a page rendered from a digital file (`image_rendered`)."""
    import pikepdf
    from PIL import Image

    from reinstate.invoices.imaging import jpeg_quality

    try:
        with pikepdf.open(io.BytesIO(data)) as pdf:
            images = list(pdf.pages[index].get_images(recursive=False).values())
            if not images:
                return {}
            biggest = max(images, key=lambda x: int(x.get("/Width", 0)) * int(x.get("/Height", 0)))
            pdf_image = pikepdf.PdfImage(biggest)  # type: ignore[arg-type]
            whole = len(images) == 1
            quality = None
            fmt = "PNG"  # lossless (Flate) pixels are judged as a PNG's
            jpeg = _jpeg_bytes(pdf_image)
            if jpeg is not None:
                raw = Image.open(io.BytesIO(jpeg))
                quality = jpeg_quality(raw)
                gray = raw.convert("L")
                fmt = "JPEG"
            else:
                gray = pdf_image.as_pil_image().convert("L")
    except Exception:
        return {}
    maps = _pixel_maps(gray, quality, fmt, page_width / max(1, gray.width), edits=whole)
    if whole:
        from reinstate.invoices.image_rendered import glyph_strokes, rendered_page

        rendered = rendered_page(gray)
        if rendered:
            # Its glyphs' strokes, for the page's OCR words to be weighed against (I265).
            strokes = glyph_strokes(gray, page_width / max(1, gray.width))
            maps["rendered"] = {**rendered, "strokes": strokes}
    return maps


def _jpeg_bytes(image: Any) -> bytes | None:
    """The JPEG file inside a PDF image whose last filter is DCTDecode, or None. Scanner apps
    built on PDF libraries wrap the scan's JPEG in ASCII85 (ReportLab) or Flate: its pixels are
    a JPEG's all the same, and judged as one (its quality, its blocks), not as lossless.
    pikepdf unwraps those layers and hands the JPEG over as it is stored."""
    if not image.filters or image.filters[-1] != "/DCTDecode":
        return None
    stored = io.BytesIO()
    try:
        kind = image.extract_to(stream=stored, apply_decode_array=False, apply_mask=False)
    except Exception:  # pikepdf's errors for a stream it cannot unwrap: judged as pixels
        return None
    return stored.getvalue() if kind == ".jpg" else None


def _pixel_maps(
    gray: Any, quality: int | None, fmt: str, scale: float, *, edits: bool = True
) -> dict[str, Any]:
    """A scanned page's paper-noise map and, when the page is that one scan, its image-edit
    maps, boxes in page points."""
    from reinstate.invoices import image_edits
    from reinstate.invoices.imaging import noise_map

    # Beside the edit checks, which are most of a scan's pixel work (`image_edits.beside`).
    mapping = image_edits.beside(gray.width * gray.height, noise_map, gray, jpeg_quality=quality)
    edited = image_edits.judge(gray, quality, fmt, scale) if edits else None
    noise = mapping.result()
    noise["quiet"] = [[v * scale for v in box] for box in noise.get("quiet", [])]
    if edited is not None:
        noise["edits"] = edited
    return noise


def _revisions(data: bytes, facts: Facts) -> None:
    """Text and fonts of each earlier revision of an incrementally updated file."""
    ends = facts.get("eof_offsets", [])
    count = len(ends) - (1 if facts.get("linearized") else 0)
    facts["revision_count"] = max(1, count)
    if count <= 1:
        return
    import pypdf

    revisions = []
    starts = ends[1:] if facts.get("linearized") else ends
    try:
        final: Any = pypdf.PdfReader(io.BytesIO(data), strict=False)
    except Exception as exc:
        final = None
        final_error = str(exc)[:200]
    for end in starts[:-1][:10]:
        entry: dict[str, Any] = {"end": end, "texts": [], "fonts": []}
        try:
            reader = pypdf.PdfReader(io.BytesIO(data[:end]), strict=False)
            if final is not None and _pages_unchanged(reader, final):
                # Only /Info, XMP or the catalog changed since (a metadata update): every page
                # object is byte-identical, so its text is too; no need to extract it twice.
                entry["same_pages"] = True
            else:
                for page in reader.pages[:MAX_REVISION_PAGES]:
                    entry["texts"].append(page.extract_text() or "")
            entry["fonts"] = _fonts_pypdf(reader)
            entry["info"] = _info_pypdf(reader)
        except Exception as exc:
            entry["error"] = str(exc)[:200]
        revisions.append(entry)
    if final is None:
        last: dict[str, Any] = {"end": len(data), "texts": [], "error": final_error}
    elif all(r.get("same_pages") for r in revisions):
        last = {"end": len(data), "texts": []}
    else:
        try:
            last = {"end": len(data), "texts": [p.extract_text() or "" for p in final.pages[:5]]}
        except Exception as exc:
            last = {"end": len(data), "texts": [], "error": str(exc)[:200]}
        for r in revisions:
            if r.pop("same_pages", False):
                r["texts"] = list(last["texts"][:MAX_REVISION_PAGES])
    for r in revisions:
        r.pop("same_pages", None)
    if final is not None:
        last["info"] = _info_pypdf(final)
    revisions.append(last)
    facts["revisions"] = revisions


def _pages_unchanged(before: Any, after: Any) -> bool:
    """True when the only objects rewritten or added since `before` are /Info, XMP or the catalog
    (and the catalog still points at the same page tree): same offsets mean the same bytes."""

    def ref(obj: Any) -> tuple[int, int] | None:
        ind = getattr(obj, "indirect_reference", None)
        return (ind.idnum, ind.generation) if ind is not None else None

    try:
        if getattr(after, "xref_objStm", None) or getattr(before, "xref_objStm", None):
            return False  # objects inside object streams have no offsets of their own
        root_after, root_before = after.trailer["/Root"], before.trailer["/Root"]
        pages_a, pages_b = root_after.raw_get("/Pages"), root_before.raw_get("/Pages")
        if (pages_a.idnum, pages_a.generation) != (pages_b.idnum, pages_b.generation):
            return False
        allowed = {ref(after.trailer.get("/Info")), ref(root_after)}
        if "/Metadata" in root_after:
            meta = root_after.raw_get("/Metadata")
            allowed.add((meta.idnum, meta.generation))
        for gen, table in after.xref.items():
            old = before.xref.get(gen, {})
            for idnum, offset in table.items():
                if old.get(idnum) != offset and (idnum, gen) not in allowed:
                    return False
        return True
    except Exception:
        return False


def _info_pypdf(reader: Any) -> dict[str, str]:
    """The dates in one revision's /Info."""
    try:
        meta = reader.trailer.get("/Info")
        meta = meta.get_object() if meta is not None else {}
        return {k[1:]: _text(meta[k]) for k in ("/CreationDate", "/ModDate") if k in meta}
    except Exception:
        return {}


def _fonts_pypdf(reader: Any) -> list[list[list[str]]]:
    pages = []
    for page in reader.pages[:MAX_REVISION_PAGES]:
        found = []
        try:
            fonts = page.get("/Resources", {}).get("/Font", {})
            for name, ref in fonts.items():
                obj = ref.get_object()
                idnum = getattr(ref, "idnum", None)
                gen = getattr(ref, "generation", 0)
                found.append(
                    [
                        str(name),
                        str(obj.get("/BaseFont", "")),
                        f"{idnum} {gen}" if idnum else "direct",
                    ]
                )
        except Exception:
            pass
        pages.append(found)
    return pages


# --------------------------------------------------------------------------- images


def _read_image(data: bytes, facts: Facts, *, ocr: bool) -> None:
    from PIL import Image

    Image.MAX_IMAGE_PIXELS = 60_000_000  # a larger "scan" is a decompression bomb, not a page
    from reinstate.invoices.limits import MAX_IMAGE_PIXELS

    try:
        image = Image.open(io.BytesIO(data))
        if image.width * image.height > MAX_IMAGE_PIXELS:
            # Decided from the header, before a single pixel is decoded.
            facts["problems"].append("limit")
            facts["limit"] = (
                f"an image of {image.width:,} x {image.height:,} pixels "
                f"(limit {MAX_IMAGE_PIXELS:,})"
            )
            return
        image.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        facts["problems"].append("bomb")
        return
    except Exception as exc:
        facts["problems"].append("corrupt")
        facts["error"] = str(exc)[:300]
        return
    facts["image"] = {
        "format": image.format,
        "width": image.width,
        "height": image.height,
        "software": _image_software(image),
        "frames": getattr(image, "n_frames", 1),
    }
    from reinstate.invoices.imaging import noise_map

    gray = image.convert("L")
    # Positions are kept in points, as for PDF pages, taking the page to be A4/Letter wide.
    scale = 595.0 / max(1, image.width)
    facts["image"]["scale"] = scale
    from reinstate.invoices.imaging import clipped_channels, jpeg_quality

    quality = jpeg_quality(image) if image.format == "JPEG" else None
    if quality is not None:
        facts["image"]["jpeg_quality"] = quality
    from reinstate.invoices.limits import OcrBudget

    budget = OcrBudget()  # the file's, shared by a fax's pages
    # Tesseract runs in its own process while this one measures the pixels: on two cores the
    # file takes the longer of the two, not their sum.
    # in colour: a Chinese page is read without its red seal (`ocr.unseal`)
    colour = image if image.mode in ("RGB", "RGBA") else gray
    reading = _start_ocr(colour, scale, budget) if ocr else None
    from reinstate.invoices.image_edits import beside

    # Beside the edit checks, which are most of a scan's pixel work (`image_edits.beside`).
    mapping = beside(
        image.width * image.height,
        noise_map,
        gray,
        jpeg_quality=quality,
        clipped=clipped_channels(image),
    )
    noise = facts["image"]["noise"] = {}  # in its place among the facts, before the edits
    _image_edits(gray, facts["image"], quality, scale)
    noise.update(mapping.result())
    noise["quiet"] = [[v * scale for v in box] for box in noise.get("quiet", [])]
    page = _image_page(1, image, scale)
    if reading is not None:
        result = reading.result()
        page["chars"] = result["words"]
        page["source"] = "ocr"
        page["ocr"] = result["meta"]
    facts["pages"] = [page]
    facts["page_count"] = facts["image"]["frames"]
    if ocr and facts["page_count"] > 1:
        script = (page.get("ocr") or {}).get("script")
        facts["pages"] += _further_frames(image, budget, script)


# A fax machine or an office scanner writes a several-page invoice as one TIFF, its total on the
# last page: each further page is read as a scanned PDF page is (OCR within the file's budget,
# its paper-noise and edit maps), up to the same page cap; the pages left unread are counted, so
# I005 says they were not checked.
def _further_frames(image: Any, budget: Any, script: str | None) -> list[dict[str, Any]]:
    from reinstate.invoices.limits import MAX_OCR_PAGES, OCR_MIN_START

    pages = []
    for index in range(1, min(image.n_frames, MAX_OCR_PAGES)):
        if budget.left() < OCR_MIN_START:
            break
        image.seek(index)
        gray = image.convert("L")
        scale = 595.0 / max(1, gray.width)
        reading = _start_ocr(gray, scale, budget, script)
        noise = _pixel_maps(gray, None, "PNG", scale)
        result = reading.result()
        page = _image_page(index + 1, gray, scale)
        page.update(chars=result["words"], source="ocr", ocr=result["meta"], noise=noise)
        pages.append(page)
    return pages


def _image_page(number: int, image: Any, scale: float) -> dict[str, Any]:
    """A page that is one picture, in points, before it is read."""
    return {
        "number": number,
        "width": float(image.width) * scale,
        "height": float(image.height) * scale,
        "chars": [],
        "covers": [],
        "images": 1,
        "image_cover": 1.0,
        "source": "image",
    }


def _start_ocr(image: Any, scale: float, budget: Any, script: str | None = None) -> Any:
    """`ocr_image` on a thread (it waits on Tesseract, a separate process); a future."""
    from reinstate.invoices.image_edits import on_thread
    from reinstate.invoices.ocr import ocr_image

    return on_thread(ocr_image, image.copy(), scale=scale, budget=budget, script=script)


def _image_edits(gray: Any, image: dict[str, Any], quality: int | None, scale: float) -> None:
    """The image-edit signs' maps (`image_edits.judge`), boxes in points."""
    from reinstate.invoices import image_edits

    image.update(image_edits.judge(gray, quality, image.get("format"), scale))


def _image_software(image: Any) -> str:
    try:
        exif = image.getexif()
        software = exif.get(0x0131)  # Software
        if software:
            return _text(software)
    except Exception:
        pass
    for key in ("Software", "software", "Comment", "comment"):
        value = image.info.get(key)
        if isinstance(value, bytes):
            value = value.decode("latin-1", "replace")
        if value:
            return _text(value)
    return ""
