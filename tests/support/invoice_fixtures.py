"""Rebuild `rules/data/invoice/examples.json`: the files the invoice rules' examples name.

    PYTHONPATH=src .venv/bin/python tests/support/invoice_fixtures.py

Run it after changing an example or the generator; tests/invoices/test_examples_bundle.py fails
while an example has no file in the bundle.
"""

from __future__ import annotations

import base64
import json
import sys
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
BUNDLE = HERE.parent.parent / "src/reinstate/rules/data/invoice/examples.json"


def invoice_examples() -> list[dict[str, object]]:
    from reinstate.rules import builtin_rules

    out: list[dict[str, object]] = []
    for rule in builtin_rules():
        if rule.target == "invoice":
            out += [e for e in (*rule.fire, *rule.silent) if isinstance(e, dict)]
    return out


def build() -> dict[str, dict[str, str]]:
    from support.invoice_corpus import fixture
    from support.invoice_image_edits import capture_fixture

    from reinstate.invoices.examples import making_key

    bundle: dict[str, dict[str, str]] = {}
    for example in invoice_examples():
        key = making_key(example)
        if key in bundle:
            continue
        making = json.loads(key)
        data, name = (capture_fixture if "capture" in making else fixture)(making)
        packed = base64.b64encode(zlib.compress(data, 9)).decode("ascii")
        bundle[key] = {"name": name, "data": packed}
    return dict(sorted(bundle.items()))


def main() -> int:
    sys.path.insert(0, str(HERE.parent))
    bundle = build()
    BUNDLE.write_text(json.dumps(bundle, indent=0) + "\n", encoding="utf-8")
    print(f"{len(bundle)} files, {BUNDLE.stat().st_size // 1024} KB -> {BUNDLE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
