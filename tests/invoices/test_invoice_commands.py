from __future__ import annotations

import hashlib
import json
from pathlib import Path

import typer
from support.invoice_corpus import fixture
from typer.testing import CliRunner

from reinstate.invoices.commands import register


def _app() -> typer.Typer:
    app = typer.Typer()
    register(app)

    @app.callback()
    def _main() -> None:
        pass

    return app


def test_json_output_and_exit_codes(tmp_path: Path) -> None:
    good, _ = fixture({"make": "reportlab"})
    bad, _ = fixture({"edit": "overlay"})
    (tmp_path / "good.pdf").write_bytes(good)
    (tmp_path / "bad.pdf").write_bytes(bad)
    sales = tmp_path / "sales.csv"
    sales.write_text("sku,units\nTM-350,100\n", encoding="utf-8")
    result = CliRunner().invoke(
        _app(),
        [
            "invoice",
            str(tmp_path / "good.pdf"),
            str(tmp_path / "bad.pdf"),
            "--format",
            "json",
            "--notice-date",
            "2026-06-01",
            "--seller-name",
            "Northfield Goods LLC",
            "--sales",
            str(sales),
            "--annotate",
            str(tmp_path / "ann"),
        ],
    )
    assert result.exit_code == 1, result.output
    data = json.loads(result.stdout)
    assert data["kind"] == "invoice" and data["schema_version"] == 1
    verdicts = {f["file"]: f["verdict"] for f in data["files"]}
    assert verdicts == {"good.pdf": "ok", "bad.pdf": "reject"}
    bad_findings = data["files"][1]["findings"]
    assert any(f["code"] == "I209" and f["where"]["region"] for f in bad_findings)
    assert sorted(p.name for p in (tmp_path / "ann").iterdir()) == ["bad-p1.png", "good-p1.png"]
    assert (
        hashlib.sha256((tmp_path / "bad.pdf").read_bytes()).digest() == hashlib.sha256(bad).digest()
    )


def test_text_output_in_chinese(tmp_path: Path) -> None:
    good, _ = fixture({"make": "reportlab"})
    (tmp_path / "a.pdf").write_bytes(good)
    result = CliRunner().invoke(
        _app(), ["invoice", str(tmp_path / "a.pdf"), "--lang", "zh", "--units-sold", "TM-350=900"]
    )
    assert result.exit_code == 1
    assert "I108" in result.output and "不通过" in result.output


def test_bad_options_exit_2(tmp_path: Path) -> None:
    good, _ = fixture({"make": "reportlab"})
    (tmp_path / "a.pdf").write_bytes(good)
    app = _app()
    assert (
        CliRunner().invoke(app, ["invoice", str(tmp_path / "a.pdf"), "--units-sold", "x"]).exit_code
        == 2
    )
    assert (
        CliRunner()
        .invoke(app, ["invoice", str(tmp_path / "a.pdf"), "--notice-date", "june"])
        .exit_code
        == 2
    )
    assert CliRunner().invoke(app, ["invoice", str(tmp_path / "missing.pdf")]).exit_code == 2


def test_a_batch_on_two_workers_reports_every_file_in_the_order_given(tmp_path: Path) -> None:
    files = []
    for i, example in enumerate(
        [{"make": "reportlab"}, {"edit": "overlay"}, {"make": "reportlab", "seed": 3}]
    ):
        data, _ = fixture(example)
        path = tmp_path / f"inv{i}.pdf"
        path.write_bytes(data)
        files.append(path)
    result = CliRunner().invoke(
        _app(), ["invoice", *map(str, reversed(files)), "--format", "json", "--jobs", "2"]
    )
    body = json.loads(result.stdout)
    assert [f["file"] for f in body["files"]] == ["inv2.pdf", "inv1.pdf", "inv0.pdf"]
    assert body["files"][1]["verdict"] != "ok"
    assert result.exit_code == 1


def test_a_batch_starts_with_its_largest_files(tmp_path: Path) -> None:
    from reinstate.invoices.commands import heaviest_first

    files = []
    for i, size in enumerate([10, 3000, 10, 500, 3000]):
        path = tmp_path / f"f{i}.pdf"
        path.write_bytes(b"x" * size)
        files.append(path)
    files.append(tmp_path / "missing.pdf")  # read later, reported as missing then
    assert heaviest_first(files) == [1, 4, 3, 0, 2, 5]
