"""What a file really is, judged from its first bytes, never from its name."""

from __future__ import annotations

from reinstate.cases.files import sniff_kind

ACCEPTED = ("pdf", "jpeg", "png", "gif")
# Refused (I001) but read all the same: a fax machine or an office scanner saves pages as TIFF,
# and the seller should learn in one pass what converting the file to PDF will not fix.
READ_BUT_REFUSED = ("tiff",)
IMAGE_KINDS = ("jpeg", "png", "gif", *READ_BUT_REFUSED)

# One sniffer for the whole project: the ledger records the same type the pre-flight judges.
sniff = sniff_kind


def accepted_file_type(data: bytes, filename: str | None = None) -> bool:
    """True when the bytes are a PDF, JPEG, PNG or GIF: the formats Amazon accepts for invoices.

    Decided from the bytes alone: a ZIP named ``invoice.pdf`` is refused, a PDF named
    ``scan.bin`` is accepted. `filename` is taken for callers that have one and for messages.
    """
    del filename
    return sniff(data) in ACCEPTED
