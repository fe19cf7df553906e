"""The reader child starts without running the caller's main script again."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from support.invoice_corpus import fixture


def test_a_script_without_a_main_guard_checks_an_invoice(tmp_path: Path) -> None:
    data, _ = fixture({"make": "reportlab"})
    (tmp_path / "a.pdf").write_bytes(data)
    script = tmp_path / "script.py"
    # No `if __name__ == "__main__"`: a child that ran this file again would start a child of
    # its own before its bootstrapping ended, and multiprocessing refuses that.
    script.write_text(
        "import sys\n"
        "from reinstate.invoices.check import check_invoice\n"
        "print('RUN')\n"
        "print(check_invoice(sys.argv[1]).verdict)\n",
        encoding="utf-8",
    )
    src = str(Path(__file__).resolve().parents[2] / "src")
    env = dict(os.environ, PYTHONPATH=src + os.pathsep + os.environ.get("PYTHONPATH", ""))
    out = subprocess.run(
        [sys.executable, str(script), str(tmp_path / "a.pdf")],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.split() == ["RUN", "ok"]
    assert "bootstrapping phase" not in out.stderr
