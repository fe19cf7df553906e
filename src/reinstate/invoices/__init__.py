"""Check supplier invoices before they go to Amazon: completeness, arithmetic, signs of editing.

`check_invoice(path_or_bytes, ...)` returns an `InvoiceReport` (verdict ok / warn / reject, the
fields read, findings on the shared rule registry, each with where it was seen). It never writes
to the file. `accepted_file_type(data, filename)` says whether the bytes are a PDF, JPEG, PNG or
GIF, the only formats Amazon accepts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reinstate.invoices.filetype import accepted_file_type, sniff

if TYPE_CHECKING:
    from reinstate.invoices.check import InvoiceReport, check_invoice

__all__ = ["InvoiceReport", "accepted_file_type", "check_invoice", "sniff"]


def __getattr__(name: str) -> Any:
    if name in ("check_invoice", "InvoiceReport", "Mark"):
        from reinstate.invoices import check

        return getattr(check, name)
    raise AttributeError(name)
