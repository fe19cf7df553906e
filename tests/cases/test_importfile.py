"""`case import` (cases/importfile.py) reads an export in pieces: memory stays flat, and a
bad export stores nothing.

The export is JSON with the files as base64 (cases/transfer.py, cases/stream.py); the streaming
reader must accept any JSON writer's layout of the same document and refuse what `json.loads`
and the old whole-document import refused.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import tracemalloc
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from reinstate.cases import CaseDraft, EventKind, importfile, open_store
from reinstate.cases import stream as stream_module
from reinstate.cases.importfile import import_file
from reinstate.cases.transfer import write_export
from reinstate.cli import app
from reinstate.errors import ReinstateError

MIB = 1024 * 1024
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _source(db: str) -> int:
    with open_store(db) as store:
        case = store.create_case(
            CaseDraft(
                account="莲花贸易 Lotus",
                marketplace="DE",
                category="inauthentic",
                notice_date=date(2026, 3, 1),
                notice_text="Ihr Konto wurde deaktiviert.\nBitte antworten Sie.",
                requested_documents=["invoices"],
            )
        )
        store.log_event(
            case.id,
            EventKind.appeal_submitted,
            at=datetime(2026, 3, 5, tzinfo=UTC),
            text="appeal",
            files=[("a.pdf", PDF + b"a/b+c")],
            role="invoices",
        )
        store.add_document(case.id, "loa.pdf", PDF + b"loa", role="letter_of_authorization")
        store.add_document(case.id, "again.pdf", PDF + b"a/b+c", role="invoices")
        # base64 of a run of 0xff is slashes, which some JSON writers escape as '\/'
        store.add_document(case.id, "ff.pdf", PDF + b"\xff" * 30, role="other")
        return case.id


def _comparable(data: dict[str, Any]) -> Any:
    c = dict(data["case"])
    c.pop("id")
    c["events"] = [{k: v for k, v in e.items() if k != "id"} for e in c["events"]]
    c["documents"] = [{k: v for k, v in d.items() if k != "event_id"} for d in c["documents"]]
    return c, data["files"]


@pytest.fixture
def exported(tmp_path: Path) -> dict[str, Any]:
    db = f"sqlite:///{tmp_path / 'source.db'}"
    case_id = _source(db)
    with open_store(db) as store:
        return store.export_case(case_id)


def _ledger_state(db: str) -> Any:
    with open_store(db) as store:
        return [store.export_case(c.id) for c in store.list_cases()]


@pytest.mark.parametrize(
    "layout",
    ["indented", "compact", "escaped slashes", "files first", "BOM and CRLF", "tiny pieces"],
)
def test_any_json_layout_of_an_export_imports_the_same_case(
    db_url: str,
    tmp_path: Path,
    exported: dict[str, Any],
    layout: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if layout == "files first":
        exported = {"files": exported["files"], **exported}
    compact = layout == "compact"
    text = json.dumps(exported, ensure_ascii=not compact, indent=None if compact else 2)
    if layout == "escaped slashes":
        text = text.replace("/", "\\/")
    raw = text.encode("utf-8")
    if layout == "BOM and CRLF":
        raw = b"\xef\xbb\xbf" + raw.replace(b"\n", b"\r\n")
    if layout == "tiny pieces":
        monkeypatch.setattr(stream_module, "CHUNK", 3)  # every token split across reads
    path = tmp_path / "case.json"
    path.write_bytes(raw)
    imported = import_file(db_url, path)
    with open_store(db_url) as store:
        again = store.export_case(imported.id)
    assert _comparable(again) == _comparable(exported)


def test_the_file_written_by_export_imports_losslessly(db_url: str, tmp_path: Path) -> None:
    source = f"sqlite:///{tmp_path / 'source.db'}"
    case_id = _source(source)
    path = tmp_path / "case.json"
    with open_store(source) as store, path.open("wb") as out:
        write_export(store, store.get_case(case_id), out)
        original = store.export_case(case_id)
    imported = import_file(db_url, path)
    with open_store(db_url) as store:
        assert _comparable(store.export_case(imported.id)) == _comparable(original)
        assert len(imported.documents) == 4 and len(imported.events) == 2


def _bad_exports(exported: dict[str, Any]) -> dict[str, bytes]:
    good = json.dumps(exported, indent=2)
    sha = next(iter(exported["files"]))
    b64 = exported["files"][sha]
    return {
        "empty": b"",
        "truncated": good[: len(good) // 2].encode(),
        "extra data": good.encode() + b"\n{}",
        "an array": b"[1, 2]",
        "another kind": json.dumps({**exported, "kind": "lint"}).encode(),
        "not UTF-8": good.replace("Lotus", "L\udcffotus", 1).encode("utf-8", "surrogateescape"),
        "tampered": good.replace(b64, base64.b64encode(PDF + b"edited").decode()).encode(),
        "not base64": good.replace(b64, b64[:8] + "!" + b64[9:]).encode(),
        "after padding": good.replace(b64, "QQ==" + b64).encode(),
        "short group": good.replace(b64, b64 + "QQ").encode(),
        "other escape": good.replace(b64, b64[:8] + "\\n" + b64[8:]).encode(),
        "files not a map": json.dumps({**exported, "files": [b64]}).encode(),
        "no files": json.dumps({k: v for k, v in exported.items() if k != "files"}).encode(),
        "a file missing": json.dumps({**exported, "files": {}}).encode(),
        "nested": b'{"case": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
    }


def test_a_bad_export_stores_nothing_and_leaves_no_file(
    db_url: str, tmp_path: Path, exported: dict[str, Any]
) -> None:
    ledger_folder = tmp_path / "ledger"
    ledger_folder.mkdir()
    db = db_url if "postgres" in db_url else f"sqlite:///{ledger_folder / 'ledger.db'}"
    with open_store(db) as store:
        store.create_case(CaseDraft(account="Kept", marketplace="US"))
    before = _ledger_state(db)
    files_before = sorted(ledger_folder.iterdir())
    runner = CliRunner()
    for name, raw in _bad_exports(exported).items():
        path = tmp_path / f"{name}.json"
        path.write_bytes(raw)
        result = runner.invoke(app, ["case", "import", str(path), "--db", db])
        assert result.exit_code == 2, (name, result.output)
        assert str(path) in result.stderr, (name, result.stderr)
        assert "Traceback" not in result.stderr and "Error:" not in result.stderr, result.stderr
        assert "codec" not in result.stderr and "Errno" not in result.stderr, result.stderr
        assert _ledger_state(db) == before, name
        assert sorted(ledger_folder.iterdir()) == files_before, name


def test_a_bad_export_creates_no_ledger(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"kind": "case_export", "schema_version": 1, "files": {"x": "QQ=="}}')
    ledger = tmp_path / "new" / "ledger.db"
    with pytest.raises(ReinstateError):
        import_file(str(ledger), path)
    assert not ledger.exists()


def test_syntax_errors_say_where(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{\n  "kind": "case_export",\n  "case": {"account": tru}\n}')
    with pytest.raises(ReinstateError) as info:
        import_file(str(tmp_path / "l.db"), path)
    assert info.value.code == "import_invalid"
    assert "line 3 column 23" in info.value.params["exc"], info.value.params


def _big_export(tmp_path: Path, size: int) -> Path:
    """An export whose single file is `size` bytes, written by `case export`'s writer."""
    source = f"sqlite:///{tmp_path / 'big.db'}"
    with open_store(source) as store:
        case = store.create_case(CaseDraft(account="Big", marketplace="US"))
        store.add_document(case.id, "scan.pdf", PDF + os.urandom(size - len(PDF)), role="invoices")
        path = tmp_path / "big.json"
        with path.open("wb") as out:
            write_export(store, store.get_case(case.id), out)
    return path


