"""Read an outside set with a checkout's code from the reader's raw facts, cached by file hash,
so that two checkouts are compared on the same facts (the Tesseract budget, which reads or cuts
a page at its edge from one run to the next, cannot move a file between them).

    python bench/independent_ab.py /work/main/src invoices23 /tmp/main23.jsonl --cache DIR
    python bench/independent_ab.py $PWD/src invoices23 /tmp/mine23.jsonl --cache DIR
    python bench/independent_misses.py invoices23 --load /tmp/mine23.jsonl

The first run reads each file (in this process, not the sandbox) and keeps its raw facts in
DIR; later runs, with either checkout, work out the fields and findings from them (`digest`).
The output is `independent_misses.py --save`'s. Only the reader's code must be the same on
both sides: a change to `reader.py` or OCR needs a fresh cache.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("src", help="the checkout's src directory whose code reads the fields")
    parser.add_argument("name")
    parser.add_argument("out", type=Path)
    parser.add_argument("--cache", type=Path, required=True)
    args = parser.parse_args()
    sys.path.insert(0, str(HERE))
    import independent_misses  # puts this tree's src on the path: the checkout's goes first

    sys.path.insert(0, str(Path(args.src).resolve()))
    from reinstate.invoices import reader, sandbox
    from reinstate.invoices.digest import digest

    if not reader.__file__ or not reader.__file__.startswith(str(Path(args.src).resolve())):
        raise SystemExit(f"reinstate came from {reader.__file__}, not {args.src}")
    args.cache.mkdir(parents=True, exist_ok=True)

    def cached(data: bytes, *, ocr: bool = True, **kw: Any) -> dict[str, Any]:
        key = args.cache / (hashlib.sha256(data).hexdigest() + ".pkl")
        if key.exists():
            raw = pickle.loads(key.read_bytes())
        else:
            raw = reader.read_facts(data, ocr=ocr)
            key.write_bytes(pickle.dumps(raw))
        return digest(raw, kw.get("options") or {})

    sandbox.read_isolated = cached  # type: ignore[assignment]
    with args.out.open("w", encoding="utf-8") as handle:
        for r in independent_misses.read(args.name):
            handle.write(json.dumps(r, default=str, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
