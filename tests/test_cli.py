"""The command line end to end: exit codes, JSON contract, Chinese output and bad input."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from reinstate.cli import app

runner = CliRunner()
POA = (
    "Root cause:\nWe bought ASIN B0TEST0001 from a wholesaler that could not show its own "
    "supply chain.\n\nCorrective actions:\nWe removed the listing and refunded the four buyers."
    "\n\nPreventive measures:\nWe now buy only from the authorised distributor and check each "
    "invoice before listing."
)


def cli(*args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), catch_exceptions=False)


def new_case(db: str, *extra: str) -> int:
    result = cli(
        "case",
        "new",
        "--db",
        db,
        "--account",
        "Lotus Trading",
        "--marketplace",
        "DE",
        "--category",
        "inauthentic",
        "--notice-date",
        "2026-03-01",
        "--asin",
        "B0TEST0001",
        "--requests",
        "invoices",
        "--format",
        "json",
        *extra,
    )
    assert result.exit_code == 0, result.output
    return int(json.loads(result.stdout)["case"]["id"])


def test_case_lifecycle_and_guard_exit_codes(db_url, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case_id = new_case(db_url)
    poa = tmp_path / "poa.txt"
    poa.write_text(POA, encoding="utf-8")
    invoice = tmp_path / "invoice.pdf"
    invoice.write_bytes(b"%PDF-1.4 genuine supplier invoice")

    blocked = cli(
        "guard",
        "appeal",
        "--case",
        str(case_id),
        "--file",
        str(poa),
        "--db",
        db_url,
        "--today",
        "2026-03-05",
        "--format",
        "json",
    )
    assert blocked.exit_code == 1
    assert json.loads(blocked.stdout)["verdict"] == "block"

    added = cli("case", "add-doc", str(case_id), str(invoice), "--role", "invoices", "--db", db_url)
    assert added.exit_code == 0, added.output
    allowed = cli(
        "guard",
        "appeal",
        "--case",
        str(case_id),
        "--file",
        str(poa),
        "--db",
        db_url,
        "--today",
        "2026-03-05",
        "--format",
        "json",
    )
    assert allowed.exit_code == 0, allowed.stdout
    assert json.loads(allowed.stdout)["verdict"] == "allow"

    logged = cli(
        "case",
        "log",
        str(case_id),
        "appeal_submitted",
        "--at",
        "2026-03-05T09:30",
        "--to",
        "account_health_appeal",
        "--text",
        str(poa),
        "--db",
        db_url,
    )
    assert logged.exit_code == 0, logged.output
    follow = tmp_path / "follow.txt"
    follow.write_text("We are writing to follow up on our appeal for ASIN B0TEST0001.")
    for today, code in (("2026-03-11", 1), ("2026-03-12", 0)):
        result = cli(
            "guard",
            "message",
            "--case",
            str(case_id),
            "--file",
            str(follow),
            "--db",
            db_url,
            "--today",
            today,
            "--format",
            "json",
        )
        assert result.exit_code == code, (today, result.stdout)

    shown = cli(
        "case", "show", str(case_id), "--db", db_url, "--today", "2026-03-06", "--format", "json"
    )
    data = json.loads(shown.stdout)
    assert data["schema_version"] == 1 and data["kind"] == "case"
    assert data["appeals"] == {
        "used": 1,
        "limit": 2,
        "source": "https://www.ecommercechris.com/how-long-does-it-take-to-appeal-an-amazon-seller-suspension/",
    }
    respond = next(d for d in data["deadlines"] if d["key"] == "respond")
    assert respond["due"] == "2026-03-18" and respond["days_left"] == 12
    assert data["contacts"]["last_7_days"] == 1

    text = cli(
        "case", "show", str(case_id), "--db", db_url, "--lang", "zh", "--today", "2026-03-06"
    )
    assert text.exit_code == 0
    assert "下一步" in text.stdout and "已用申诉" in text.stdout

    exported = tmp_path / "case.json"
    assert cli("case", "export", str(case_id), "-o", str(exported), "--db", db_url).exit_code == 0
    imported = cli("case", "import", str(exported), "--db", db_url, "--format", "json")
    assert imported.exit_code == 0, imported.output
    assert (
        json.loads(imported.stdout)["case"]["documents"][0]["sha256"]
        == json.loads(exported.read_text())["case"]["documents"][0]["sha256"]
    )

    listed = json.loads(cli("case", "list", "--db", db_url, "--format", "json").stdout)
    assert [c["id"] for c in listed["cases"]] == [case_id, case_id + 1]


def test_guard_output_in_chinese(tmp_path: Path) -> None:
    db = str(tmp_path / "l.db")
    case_id = new_case(db)
    msg = tmp_path / "m.txt"
    msg.write_text("你们太无能了，我们将起诉亚马逊。", encoding="utf-8")
    result = cli(
        "guard",
        "message",
        "--case",
        str(case_id),
        "--file",
        str(msg),
        "--to",
        "seller_support",
        "--db",
        db,
        "--lang",
        "zh",
    )
    assert result.exit_code == 1
    assert "阻止" in result.stdout
    assert "法律威胁" in result.stdout and "卖家支持" in result.stdout


def _assert_input_error(result, *words: str) -> None:  # type: ignore[no-untyped-def]
    assert result.exit_code == 2, result.output
    for word in words:
        assert word in result.output


def test_bad_input_is_exit_2_with_a_clear_message(db_url, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case_id = new_case(db_url)
    _assert_input_error(cli("case", "show", "4711", "--db", db_url), "no case 4711")
    _assert_input_error(cli("guard", "appeal", "--case", "4711", "--db", db_url), "no case")
    _assert_input_error(
        cli("case", "log", str(case_id), "note", "--at", "yesterday", "--db", db_url),
        "yesterday",
        "YYYY-MM-DD",
    )
    _assert_input_error(
        cli("guard", "appeal", "--case", str(case_id), "--today", "2026-13-01", "--db", db_url),
        "2026-13-01",
    )
    missing = tmp_path / "nowhere.txt"
    _assert_input_error(
        cli("guard", "appeal", "--case", str(case_id), "--file", str(missing), "--db", db_url),
        "does not exist",
        "nowhere.txt",
    )
    _assert_input_error(
        cli("case", "add-doc", str(case_id), str(tmp_path), "--db", db_url), "folder"
    )
    _assert_input_error(
        cli("case", "log", str(case_id), "telepathy", "--db", db_url), "Unknown event"
    )
    _assert_input_error(
        cli("guard", "fly", "--case", str(case_id), "--db", db_url), "Unknown action"
    )
    binary = tmp_path / "appeal.txt"
    binary.write_bytes(b"\x00\x01\x02binary")
    _assert_input_error(
        cli("guard", "appeal", "--case", str(case_id), "--file", str(binary), "--db", db_url),
        "not text",
    )
    bad_json = tmp_path / "bad.json"
    bad_json.write_text("{not json")
    _assert_input_error(cli("case", "import", str(bad_json), "--db", db_url), "not JSON")
    wrong = tmp_path / "wrong.json"
    wrong.write_text(json.dumps({"schema_version": 1, "kind": "lint"}))
    _assert_input_error(cli("case", "import", str(wrong), "--db", db_url), "case_export")
    # None of that wrote anything.
    listed = json.loads(cli("case", "list", "--db", db_url, "--format", "json").stdout)
    assert len(listed["cases"]) == 1
    shown = json.loads(cli("case", "show", str(case_id), "--db", db_url, "--format", "json").stdout)
    assert len(shown["case"]["events"]) == 1 and shown["case"]["documents"] == []


def test_unreadable_file(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    secret = tmp_path / "secret.pdf"
    secret.write_bytes(b"%PDF-1.4")

    real_open = Path.open

    def refuse(self: Path, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        if self.name == "secret.pdf":
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

    # Root reads any file, so the refusal a normal user would get is simulated.
    monkeypatch.setattr(Path, "open", refuse)
    _assert_input_error(
        cli("case", "add-doc", "1", str(secret), "--db", str(tmp_path / "x.db")),
        "permission denied",
        "secret.pdf",
    )


def test_file_type_not_allowed_is_blocked_not_an_error(tmp_path: Path) -> None:
    db = str(tmp_path / "l.db")
    case_id = new_case(db)
    docx = tmp_path / "invoice.docx"
    docx.write_bytes(b"PK\x03\x04word/document.xml")
    result = cli(
        "guard",
        "invoice",
        "--case",
        str(case_id),
        "--file",
        str(docx),
        "--db",
        db,
        "--format",
        "json",
    )
    assert result.exit_code == 1
    assert [f["code"] for f in json.loads(result.stdout)["findings"]] == ["G301"]


def test_unreachable_database_url(tmp_path: Path) -> None:
    url = "postgresql://reinstate:secret@127.0.0.1:1/ledger"
    result = cli("case", "list", "--db", url)
    _assert_input_error(result, "cannot be reached", "127.0.0.1")
    assert "secret" not in result.output
    json_result = cli("case", "list", "--db", url, "--format", "json")
    assert json_result.exit_code == 2
    error = json.loads(json_result.stdout)
    assert error["kind"] == "error" and error["error"]["code"] == "database_unreachable"


def test_environment_variable_chooses_the_database(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("REINSTATE_DATABASE_URL", f"sqlite:///{tmp_path / 'env.db'}")
    result = cli("case", "new", "--account", "A", "--marketplace", "US", "--category", "pricing")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "env.db").exists()


def test_default_database_lives_in_the_user_data_dir(tmp_path: Path) -> None:
    from reinstate.cases.store import default_database_url

    assert default_database_url().endswith("reinstate/reinstate.db")


def test_new_case_needs_flags_without_a_terminal(tmp_path: Path) -> None:
    result = cli("case", "new", "--db", str(tmp_path / "l.db"), "--account", "A")
    _assert_input_error(result, "--marketplace")


def test_rules_and_rule(tmp_path: Path) -> None:
    listed = cli("rules", "--format", "json")
    codes = [r["code"] for r in json.loads(listed.stdout)["rules"]]
    assert "G601" in codes and "P101" in codes
    one = cli("rule", "G601", "--lang", "zh")
    assert one.exit_code == 0 and "为什么重要" in one.stdout
    _assert_input_error(cli("rule", "Z999"), "Z999")


def test_config_switches_a_rule_off(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[rules]\ndisable = ["G501"]\n')
    listed = json.loads(cli("--config", str(config), "rules", "--format", "json").stdout)
    assert next(r for r in listed["rules"] if r["code"] == "G501")["enabled"] is False
    broken = tmp_path / "broken.toml"
    broken.write_text('[rules]\ndisable = ["NOPE1"]\n')
    result = cli("--config", str(broken), "rules")
    assert result.exit_code == 2 and "NOPE1" in result.output


def test_demo_in_both_languages() -> None:
    en = cli("demo")
    assert en.exit_code == 0, en.output
    assert "BLOCK" in en.stdout and "ALLOW" in en.stdout
    zh = cli("demo", "--lang", "zh")
    assert zh.exit_code == 0 and "阻止" in zh.stdout and "允许" in zh.stdout
    data = json.loads(cli("demo", "--format", "json").stdout)
    verdicts = {s["step"]: s["decision"]["verdict"] for s in data["steps"] if "decision" in s}
    assert verdicts == {
        "angry_message": "block",
        "new_account": "block",
        "appeal_too_early": "block",
        "invoice": "allow",
        "appeal_ready": "allow",
        "follow_up_next_day": "block",
    }


def test_new_case_prompts_in_a_terminal(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import reinstate.cases.commands as commands

    monkeypatch.setattr(commands, "stdin_is_terminal", lambda: True)
    db = str(tmp_path / "l.db")
    result = runner.invoke(
        app, ["case", "new", "--db", db], input="Lotus Trading\nJP\nrestricted_product\n"
    )
    assert result.exit_code == 0, result.output
    assert "Seller account" in result.output and "Marketplace" in result.output
    shown = json.loads(cli("case", "show", "1", "--db", db, "--format", "json").stdout)
    assert (shown["case"]["account"], shown["case"]["marketplace"], shown["case"]["category"]) == (
        "Lotus Trading",
        "JP",
        "restricted_product",
    )


def test_set_updates_facts_and_refuses_nonsense(tmp_path: Path) -> None:
    db = str(tmp_path / "l.db")
    case_id = new_case(db)
    result = cli(
        "case",
        "set",
        str(case_id),
        "--status",
        "deactivated",
        "--final-decision",
        "--appeal-limit",
        "3",
        "--db",
        db,
        "--format",
        "json",
    )
    assert result.exit_code == 0, result.output
    case = json.loads(result.stdout)["case"]
    assert (case["status"], case["final_decision"], case["appeal_limit"]) == (
        "deactivated",
        True,
        3,
    )
    _assert_input_error(
        cli("case", "set", str(case_id), "--status", "banned", "--db", db), "banned"
    )
    _assert_input_error(cli("case", "set", "77", "--status", "warning", "--db", db), "no case 77")


def test_invoice_command_takes_its_context_from_the_case(tmp_path: Path) -> None:
    from reinstate.demo import demo_invoice_pdf

    db = str(tmp_path / "l.db")
    case_id = new_case(db, "--notice-date", "2026-11-20")
    invoice = tmp_path / "invoice.pdf"
    invoice.write_bytes(demo_invoice_pdf())
    mismatch = cli("invoice", str(invoice), "--case", str(case_id), "--db", db, "--format", "json")
    assert mismatch.exit_code == 1
    tags = {t for f in json.loads(mismatch.stdout)["files"][0]["findings"] for t in f["tags"]}
    assert "buyer_mismatch" in tags
    updated = cli(
        "case",
        "set",
        str(case_id),
        "--seller-name",
        "Example Home Goods Ltd",
        "--invoice-window-days",
        "365",
        "--units-sold",
        "Ceramic mug set=250",
        "--db",
        db,
    )
    assert updated.exit_code == 0, updated.output
    ok = cli("invoice", str(invoice), "--case", str(case_id), "--db", db, "--format", "json")
    report = json.loads(ok.stdout)["files"][0]
    assert report["verdict"] == "ok", report["findings"]
    short = cli("case", "set", str(case_id), "--units-sold", "Ceramic mug set=5000", "--db", db)
    assert short.exit_code == 0
    covered = cli("invoice", str(invoice), "--case", str(case_id), "--db", db, "--format", "json")
    tags = {t for f in json.loads(covered.stdout)["files"][0]["findings"] for t in f["tags"]}
    assert "insufficient_quantity" in tags
    assert invoice.read_bytes() == demo_invoice_pdf()


def test_demo_packet_is_one_command(tmp_path: Path) -> None:
    import hashlib

    from reinstate.demo import INVOICE_NAME, demo_invoice_pdf

    out = tmp_path / "packet"
    result = cli("demo", "--packet", str(out), "--format", "json")
    assert result.exit_code == 0, result.output
    evidence = out / "evidence" / f"01-{INVOICE_NAME}"
    assert evidence.read_bytes() == demo_invoice_pdf()
    manifest = json.loads((out / "manifest.json").read_text())
    listed = {f["path"]: f["sha256"] for f in manifest["files"]}
    for path, sha in listed.items():
        assert hashlib.sha256((out / path).read_bytes()).hexdigest() == sha


def test_lint_and_outline_with_the_case(tmp_path: Path) -> None:
    db = str(tmp_path / "l.db")
    case_id = new_case(db, "--asin", "B0TEST0002")
    poa = tmp_path / "poa.txt"
    poa.write_text(POA, encoding="utf-8")
    alone = json.loads(cli("lint", str(poa), "--format", "json").stdout)
    assert "missing_asins" not in {t for f in alone["findings"] for t in f["tags"]}
    with_case = cli("lint", str(poa), "--case", str(case_id), "--db", db, "--format", "json")
    findings = json.loads(with_case.stdout)["findings"]
    missing = [f for f in findings if "missing_asins" in f["tags"]]
    assert missing and "B0TEST0002" in missing[0]["message"]["en"]
    assert with_case.exit_code == 1
    guard = json.loads(
        cli(
            "guard",
            "appeal",
            "--case",
            str(case_id),
            "--file",
            str(poa),
            "--db",
            db,
            "--format",
            "json",
        ).stdout
    )
    assert "missing_asins" in {t for f in guard["findings"] for t in f["tags"]}
    outline = cli("outline", "--case", str(case_id), "--db", db, "--lang", "zh")
    assert outline.exit_code == 0, outline.output
    assert "B0TEST0002" in outline.stdout and "[" in outline.stdout
    _assert_input_error(cli("outline"), "--category")


def test_new_case_from_a_chinese_email_notice(tmp_path: Path) -> None:
    from email.message import EmailMessage

    message = EmailMessage()
    message["Subject"] = "您的亚马逊卖家账户已被停用"
    message["Date"] = "Tue, 03 Mar 2026 08:15:00 +0000"
    message["From"] = "seller-performance@amazon.example"
    message.set_content(
        "您好，\n\n由于收到买家关于商品不真实的投诉，您的销售权限已被停用，账户中的资金将被暂扣。\n"
        "涉及的 ASIN：B0ZHTEST01。\n请在 17 天内提交行动计划，并提供最近 365 天内的供应商发票。\n",
        charset="gb18030",
    )
    eml = tmp_path / "notice.eml"
    eml.write_bytes(bytes(message))
    db = str(tmp_path / "l.db")
    result = cli(
        "case",
        "new",
        "--notice",
        str(eml),
        "--account",
        "Lotus",
        "--marketplace",
        "US",
        "--db",
        db,
        "--format",
        "json",
    )
    assert result.exit_code == 0, result.output
    case = json.loads(result.stdout)["case"]
    assert case["category"] == "inauthentic"
    assert case["notice_date"] == "2026-03-03"
    assert case["deadline_days"] == 17 and case["asins"] == ["B0ZHTEST01"]
    assert "invoices" in case["requested_documents"]
    assert "资金将被暂扣" in case["notice_text"]


def test_related_result_attached_to_the_case(tmp_path: Path) -> None:
    accounts = tmp_path / "accounts.csv"
    accounts.write_text(
        "account_id,legal_name,bank_account,status\n"
        "A1,Lotus Trading Ltd,6222020000000001,suspended\n"
        "A2,Other Name Ltd,6222020000000001,active\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "l.db")
    case_id = new_case(db)
    result = cli(
        "related",
        "check",
        "--accounts",
        str(accounts),
        "--account",
        "A2",
        "--case",
        str(case_id),
        "--db",
        db,
        "--format",
        "json",
    )
    assert result.exit_code == 1, result.output
    attached = json.loads(result.stdout)["attached_to_case"]
    shown = json.loads(cli("case", "show", str(case_id), "--db", db, "--format", "json").stdout)
    doc = shown["case"]["documents"][0]
    assert doc["role"] == "related_accounts" and doc["sha256"] == attached["sha256"]
    assert shown["case"]["events"][-1]["kind"] == "note"


def test_missing_optional_package_names_the_install_command(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import sys

    from reinstate.demo import demo_invoice_pdf

    invoice = tmp_path / "invoice.pdf"
    invoice.write_bytes(demo_invoice_pdf())
    monkeypatch.setitem(sys.modules, "pdfplumber", None)  # as if reinstate[invoices] were absent
    result = cli("invoice", str(invoice))
    _assert_input_error(result, "pip install 'reinstate[invoices]'", "pdfplumber")
    json_result = cli("invoice", str(invoice), "--format", "json")
    assert json.loads(json_result.stdout)["error"]["code"] == "missing_dependency"


def test_guard_reports_a_check_it_could_not_run(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import sys

    from reinstate.demo import demo_invoice_pdf

    db = str(tmp_path / "l.db")
    case_id = new_case(db)
    invoice = tmp_path / "invoice.pdf"
    invoice.write_bytes(demo_invoice_pdf())
    monkeypatch.setitem(sys.modules, "pdfplumber", None)  # as if reinstate[invoices] were absent
    result = cli(
        "guard",
        "invoice",
        "--case",
        str(case_id),
        "--file",
        str(invoice),
        "--db",
        db,
        "--format",
        "json",
    )
    data = json.loads(result.stdout)
    assert [s["check"] for s in data["skipped_checks"]] == [
        "reinstate.invoices.guard:document_findings"
    ]
    assert "reinstate[invoices]" in data["skipped_checks"][0]["message"]["en"]
    text = cli("guard", "invoice", "--case", str(case_id), "--file", str(invoice), "--db", db)
    assert "not checked" in text.stdout


def test_new_account_guard_names_the_records_that_would_link_it(tmp_path: Path) -> None:
    accounts = tmp_path / "accounts.csv"
    accounts.write_text(
        "account_id,legal_name,email,status\nA1,Lotus Trading Ltd,owner@lotus.example,suspended\n",
        encoding="utf-8",
    )
    candidate = tmp_path / "new.json"
    candidate.write_text(
        json.dumps({"legal_name": "New Shop Ltd", "email": "Owner+2@Lotus.example"})
    )
    db = str(tmp_path / "l.db")
    case_id = new_case(db)
    result = cli(
        "guard",
        "new-account",
        "--case",
        str(case_id),
        "--accounts",
        str(accounts),
        "--candidate",
        str(candidate),
        "--db",
        db,
        "--format",
        "json",
    )
    assert result.exit_code == 1
    findings = json.loads(result.stdout)["findings"]
    codes = [f["code"] for f in findings]
    assert "G201" in codes and "R007" in codes
    r007 = next(f for f in findings if f["code"] == "R007")
    assert "A1" in r007["message"]["en"] and "email" in r007["message"]["en"]
    _assert_input_error(
        cli(
            "guard", "new-account", "--case", str(case_id), "--accounts", str(accounts), "--db", db
        ),
        "--candidate",
    )


def test_brackets_in_user_data_are_printed_not_read_as_markup(tmp_path: Path) -> None:
    db = str(tmp_path / "l.db")
    result = cli(
        "case",
        "new",
        "--db",
        db,
        "--account",
        "Shop [/b] [red]Ltd",
        "--marketplace",
        "US",
        "--category",
        "pricing",
    )
    assert result.exit_code == 0, result.output
    shown = cli("case", "show", "1", "--db", db)
    assert shown.exit_code == 0, shown.output
    assert "Shop [/b] [red]Ltd" in shown.stdout
    message = tmp_path / "m.txt"
    message.write_text("We will sue [bold]Amazon. [/red]", encoding="utf-8")
    guarded = cli("guard", "message", "--case", "1", "--file", str(message), "--db", db)
    assert guarded.exit_code == 1, guarded.output
    assert "P101" in guarded.stdout and '"[bold]"' in guarded.stdout


def test_rule_page_is_rendered_not_raw_markdown() -> None:
    out = cli("rule", "G601").stdout
    assert "G601" in out and "follow-up-too-soon" in out
    assert "## G601" not in out and "**Severity**" not in out
