"""Whether the two-step script probe (`ocr._script`) decides every page as the one-step probe
did, on every OCR'd first page of the tuning sets, and the probe's CPU both ways.

    PYTHONPATH=src python bench/probe_check.py OUT.jsonl [--langs zh,ja] SET...

Reads each file of bench/independent/SET/files (copy them from main as the helper conventions
say) up to its first page's probe: the image-edit checks and the OCR pass after the probe are
skipped. One line per probed file: the script of the whole band read at once (`old`), of the
two-step probe (`new`), and the Tesseract thread's CPU of each. A file where they differ would
be read with other languages, so its findings could change; none may. `--langs` takes only the
files labelled in those languages (the pages where a Latin first half could hide CJK below).
"""

from __future__ import annotations

import contextlib
import json
import sys
import time
from pathlib import Path

SETS = Path(__file__).resolve().parent / "independent"


class _Probed(Exception):
    pass


def main() -> int:
    from reinstate.invoices import ocr, reader
    from reinstate.invoices.limits import OcrBudget

    out, names = sys.argv[1], sys.argv[2:]
    langs = None
    if names[:1] == ["--langs"]:
        langs, names = set(names[1].split(",")), names[2:]
    seen: dict[str, object] = {}

    def one_step(gray: object, tmp: str) -> str:
        budget = OcrBudget()
        band = gray.crop((0, 0, gray.width, ocr.probe_height(gray)))  # type: ignore[attr-defined]
        return ocr.script_of(ocr._probe_text(band, 0, band.height, tmp, budget))

    def both(gray: object, tmp: str, langs: frozenset[str], budget: object) -> str:
        if "new" in seen:  # a later page of a PDF whose first page was probed
            raise _Probed
        start = time.thread_time()
        seen["old"] = one_step(gray, tmp)
        middle = time.thread_time()
        seen["new"] = ocr_script(gray, tmp, langs, OcrBudget())
        seen["old_cpu"] = round(middle - start, 3)
        seen["new_cpu"] = round(time.thread_time() - middle, 3)
        raise _Probed

    ocr_script = ocr._script
    ocr._script = both
    reader._image_edits = lambda *args, **kwargs: None
    reader._scan_noise = lambda *args, **kwargs: {}
    with open(out, "w", encoding="utf-8") as handle:
        for name in names:
            text = (SETS / name / "labels.jsonl").read_text(encoding="utf-8")
            labels = [json.loads(line) for line in text.splitlines() if line.strip()]
            wanted = {r["file"] for r in labels if langs is None or r.get("language") in langs}
            for path in sorted((SETS / name / "files").iterdir()):
                if path.name not in wanted:
                    continue
                seen.clear()
                with contextlib.suppress(Exception):  # `_Probed`, or a file that fails
                    reader.read_facts(path.read_bytes())
                if "new" in seen:
                    row = {"file": f"{name}/{path.name}", **seen}
                    handle.write(json.dumps(row) + "\n")
                    handle.flush()
                    if row["old"] != row["new"]:
                        print("DIFFERS", row, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
