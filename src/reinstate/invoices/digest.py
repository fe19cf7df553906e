"""From the reader's raw facts to what the checks need: fields, signs of editing, page sizes.

Building the lines, reading the fields and looking for signs of editing cost as much as reading
the file. Run next to the reader, in its child process, they use another core in a batch and stay
under the child's time and memory limits; the caller then receives a few kilobytes instead of
every character of every page, and only merges (issue 18).
"""

from __future__ import annotations

from typing import Any

from reinstate.invoices import forensics
from reinstate.invoices.fields import build_lines, extract
from reinstate.invoices.overflow import stitch

# The reader stopped early: there is nothing to read fields from.
STOPPED = frozenset({"limit", "corrupt", "crashed", "timeout", "bomb"})
# Facts the report shows as they are.
_KEPT = ("kind", "size", "problems", "error", "limit", "page_count", "peak_rss_mb", "cpu_s")
# Image facts that feed the signs only: pixel maps, not metadata for the JSON.
_PIXELS = ("noise", "ela", "clones", "lines")


def digest(facts: dict[str, Any], options: dict[str, Any]) -> dict[str, Any]:
    """Fields, signs and metadata from `facts`; `options` are the PDF signs' rule options."""
    out = {key: facts[key] for key in _KEPT if key in facts}
    pages = facts.get("pages") or []
    out["pages"] = [
        {
            "number": p["number"],
            "width": p["width"],
            "height": p["height"],
            "source": p["source"],
            "ocr": p.get("ocr"),
            "images": p.get("images"),
            "unreadable": p.get("unreadable", 0),
        }
        for p in pages
    ]
    if STOPPED & set(facts.get("problems") or []):
        return out
    per_page = [build_lines(page) for page in pages]
    # a spreadsheet's columns printed on a page of their own are read beside their rows; the
    # signs of editing are looked for on the pages as printed
    fields = extract([ln for page_lines in stitch(pages, per_page) for ln in page_lines])
    lines = [ln for page_lines in per_page for ln in page_lines]
    if facts.get("kind") == "pdf":
        signs = forensics.pdf_signs(facts, fields.invoice_date, options, per_page)
    else:
        signs = forensics.image_signs(facts)
    out["has_text"] = bool(lines)
    out["fields"] = fields
    out["signs"] = signs
    out["metadata"] = {
        "info": facts.get("info"),
        "xmp": facts.get("xmp"),
        "revisions": facts.get("revision_count"),
        "linearized": facts.get("linearized"),
        "image": {k: v for k, v in (facts.get("image") or {}).items() if k not in _PIXELS} or None,
    }
    return out
