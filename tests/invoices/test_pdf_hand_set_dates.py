"""I233: an XMP modification date a script typed in, days away from the moment pikepdf wrote
the metadata (pikepdf stamps its own clock and never writes a modification date itself)."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import pikepdf
from support.invoice_corpus import (
    edit_pikepdf_xmp_backdated,
    edit_pikepdf_xmp_today,
    make,
    random_spec,
)

from reinstate.invoices.check import check_invoice


def _genuine(seed: int, producer: str) -> tuple[object, bytes]:
    spec = random_spec(seed, lang="en")
    made = datetime(spec.issued.year, spec.issued.month, spec.issued.day, 10, tzinfo=UTC)
    return spec, make(spec, producer, made)


def test_a_modification_date_set_back_to_the_invoice_day_is_found() -> None:
    """Before: a raw-byte edit saved whole by pikepdf got I214 only, a note."""
    spec, genuine = _genuine(51, "reportlab")
    report = check_invoice(edit_pikepdf_xmp_backdated(genuine, spec), filename="a.pdf", ocr=False)
    assert "I233" in report.codes and "altered" in report.tags


def test_a_modification_date_of_the_day_the_script_ran_is_not() -> None:
    spec, genuine = _genuine(52, "weasyprint")
    report = check_invoice(edit_pikepdf_xmp_today(genuine, spec), filename="a.pdf", ocr=False)
    assert "I233" not in report.codes and "I214" in report.codes


def test_a_producers_own_xmp_stamped_later_by_pikepdf_is_not() -> None:
    """A producer's packet keeps its old modification date when pikepdf only updates it: not
    pikepdf's packet, not judged."""
    _, genuine = _genuine(53, "reportlab")
    packet = (
        b'<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        b'<x:xmpmeta xmlns:x="adobe:ns:meta/" x:xmptk="Adobe XMP Core 5.6">'
        b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        b'<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">'
        b"<xmp:CreateDate>2026-01-05T09:00:00Z</xmp:CreateDate>"
        b"<xmp:ModifyDate>2026-01-05T09:00:00Z</xmp:ModifyDate>"
        b'</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
    )
    with pikepdf.open(io.BytesIO(genuine)) as doc:
        doc.Root.Metadata = doc.make_stream(packet, Type=pikepdf.Name.Metadata)
        first = io.BytesIO()
        doc.save(first)
    with pikepdf.open(first) as doc:
        with doc.open_metadata() as meta:
            meta["dc:title"] = "Invoice"
        out = io.BytesIO()
        doc.save(out)
    assert "I233" not in check_invoice(out.getvalue(), filename="a.pdf", ocr=False).codes
