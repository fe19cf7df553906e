"""Issue 20, no file over 2 s: the cheaper paths give what the slower ones gave, and the work
that can overlap does (the timings themselves are bench/invoices.py --per-file's)."""

from __future__ import annotations

import io
import subprocess
import sys
import threading
import time
from typing import Any

import numpy as np
import pytest
from PIL import Image

from reinstate.invoices import ocr, reader, sandbox


def _runs_by_definition(ink: Any, length: int) -> Any:
    """Each pixel inside some window of `length` pixels of its row that is all ink."""
    out = np.zeros_like(ink)
    for y, row in enumerate(ink):
        for x in range(len(row) - length + 1):
            if row[x : x + length].all():
                out[y, x : x + length] = True
    return out


@pytest.mark.parametrize("length", [1, 4, 5, 12, 13])
def test_table_rules_are_the_runs_of_ink_they_were(length: int) -> None:
    rng = np.random.default_rng(length)
    ink = rng.random((24, 60)) < 0.6
    ink[3, :] = True  # a rule across the whole page, to both edges
    ink[7, 50:] = True  # a run that ends at the page's edge
    ink[9, :] = False
    ink[9, 10 : 10 + length] = True  # exactly the length
    got = ocr._runs(ink, length)
    assert got.dtype == bool
    assert np.array_equal(got, _runs_by_definition(ink, length))
    assert np.array_equal(ocr._runs(ink.T, length), _runs_by_definition(ink.T, length))


def test_a_page_narrower_than_a_rule_has_none() -> None:
    assert not ocr._runs(np.ones((5, 8), dtype=bool), 9).any()


def test_the_exit_waiter_wakes_when_the_process_exits() -> None:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    wait = ocr._exit_waiter(proc.pid)
    started = time.monotonic()
    wait(30.0)
    woke = time.monotonic() - started
    wait(None)
    proc.wait()
    assert woke < 20.0  # not the 30 s it was given


def test_the_exit_waiter_waits_for_a_process_that_runs_on() -> None:
    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        wait = ocr._exit_waiter(proc.pid)
        wait(0.2)
        assert proc.poll() is None
        wait(None)
    finally:
        proc.kill()
        proc.wait()


def _scan_pdf(pages: int) -> bytes:
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=(595, 842))
    for _ in range(pages):  # no text layer: each page is read as a scan
        img = Image.new("L", (620, 877), 235)
        png = io.BytesIO()
        img.save(png, format="PNG")
        pdf.drawImage(ImageReader(io.BytesIO(png.getvalue())), 0, 0, 595, 842)
        pdf.showPage()
    pdf.save()
    return buf.getvalue()


def test_a_scans_pixel_checks_go_on_while_the_next_page_is_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    second_page_read = threading.Event()
    seen: dict[int, bool] = {}

    def ocr_page(data: bytes, index: int, *args: Any) -> dict[str, Any]:
        if index == 1:
            second_page_read.set()
        return {"chars": [], "source": "ocr", "ocr": {"script": "latin"}}

    def noise(data: bytes, index: int, width: float) -> dict[str, Any]:
        if index == 0:
            # Before: page 1's checks were waited for before page 2 was read (here: never).
            seen[index] = second_page_read.wait(10)
        return {"median": float(index), "quiet": []}

    monkeypatch.setattr(reader, "_ocr_pdf_page", ocr_page)
    monkeypatch.setattr(reader, "_scan_noise", noise)
    facts = reader.read_facts(_scan_pdf(2))
    assert seen == {0: True}
    assert [p["noise"]["median"] for p in facts["pages"]] == [0.0, 1.0]


def test_a_missing_reader_library_is_named_by_the_caller(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name: None if name == "pikepdf" else real(name)
    )
    monkeypatch.setitem(sys.modules, "pikepdf", None)
    with pytest.raises(ModuleNotFoundError) as raised:
        sandbox._require("pdfplumber", "pikepdf")
    assert raised.value.name == "pikepdf"


