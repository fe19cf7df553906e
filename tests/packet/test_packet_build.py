"""The appeal packet written to a folder and a zip, read back: PDF text, DOCX, hashes, checklist."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from packet_helpers import (
    ADDRESS,
    CJK_FONT,
    POA,
    SELLER,
    TODAY,
    make_case,
    pdf_fonts,
    pdf_text,
    words,
)

from reinstate.cases import EventKind
from reinstate.errors import ReinstateError
from reinstate.packet import build_packet
from reinstate.packet.render import logical_lines


@pytest.fixture
def where(tmp_path: Path) -> Path:
    """A folder for packets only (the SQLite ledger lives in tmp_path itself)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_dir(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def read_zip(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def assert_evidence_matches_store(store, case_id: int, files: dict[str, bytes]) -> None:  # type: ignore[no-untyped-def]
    case = store.get_case(case_id)
    manifest = json.loads(files["manifest.json"])
    evidence = [f for f in manifest["files"] if f["kind"] == "evidence"]
    stored = {d.sha256 for d in case.documents}
    assert len(evidence) == len(stored) == 3
    for entry in evidence:
        data = files[entry["path"]]
        assert sha(data) == entry["sha256"]
        assert entry["sha256"] in stored
        assert data == store.document_bytes(entry["sha256"])  # byte for byte
    # every file is listed, and every listed hash is the file's hash
    assert set(files) - {"manifest.json"} == {f["path"] for f in manifest["files"]}
    for entry in manifest["files"]:
        assert sha(files[entry["path"]]) == entry["sha256"], entry["path"]
        assert len(files[entry["path"]]) == entry["size"]


def test_folder_packet_reads_back(store, where) -> None:  # type: ignore[no-untyped-def]
    case_id = make_case(store)
    out = where / "packet"
    result = build_packet(store, case_id, POA, output=out, today=TODAY)
    assert result.status == "written" and result.exit_code == 0, result.findings
    assert not result.forced
    files = read_dir(out)
    assert_evidence_matches_store(store, case_id, files)

    # the plain text is exactly what goes into the appeal form, and its length is reported
    text = files["poa.txt"].decode("utf-8")
    assert text == POA
    assert result.poa["chars"] == len(POA)

    # the PDF carries the POA's words and the Chinese name and address, in a CJK font
    poa_pdf = pdf_text(files["poa.pdf"])
    assert " ".join(words(POA)) in " ".join(words(poa_pdf))
    assert SELLER in poa_pdf.replace(" ", "")
    assert ADDRESS.replace(" ", "") in poa_pdf.replace(" ", "")
    assert any(CJK_FONT.search(name) for name in pdf_fonts(files["poa.pdf"]))

    # the Word document has one paragraph per (unwrapped) line of the POA
    from docx import Document

    docx = Document(io.BytesIO(files["poa.docx"]))
    paragraphs = [p.text for p in docx.paragraphs]
    assert SELLER in paragraphs and ADDRESS in paragraphs
    body = [p for p in paragraphs if p]
    for line in logical_lines(POA):
        if line:
            assert line in body
    assert "from a wholesaler that could not show where the goods came from" in "\n".join(body)

    # the evidence index: every document, what it proves, ASINs, hashes, checklist
    index = pdf_text(files["evidence-index.pdf"])
    flat = index.replace("\n", "").replace(" ", "")
    for entry in result.evidence:
        assert entry["sha256"] in flat
    assert "供应商发票-LT-2026-0901.pdf" in flat and "授权书.pdf" in flat
    assert "Supplierinvoices" in flat and "Letterofauthorization" in flat
    assert any(CJK_FONT.search(name) for name in pdf_fonts(files["evidence-index.pdf"]))

    rows = list(csv.DictReader(io.StringIO(files["evidence-index.csv"].decode("utf-8-sig"))))
    by_role = {r["role"]: r for r in rows}
    assert by_role["invoices"]["asins"] == "B0PACK0001"
    assert by_role["invoices"]["asins_verified"] == "yes"
    assert by_role["letter_of_authorization"]["asins"] == "B0PACK0002"
    assert by_role["other"]["asins"] == "B0PACK0001 B0PACK0002"  # a photo: cannot be read
    assert by_role["other"]["asins_verified"] == "no"
    assert by_role["invoices"]["preflight"] in {"ok", "warn", "reject", "error", "not_checked"}
    assert by_role["other"]["preflight"] == "not_applicable"
    for row in rows:
        assert row["sha256"] == sha(files[row["file"]])

    checklist = files["checklist.md"].decode("utf-8")
    assert "供应商发票" in checklist and "evidence/01-" in checklist
    assert "poa.txt 第 1 行" in checklist
    assert "缺失" not in checklist  # everything asked for is there

    summary = files["summary-zh.md"].decode("utf-8")
    assert "2026-12-07" in summary  # the notice's 17-day deadline
    assert "还剩 11 天" in summary
    assert "不要提交给亚马逊" in summary


def test_zip_packet_stores_evidence_untouched(store, where) -> None:  # type: ignore[no-untyped-def]
    case_id = make_case(store)
    out = where / "packet.zip"
    result = build_packet(store, case_id, POA, output=out, today=TODAY, lang="en")
    assert result.written and result.output == out
    files = read_zip(out)
    assert_evidence_matches_store(store, case_id, files)
    with zipfile.ZipFile(out) as archive:
        for info in archive.infolist():
            if info.filename.startswith("evidence/"):
                assert info.compress_type == zipfile.ZIP_STORED
    checklist = files["checklist.md"].decode("utf-8")
    assert "Checklist for case" in checklist and "poa.txt, line 1" in checklist
    assert [p.name for p in where.iterdir()] == ["packet.zip"]  # no temporary file left


def test_checklist_marks_what_is_missing(store, where) -> None:  # type: ignore[no-untyped-def]
    case_id = make_case(store, requests=("invoices", "plan_of_action", "business_license"))
    poa = POA.replace(" and B0PACK0002", "")
    result = build_packet(store, case_id, poa, output=where / "p", today=TODAY, force=True)
    status = {c["key"]: c for c in result.checklist}
    assert status["document:business_license"]["status"] == "missing"
    assert status["document:invoices"]["status"] == "present"
    assert status["asin_poa:B0PACK0002"]["status"] == "missing"
    assert status["asin_poa:B0PACK0001"]["where"][0]["en"] == "poa.txt, line 2"
    assert status["asin_evidence:B0PACK0002"]["status"] == "present"  # the authorisation letter
    assert status["section:preventive_measures"]["status"] == "present"
    checklist = (where / "p" / "checklist.md").read_text("utf-8")
    assert checklist.count("**缺失**") == 2
    index = pdf_text((where / "p" / "evidence-index.pdf").read_bytes())
    assert index.count("MISSING") == 2
    summary = (where / "p" / "summary-zh.md").read_text("utf-8")
    assert "营业执照" in summary and "缺少的内容" in summary


def test_refuses_when_the_guardrail_blocks(store, where) -> None:  # type: ignore[no-untyped-def]
    case_id = make_case(store, with_evidence=False)
    out = where / "packet"
    result = build_packet(store, case_id, POA, output=out, today=TODAY)
    assert result.status == "refused" and result.exit_code == 1
    assert result.verdict == "block"
    codes = {f["code"] for f in result.findings}
    assert "G102" in codes  # the invoices the notice asked for are not in the case
    g102 = next(f for f in result.findings if f["code"] == "G102")
    assert "invoices" in g102["message"]["en"] and g102["message"]["zh"]
    assert not out.exists()
    assert list(where.iterdir()) == []
    kinds = [e.kind for e in store.get_case(case_id).events]
    assert EventKind.packet_forced not in kinds


def test_force_writes_and_records_it(store, where) -> None:  # type: ignore[no-untyped-def]
    case_id = make_case(store, with_evidence=False)
    out = where / "forced.zip"
    result = build_packet(store, case_id, POA, output=out, today=TODAY, force=True)
    assert result.written and result.forced and result.exit_code == 0
    events = [e for e in store.get_case(case_id).events if e.kind is EventKind.packet_forced]
    assert len(events) == 1 and events[0].id == result.forced_event_id
    assert "G102" in (events[0].note or "") and str(out.resolve()) in (events[0].note or "")
    files = read_zip(out)
    manifest = json.loads(files["manifest.json"])
    assert manifest["kind"] == "packet" and manifest["forced"] is True
    assert "G102" in {f["code"] for f in manifest["findings"]}
    assert "强制生成" in files["summary-zh.md"].decode("utf-8")
    assert not [n for n in files if n.startswith("evidence/")]


def test_force_is_not_recorded_when_nothing_blocks(store, where) -> None:  # type: ignore[no-untyped-def]
    case_id = make_case(store)
    result = build_packet(store, case_id, POA, output=where / "p", today=TODAY, force=True)
    assert result.written and not result.forced
    assert EventKind.packet_forced not in [e.kind for e in store.get_case(case_id).events]


def test_poa_comes_from_the_case_when_not_given(store, where) -> None:  # type: ignore[no-untyped-def]
    case_id = make_case(store)
    with pytest.raises(ReinstateError) as missing:
        build_packet(store, case_id, output=where / "none", today=TODAY)
    assert missing.value.code == "packet_no_poa" and "--poa" in missing.value.message["en"]
    assert not (where / "none").exists()

    # the latest appeal's text, when no POA document is stored
    store.log_event(
        case_id,
        EventKind.appeal_submitted,
        text=POA.replace("80 units", "79 units"),
        at=datetime(2026, 11, 1, 9, tzinfo=UTC),
    )
    result = build_packet(store, case_id, output=where / "a", today=TODAY, force=True)
    assert result.poa["source"]["kind"] == "appeal_event"
    assert "79 units" in (where / "a" / "poa.txt").read_text("utf-8")

    # a stored plan_of_action document wins over the appeal (GB18030, as Chinese editors save)
    stored = POA.replace("Our compliance manager", "我们的合规经理").encode("gb18030")
    store.add_document(case_id, "行动计划.txt", stored, role="plan_of_action")
    result = build_packet(store, case_id, output=where / "d", today=TODAY, force=True)
    assert result.poa["source"] == {
        "kind": "document",
        "name": "行动计划.txt",
        "label": result.poa["source"]["label"],
    }
    assert "我们的合规经理" in (where / "d" / "poa.txt").read_text("utf-8")
    assert "我们的合规经理" in pdf_text((where / "d" / "poa.pdf").read_bytes()).replace(" ", "")
    assert all(e["role"] != "plan_of_action" for e in result.evidence)  # the POA is not evidence


def test_output_must_be_new_or_empty(store, where) -> None:  # type: ignore[no-untyped-def]
    case_id = make_case(store)
    full = where / "full"
    full.mkdir()
    (full / "keep.txt").write_text("mine")
    with pytest.raises(ReinstateError) as exists:
        build_packet(store, case_id, POA, output=full, today=TODAY)
    assert exists.value.code == "packet_output_exists"
    assert [p.name for p in full.iterdir()] == ["keep.txt"]
    with pytest.raises(ReinstateError) as parent:
        build_packet(store, case_id, POA, output=where / "no" / "such", today=TODAY)
    assert parent.value.code == "packet_output_parent"
    empty = where / "empty"
    empty.mkdir()
    assert build_packet(store, case_id, POA, output=empty, today=TODAY).written
    assert (empty / "manifest.json").is_file()


@pytest.mark.parametrize("target", ["dir", "p.zip"])
def test_a_failure_leaves_no_partial_packet(store, where, monkeypatch, target) -> None:  # type: ignore[no-untyped-def]
    from reinstate.packet import output as packet_output

    case_id = make_case(store)
    calls = {"n": 0}
    real = packet_output.write_file

    def write_then_fail(path, data):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 4:
            raise OSError(28, "No space left on device")
        real(path, data)

    monkeypatch.setattr(packet_output, "write_file", write_then_fail)

    if target.endswith(".zip"):
        import zipfile as zf

        real_writestr = zf.ZipFile.writestr

        def writestr_then_fail(self, info, data, *a, **k):  # type: ignore[no-untyped-def]
            if ".partial-" in str(self.filename):  # the packet, not the Word file being made
                calls["n"] += 1
            if calls["n"] == 4:
                raise OSError(28, "No space left on device")
            return real_writestr(self, info, data, *a, **k)

        monkeypatch.setattr(zf.ZipFile, "writestr", writestr_then_fail)
    with pytest.raises(ReinstateError) as failed:
        build_packet(store, case_id, POA, output=where / target, today=TODAY)
    assert failed.value.code == "packet_output_unwritable"
    assert list(where.iterdir()) == []


@pytest.mark.parametrize("target", ["dir", "p.zip"])
def test_evidence_that_does_not_match_the_store_is_refused(
    store, where, monkeypatch, target
) -> None:  # type: ignore[no-untyped-def]
    """A copy that differs from the stored original by one byte means no packet at all."""
    case_id = make_case(store)
    real = store.document_bytes

    def tampered(sha256: str) -> bytes:
        data = real(sha256)
        return data[:-2] + bytes([data[-2] ^ 1]) + data[-1:] if data.startswith(b"%PDF") else data

    monkeypatch.setattr(store, "document_bytes", tampered)
    with pytest.raises(ReinstateError) as failed:
        build_packet(store, case_id, POA, output=where / target, today=TODAY)
    assert failed.value.code == "packet_verify_failed"
    assert "evidence/" in failed.value.message["en"] and failed.value.message["zh"]
    assert list(where.iterdir()) == []


def test_a_disk_that_changes_bytes_is_caught(store, where, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from reinstate.packet import output as packet_output

    case_id = make_case(store)
    real = packet_output.write_file

    def flip(path, data):  # type: ignore[no-untyped-def]
        real(path, data.replace(b"B0PACK0001", b"B0PACK0009") if "evidence" in str(path) else data)

    monkeypatch.setattr(packet_output, "write_file", flip)
    with pytest.raises(ReinstateError) as failed:
        build_packet(store, case_id, POA, output=where / "p", today=TODAY)
    assert failed.value.code == "packet_verify_failed"
    assert list(where.iterdir()) == []


def test_forced_packet_is_removed_when_the_case_cannot_record_it(store, where, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    case_id = make_case(store, with_evidence=False)

    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise ReinstateError("store_conflict", orig="ledger is read-only")

    monkeypatch.setattr(store, "log_event", broken)
    with pytest.raises(ReinstateError):
        build_packet(store, case_id, POA, output=where / "p.zip", today=TODAY, force=True)
    assert list(where.iterdir()) == []


def test_no_chinese_font_is_an_input_error(store, where, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from reinstate.packet import render

    case_id = make_case(store)
    monkeypatch.setattr(render, "cjk_font_installed", lambda: False)
    with pytest.raises(ReinstateError) as failed:
        build_packet(store, case_id, POA, output=where / "p", today=TODAY)
    assert failed.value.code == "packet_no_cjk_font"
    assert "fonts-noto-cjk" in failed.value.message["en"]
    assert list(where.iterdir()) == []


def test_a_format_amazon_refuses_is_flagged_not_converted(store, where) -> None:  # type: ignore[no-untyped-def]
    case_id = make_case(store)
    note = b"Supplier contact: Example Brand Distribution GmbH, order for B0PACK0002\n"
    store.add_document(case_id, "supplier-contact.txt", note, role="other")
    result = build_packet(store, case_id, POA, output=where / "p", today=TODAY)
    entry = next(e for e in result.evidence if e["filename"] == "supplier-contact.txt")
    assert entry["accepted_format"] is False and entry["asins"] == ["B0PACK0002"]
    assert (where / "p" / entry["path"]).read_bytes() == note
    index = pdf_text((where / "p" / "evidence-index.pdf").read_bytes())
    assert "Amazon accepts only PDF" in index.replace("\n", " ")
    assert "不要自己转换" in (where / "p" / "summary-zh.md").read_text("utf-8")