def test_import_memory_does_not_grow_with_the_file(tmp_path: Path) -> None:
    """The whole-document import held a file about four times (bytes, text, base64, decoded);
    streaming holds pieces of a megabyte."""
    size = 24 * MIB
    path = _big_export(tmp_path, size)
    db = f"sqlite:///{tmp_path / 'target.db'}"
    open_store(db).close()  # the schema and SQLAlchemy's caches are not the import's cost
    tracemalloc.start()
    try:
        case = import_file(db, path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < size / 3, f"import peaked at {peak / MIB:.1f} MiB for a {size // MIB} MiB file"
    with open_store(db) as store:
        data = store.document_bytes(case.documents[0].sha256)
    assert len(data) == size and hashlib.sha256(data).hexdigest() == case.documents[0].sha256


class _PieceReader(io.BufferedReader):
    """A file that refuses to be read whole: every read must name a bounded size."""

    def _check(self, size: int | None) -> None:
        if size is None or size < 0 or size > 4 * MIB:
            raise AssertionError(f"read({size}) of the whole export")

    def read(self, size: int | None = -1) -> bytes:
        self._check(size)
        return super().read(size)

    def read1(self, size: int = -1) -> bytes:
        self._check(size)
        return super().read1(size)

    def readall(self) -> bytes:
        raise AssertionError("readall() of the whole export")


def test_import_never_reads_the_export_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _big_export(tmp_path, 6 * MIB)
    opened = []

    def open_in_pieces(p: Path, *, limit: int) -> io.BufferedReader:
        opened.append(p)
        return _PieceReader(io.FileIO(p, "rb"))

    monkeypatch.setattr(importfile, "open_file", open_in_pieces)
    case = import_file(str(tmp_path / "target.db"), path)
    assert opened == [path] and case.documents[0].size == 6 * MIB


def test_a_file_failing_mid_write_leaves_no_blob(db_url: str, exported: dict[str, Any]) -> None:
    """Files are written into the ledger in pieces inside the import's transaction: a later
    failure takes the earlier files back out."""
    from sqlalchemy import func, select

    from reinstate.cases.tables import BlobRow

    last = exported["case"]["documents"][-1]["sha256"]
    exported["files"][last] = base64.b64encode(b"%PDF-1.4 edited").decode()
    with open_store(db_url) as store:
        with pytest.raises(ReinstateError):
            store.import_case(exported, origin="case.json")
        with store.session() as session:
            assert session.scalar(select(func.count()).select_from(BlobRow)) == 0
        assert store.list_cases() == []
