"""False arithmetic findings on generated Indian GST invoices (tests/support/invoice_gst.py):
5 layouts x 7 producers' templates x 3 sets of goods, born-digital, no OCR.

    PYTHONPATH=$PWD/src python bench/gst_india.py [NAME-FILTER ...]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from support import invoice_gst as g

from reinstate.invoices import check_invoice

VARIANTS: dict[str, dict[str, object]] = {
    "intra": {},
    "inter": {"inter_state": True},
    "frdisc": {"freight": 850.0, "packing": 120.0, "discount": 500.0},
    "tds": {"tds": 45.0},
    "bos": {"bill_of_supply": True},
}
MAKERS = {
    "tally": lambda s: g.weasy(s, "tally"),
    "busy": lambda s: g.weasy(s, "busy"),
    "vyapar": lambda s: g.weasy(s, "vyapar"),
    "zoho": lambda s: g.weasy(s, "zoho"),
    "ledger": lambda s: g.weasy(s, "ledger"),
    "rl": g.reportlab_pdf,
    "fpdf": g.fpdf_pdf,
}


def main(only: list[str]) -> None:
    bad = n = 0
    for maker, make in MAKERS.items():
        for variant, kw in VARIANTS.items():
            for kind in range(3):
                name = f"{maker}-{variant}-{kind}"
                if only and not any(o in name for o in only):
                    continue
                report = check_invoice(make(g.sample(kind, **kw)), filename=name, ocr=False)
                found = [
                    (f["code"], f.get("params"))
                    for f in report.to_json()["findings"]
                    if f["code"] in ("I109", "I110", "I114", "I116")
                ]
                n += 1
                bad += any(code != "I116" for code, _ in found)
                print(name, found or "ok", flush=True)
    print(f"false I109/I110/I114 {bad}/{n}")


if __name__ == "__main__":
    main(sys.argv[1:])
