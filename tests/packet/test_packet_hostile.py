"""Packets from odd cases and texts: control characters, unknown requests, killed writers."""

from __future__ import annotations

import os
import stat
import zipfile
from pathlib import Path

import pytest
from packet_helpers import POA, TODAY, make_case
from sqlalchemy import update

from reinstate.cases.tables import CaseRow
from reinstate.packet import build_packet


@pytest.fixture
def store(tmp_path):  # type: ignore[no-untyped-def]
    from reinstate.cases import open_store

    with open_store(f"sqlite:///{tmp_path / 'ledger.db'}") as s:
        yield s


@pytest.fixture
def where(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.mark.parametrize("control", ["\x0c", "\x0b", "\x1b[2J", "\x07", "\x7f", "\x85"])
def test_an_appeal_holding_a_control_character_exports(store, where, control) -> None:  # type: ignore[no-untyped-def]
    case_id = make_case(store)
    text = POA.replace("Corrective actions:", f"{control}Corrective actions:")
    result = build_packet(store, case_id, text, output=where / "p.zip", today=TODAY, force=True)
    assert result.exit_code == 0
    with zipfile.ZipFile(where / "p.zip") as archive:
        assert control.encode() in archive.read("poa.txt")  # the text file keeps it as written


def test_an_unknown_requested_value_does_not_crash(store, where) -> None:  # type: ignore[no-untyped-def]
    case_id = make_case(store)
    with store.transaction() as session:
        session.execute(
            update(CaseRow).values(requested_documents=["invoices", "tax_return", 5, None])
        )
    result = build_packet(store, case_id, POA, output=where / "p", today=TODAY, force=True)
    keys = {i["key"] for i in result.to_json()["checklist"]}
    assert "document:tax_return" in keys


def test_alternatives_share_one_checklist_line(store, where) -> None:  # type: ignore[no-untyped-def]
    case_id = make_case(store)
    store.update_case(
        case_id, requested_documents=[["utility_bill", "letter_of_authorization"], "invoices"]
    )
    result = build_packet(store, case_id, POA, output=where / "p", today=TODAY, force=True)
    items = {i["key"]: i["status"] for i in result.to_json()["checklist"]}
    assert items["document:utility_bill|letter_of_authorization"] == "present"


def test_a_killed_writers_partial_files_are_removed(store, where) -> None:  # type: ignore[no-untyped-def]
    case_id = make_case(store)
    dead = where / ".p.zip.partial-999999999-abc"  # no such pid
    dead.write_bytes(b"half a packet")
    live = where / f".p.zip.partial-{os.getpid()}-xyz"
    live.write_bytes(b"being written")
    build_packet(store, case_id, POA, output=where / "p.zip", today=TODAY, force=True)
    assert not dead.exists() and live.exists()


def test_the_chinese_font_check_sees_a_font_installed_later(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from reinstate.packet import render

    fake = tmp_path / "fc-list"
    fake.write_text("#!/bin/sh\ncat " + str(tmp_path / "fonts") + " 2>/dev/null\n")
    fake.chmod(fake.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setattr(render.shutil, "which", lambda name: str(fake))
    monkeypatch.setattr(render, "_cjk_font_seen", False)
    assert render.cjk_font_installed() is False
    (tmp_path / "fonts").write_text("Noto Sans CJK SC\n")
    assert render.cjk_font_installed() is True
