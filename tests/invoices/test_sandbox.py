"""The reader child: started without the caller's main script, it sends back finished data."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest
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


def _type3_font_without_its_box() -> bytes:
    """A page in a Type 3 font whose descriptor has no FontBBox, as Chromium writes CJK text."""
    import pikepdf
    from pikepdf import Array, Dictionary, Name

    pdf = pikepdf.new()
    font = Dictionary(
        Type=Name.Font,
        Subtype=Name.Type3,
        FontBBox=Array([0, 0, 1000, 1000]),
        FontMatrix=Array([0.001, 0, 0, 0.001, 0, 0]),
        CharProcs=Dictionary(a=pdf.make_stream(b"1000 0 d0")),
        Encoding=Dictionary(Differences=Array([65, Name.a])),
        FirstChar=65,
        LastChar=65,
        Widths=Array([1000]),
        FontDescriptor=Dictionary(Type=Name.FontDescriptor, FontName=Name("/AAAAAA+Sub"), Flags=4),
    )
    page = Dictionary(
        Type=Name.Page,
        MediaBox=Array([0, 0, 595, 842]),
        Contents=pdf.make_stream(b"BT /F1 12 Tf 72 720 Td (AAA) Tj ET"),
        Resources=Dictionary(Font=Dictionary(F1=font)),
    )
    pdf.pages.append(pikepdf.Page(page))
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def test_the_parsers_chatter_stays_off_the_users_terminal(tmp_path: Path) -> None:
    """pdfminer logged "Could not get FontBBox ..." once per font of a Chromium-printed invoice
    (13 lines for one outside writer's file) under the command's own output."""
    (tmp_path / "a.pdf").write_bytes(_type3_font_without_its_box())
    src = str(Path(__file__).resolve().parents[2] / "src")
    env = dict(os.environ, PYTHONPATH=src + os.pathsep + os.environ.get("PYTHONPATH", ""))
    code = "import sys; from reinstate.cli import main; sys.argv[0] = 'reinstate'; main()"
    out = subprocess.run(
        [sys.executable, "-c", code, "invoice", str(tmp_path / "a.pdf"), "--format", "json"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert out.returncode in (0, 1), out.stderr[-2000:]
    assert out.stdout.lstrip().startswith("{")
    assert "FontBBox" not in out.stderr


def test_the_reader_child_sends_fields_and_signs_not_every_character() -> None:
    from reinstate.invoices.fields import Fields
    from reinstate.invoices.sandbox import read_isolated

    data, _ = fixture({"edit": "overlay"})
    seen = read_isolated(data)
    # Issue 18: the child builds the lines, fields and signs, so a batch's threads only merge.
    assert isinstance(seen["fields"], Fields)
    assert seen["fields"].invoice_number
    assert seen["signs"]
    assert seen["has_text"] is True
    assert all("chars" not in page for page in seen["pages"])


@pytest.mark.parametrize(
    "example",
    [
        {"make": "reportlab"},
        {"edit": "overlay"},
        {"edit": "metadata_incremental"},
        {"make": "scan_jpeg"},
        {"make": "reportlab", "wrong_total": True},
    ],
)
def test_a_report_is_the_same_read_in_a_child_or_in_process(example: dict[str, Any]) -> None:
    from reinstate.invoices.check import check_invoice

    data, name = fixture(example)
    context = {"notice_date": date(2026, 3, 1), "seller_name": "Someone Else Ltd"}
    isolated = check_invoice(data, filename=name, **context)
    in_process = check_invoice(data, filename=name, isolate=False, **context)
    assert isolated.body() == in_process.body()


def test_the_reader_servers_own_sample_reads_as_a_whole_invoice() -> None:
    """The server warms the reader on its sample: a sample that stopped reading as an invoice
    (no fields, a sign, a problem) would warm only part of what a child uses."""
    from reinstate.invoices.digest import digest
    from reinstate.invoices.reader import read_facts
    from reinstate.invoices.server_warmup import sample_pdf

    facts = digest(read_facts(sample_pdf(), ocr=False), {})
    fields = facts["fields"]
    assert facts["problems"] == [] and facts["signs"] == [] and facts["has_text"]
    assert fields.invoice_number == "INV-20417" and fields.invoice_date == date(2026, 1, 5)
    assert [item.code for item in fields.items] == ["SKU-1001", "SKU-1002"]
    assert fields.totals == {"subtotal": 35.0, "tax": 7.0, "total": 42.0}


def test_a_child_that_sent_its_facts_is_reaped_later() -> None:
    """The caller does not wait for a finished child's exit; nothing is left behind."""
    import multiprocessing

    from reinstate.invoices.sandbox import read_isolated

    data, _ = fixture({"make": "reportlab"})
    for _ in range(3):
        assert read_isolated(data, ocr=False)["has_text"]
    for child in multiprocessing.active_children():
        child.join(10)
    assert multiprocessing.active_children() == []
