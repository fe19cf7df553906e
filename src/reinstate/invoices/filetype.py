"""What a file really is, judged from its first bytes, never from its name."""

from __future__ import annotations

from reinstate.cases.files import sniff_kind

ACCEPTED = ("pdf", "jpeg", "png", "gif")

# One sniffer for the whole project: the ledger records the same type the pre-flight judges.
sniff = sniff_kind


def accepted_file_type(data: bytes, filename: str | None = None) -> bool:
    """True when the bytes are a PDF, JPEG, PNG or GIF: the formats Amazon accepts for invoices.

    Decided from the bytes alone: a ZIP named ``invoice.pdf`` is refused, a PDF named
    ``scan.bin`` is accepted. `filename` is taken for callers that have one and for messages.
    """
    del filename
    return sniff(data) in ACCEPTED