def test_the_invoice_command_starts_the_reader_server_first(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from reinstate import cli

    started: list[bool] = []
    monkeypatch.setattr(sandbox, "warm", lambda images_only, pdfs_only: started.append(images_only))
    for argv, expected in (
        (["reinstate", "invoice", "a.pdf"], [False]),
        (["reinstate", "invoice", "--help"], []),
        (["reinstate", "lint", "draft.txt"], []),
    ):
        started.clear()
        monkeypatch.setattr(sys, "argv", argv)
        cli._start_reader_server()
        assert started == expected, argv


def test_photos_alone_start_a_server_without_the_pdf_readers(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from multiprocessing import forkserver

    from reinstate import cli

    photo, scan, pdf = tmp_path / "a.jpg", tmp_path / "b.png", tmp_path / "c.pdf"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + bytes(20))
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(20))
    pdf.write_bytes(b"%PDF-1.7\n" + bytes(20))
    assert cli._kinds([str(photo), "--notice-date", "2026-12-01", str(scan)]) == {"jpeg", "png"}
    assert cli._kinds([str(photo), str(pdf)]) == {"jpeg", "pdf"}
    sales = tmp_path / "sales.csv"
    sales.write_text("asin,units\nB0X,3\n", encoding="utf-8")
    assert cli._kinds([str(photo), "--sales", str(sales)]) != {"jpeg"}
    assert cli._kinds(["--jobs", "2"]) == set()  # no file at all: the whole server

    monkeypatch.delenv("REINSTATE_NO_FORK", raising=False)
    monkeypatch.setattr(forkserver, "ensure_running", lambda: None)
    preload = forkserver._forkserver._preload_modules
    try:
        sandbox.warm(images_only=True)
        loaded = set(forkserver._forkserver._preload_modules)
        assert "cv2" in loaded and "reinstate.invoices.ocr" in loaded
        assert not loaded & {"pdfplumber", "pikepdf", "pypdf", "pypdfium2"}
        # photos need Tesseract's models, text PDFs do not (session 13)
        assert "reinstate.invoices.ocr_warmup" in loaded
        forkserver._forkserver._preload_modules = preload
        sandbox.warm(pdfs_only=True)
        loaded = set(forkserver._forkserver._preload_modules)
        assert "pdfplumber" in loaded and "reinstate.invoices.ocr_warmup" not in loaded
    finally:
        forkserver._forkserver._preload_modules = preload


def _scan_page(dpi: int) -> bytes:
    """A one-page PDF of 200 x 100 pt whose only content is a scan at `dpi`."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    png = io.BytesIO()
    Image.new("L", (200 * dpi // 72, 100 * dpi // 72), 235).save(png, format="PNG")
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=(200, 100))
    pdf.drawImage(ImageReader(io.BytesIO(png.getvalue())), 0, 0, 200, 100)
    pdf.showPage()
    pdf.save()
    return buf.getvalue()


@pytest.mark.parametrize(("dpi", "rendered"), [(150, 150), (200, 200), (300, 200)])
def test_a_scanned_page_is_read_at_its_scans_resolution_up_to_200_dpi(
    monkeypatch: pytest.MonkeyPatch, dpi: int, rendered: int
) -> None:
    seen: list[tuple[int, int]] = []

    def read(image: Any, **kwargs: Any) -> dict[str, Any]:
        seen.append(image.size)
        return {"words": [], "meta": {}}

    monkeypatch.setattr(ocr, "ocr_image", read)
    reader._ocr_pdf_page(_scan_page(dpi), 0, 200.0, 100.0, image_dpi=float(dpi))
    # Before: a 300 dpi scan was rendered (and read by Tesseract) at 300 dpi.
    [(width, height)] = seen
    assert abs(width - 200 * rendered / 72) <= 1 and abs(height - 100 * rendered / 72) <= 1
