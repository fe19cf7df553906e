"""Invoice checks: detection rates on the generated corpus, speed per page, peak memory.

    .venv/bin/python bench/invoices.py [--quick]

Builds the corpus with reinstate.invoices.corpus (genuine invoices from reportlab, weasyprint,
LibreOffice and scans; altered copies by several editing methods), checks every file, and prints
the share flagged `altered` or `reissued_after_date` by editing method and by producer. The
baseline in the same run is the naive rule "more than one %%EOF means edited", which is what a
quick check would do without the rest.
"""

from __future__ import annotations

import resource
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from datetime import UTC, datetime, timedelta

FLAG_TAGS = {"altered", "reissued_after_date"}


def naive(data: bytes) -> bool:
    return data.count(b"%%EOF") > 1


def main() -> int:
    from reinstate.invoices.check import check_invoice
    from reinstate.invoices.corpus import build

    quick = "--quick" in sys.argv
    counts = (
        {
            "reportlab": 6,
            "weasyprint": 3,
            "libreoffice": 3,
            "scan_jpeg": 2,
            "scan_png": 1,
            "scan_pdf": 1,
        }
        if quick
        else None
    )
    t0 = time.perf_counter()
    entries = build(counts)
    print(f"corpus: {len(entries)} files built in {time.perf_counter() - t0:.1f} s")
    notice = datetime.now(UTC).date() + timedelta(days=5)
    by_edit: dict[str, list[bool]] = defaultdict(list)
    by_producer: dict[str, list[bool]] = defaultdict(list)
    base_edit: dict[str, list[bool]] = defaultdict(list)
    base_producer: dict[str, list[bool]] = defaultdict(list)
    text_times: list[float] = []
    ocr_times: list[float] = []
    misses: list[str] = []
    for e in entries:
        start = time.perf_counter()
        report = check_invoice(e.data, filename=e.name, notice_date=notice)
        took = time.perf_counter() - start
        pages = max(1, report.pages_read)
        (ocr_times if report.ocr else text_times).append(took / pages)
        flagged = bool(report.tags & FLAG_TAGS)
        key = e.edit or "genuine"
        by_edit[key].append(flagged)
        by_producer[f"{e.producer} ({'altered' if e.altered else 'genuine'})"].append(flagged)
        base_edit[key].append(naive(e.data))
        base_producer[f"{e.producer} ({'altered' if e.altered else 'genuine'})"].append(
            naive(e.data)
        )
        if flagged != e.altered:
            misses.append(f"{e.name}: flagged={flagged} codes={sorted(report.codes)}")

    def table(title: str, rows: dict[str, list[bool]], base: dict[str, list[bool]]) -> None:
        print(f"\n{title:<34} {'n':>4} {'flagged':>8} {'baseline':>9}")
        for key in sorted(rows):
            vals, bvals = rows[key], base[key]
            print(
                f"{key:<34} {len(vals):>4} {100 * sum(vals) / len(vals):>7.0f}% "
                f"{100 * sum(bvals) / len(bvals):>8.0f}%"
            )

    table("by editing method", by_edit, base_edit)
    table("by producer", by_producer, base_producer)
    altered = [v for k, vals in by_edit.items() if k != "genuine" for v in vals]
    genuine = by_edit.get("genuine", [])
    print(
        f"\naltered flagged: {100 * sum(altered) / max(1, len(altered)):.1f}% of {len(altered)}"
        f"  (aim >= 95%)"
    )
    print(
        f"genuine flagged: {100 * sum(genuine) / max(1, len(genuine)):.1f}% of {len(genuine)}"
        f"  (aim <= 5%)"
    )
    if text_times:
        print(
            f"text pages: median {1000 * statistics.median(text_times):.0f} ms, "
            f"max {1000 * max(text_times):.0f} ms per page (aim <= 200 ms)"
        )
    if ocr_times:
        print(
            f"OCR pages:  median {statistics.median(ocr_times):.2f} s, "
            f"max {max(ocr_times):.2f} s per page (aim <= 3 s)"
        )
    for line in misses:
        print("  miss:", line)
    print(_memory())
    return 0


def _memory() -> str:
    """Peak memory checking a 50 MB PDF, measured in a fresh process."""
    code = (
        "import resource, time\n"
        "from reinstate.invoices.corpus import big_pdf\n"
        "from reinstate.invoices.check import check_invoice\n"
        "data = big_pdf(50)\n"
        "before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "t = time.perf_counter()\n"
        "r = check_invoice(data, filename='big.pdf', ocr=False)\n"
        "took = time.perf_counter() - t\n"
        "kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
        "print(f'{len(data) / 2**20:.0f} MB PDF: {took:.2f} s, verdict {r.verdict}, peak RSS '\n"
        "      f'parent {before / 1024:.0f} MB (incl. building it), '\n"
        "      f'reader child {kids / 1024:.0f} MB')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    return out.stdout.strip() or out.stderr.strip()[-500:]


if __name__ == "__main__":
    del resource
    raise SystemExit(main())
