"""Imported by the reader server only (`sandbox._PRELOAD`): loads the Tesseract models every
photo and scan needs (`tesseract_api.PRELOAD`) before the server forks its children, which
then share them instead of each loading its own (0.17 s of CPU a file). Whatever goes wrong,
the server starts as before and the children load or fall back to the CLI themselves.
"""

from __future__ import annotations


def load_models() -> None:
    try:
        from reinstate.invoices import ocr, tesseract_api

        if ocr.available():
            tesseract_api.warm(ocr.languages())
    except Exception:  # an optimisation must never stop the server
        pass


load_models()
