"""Every user-visible string comes from a catalogue (i18n/*.toml, errors/*.toml, the web .po).

Two scans over the Python sources of the package:

- no string literal holds Chinese (or other CJK) text, apart from the exceptions below, each
  with its reason: a Chinese literal in code is a text that did not go through a catalogue;
- no text printed to the terminal is an English sentence written in the code (a literal with
  two or more words passed straight to `echo`, `print`, `write`, `prompt`, `rule`...).

The rule for new code is in docs/development.md.
"""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "reinstate"
CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")

# Modules whose CJK literals are detection data: words and patterns that *recognise* Chinese or
# Japanese input (headings, company suffixes, dates, places, punctuation), never shown to a user.
DETECTION_DATA = {
    "appeals/checks.py": "patterns over the appeal text (Chinese punctuation, 已经, guide marks)",
    "appeals/chinese.py": "the CJK range that tells Chinese text apart",
    "appeals/sections.py": "heading patterns of Chinese appeals (根本原因, 一、...)",
    "cases/requests.py": "the words of a notice that name a requested document (发票, 营业执照)",
    "invoices/check.py": "company suffixes and labels read on invoices",
    "invoices/dates.py": "Japanese eras and 年月日 dates read on invoices",
    "invoices/fields.py": "field labels, currencies and company suffixes read on invoices",
    "invoices/forensics.py": "currency signs in amounts read on invoices",
    "invoices/japanese.py": "labels of Japanese invoices and till receipts (対象, お預り, 請求書)",
    "invoices/ocr.py": "date lines of Chinese and Japanese invoices, read again on their own",
    "invoices/reader.py": "the CJK compatibility ranges folded to the unified ideographs",
    "invoices/korean_parties.py": "the labels of Korean invoices' party boxes (상호, 사업장)",
    "invoices/mojibake.py": "the label characters that settle a Windows-1252 misprint's reading",
    "invoices/unread_language.py": "the won's sign and CJK invoice words (a page's language)",
    "invoices/vocab.py": "column headings and labels read on invoices",
    "notices/engine.py": "dates, currencies and sentence ends in notices",
    "notices/labelled.py": "mail header names in labelled notices",
    "notices/readers.py": "full-width punctuation in notice text",
    "notices/stage_cues.py": "the words of notices that tell their stage apart (请提交, 警告...)",
    "notices/weekdays.py": "weekday deadlines read in notices (金曜日まで, 周五前)",
    "packet/render.py": "bullet and list markers of the user's Plan of Action (、 and （1）)",
    "related/attributes.py": "column names of the user's account files (账户, 店铺id...)",
    "related/country.py": "place names that give an address's country",
    "related/fuzzy.py": "the CJK range and company words when comparing names",
    "related/keys.py": "labels on bank, tax and card numbers in the user's files",
    "related/crowd.py": "words of virtual-office or registered-agent addresses (商务秘书...)",
    "related/normalize.py": "provinces, cities and company suffixes when comparing addresses",
    "related/vectorised_han.py": "the same as normalize, a column at a time (市, 邮)",
    "related/extensions.py": "words for a phone extension in the user's files (分机, 内线...)",
    "related/references.py": "labels of a payment reference in the user's files (备注, 附言...)",
}

# The generated docs/errors.md names its language columns; errors/ cannot import i18n (one layer).
GENERATED_DOCS = {"errors/docs.py": "the column heading of docs/errors.md"}


@cache
def _modules() -> list[tuple[str, ast.Module]]:
    return [
        (path.relative_to(SRC).as_posix(), ast.parse(path.read_text(encoding="utf-8")))
        for path in sorted(SRC.rglob("*.py"))
    ]


def _docstrings(tree: ast.Module) -> set[int]:
    """ids of the docstring literals: text for the developer (a command's are checked below)."""
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            first = node.body[0] if node.body else None
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                skip.add(id(first.value))
    return skip


def _cjk_literals(name: str, tree: ast.Module) -> list[str]:
    skip = _docstrings(tree)
    return [
        f"{name}:{node.lineno}: {node.value[:60]!r}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in skip
        and CJK.search(node.value)
    ]


def test_no_chinese_text_outside_the_catalogues() -> None:
    allowed = set(DETECTION_DATA) | set(GENERATED_DOCS)
    found = [
        line
        for name, tree in _modules()
        if name not in allowed
        for line in _cjk_literals(name, tree)
    ]
    assert found == [], (
        "move these texts into src/reinstate/i18n/<area>.toml (tr/both) or the error catalogue:\n"
        + "\n".join(found)
    )


def test_every_exception_is_still_needed() -> None:
    trees = dict(_modules())
    stale = [
        name
        for name in (*DETECTION_DATA, *GENERATED_DOCS)
        if name not in trees or not _cjk_literals(name, trees[name])
    ]
    assert stale == [], f"no Chinese literal left in {stale}: drop them from the exceptions"


# CLI help comes from i18n/help_texts/<command>.toml through `help_text(key)`: a `help=` (option,
# argument, command, app) is a `help_text(...)` call, and a function registered as a command or
# a group callback has no docstring, which typer would print as its help.
_REGISTERS = {"command", "callback"}


def _registered(tree: ast.Module) -> set[str]:
    """Names of the functions the module registers as commands or group callbacks."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and any(
            isinstance(d, ast.Call) and getattr(d.func, "attr", None) in _REGISTERS
            for d in node.decorator_list
        ):
            names.add(node.name)
        # `app.command("lint")(lint_command)`
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Call)
            and getattr(node.func.func, "attr", None) in _REGISTERS
            and node.args
            and isinstance(node.args[0], ast.Name)
        ):
            names.add(node.args[0].id)
    return names


def _inline_help(name: str, tree: ast.Module) -> list[str]:
    found = []
    registered = _registered(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.keyword) and node.arg == "help":
            value = node.value
            if not (isinstance(value, ast.Call) and getattr(value.func, "id", None) == "help_text"):
                found.append(f"{name}:{value.lineno}: help= {ast.unparse(value)[:60]}")
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name in registered:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.append(f"{name}:{first.lineno}: docstring of command {node.name}")
    return found


def test_cli_help_comes_from_the_help_catalogue() -> None:
    found = [line for name, tree in _modules() for line in _inline_help(name, tree)]
    assert found == [], (
        "put these help texts in src/reinstate/i18n/help_texts/<command>.toml and pass "
        "help=help_text(key) (a command's help goes in its decorator, not a docstring):\n"
        + "\n".join(found)
    )


def test_the_help_scan_finds_inline_help() -> None:
    tree = ast.parse(
        "@app.command('x')\ndef x(a=typer.Option(help='Text')):\n    'Doc'\n"
        "def y():\n    'Doc'\napp.command('y')(y)\n"
        "def z(a=typer.Option(help=help_text('z.a'))):\n    'Not a command'\n"
    )
    assert len(_inline_help("x.py", tree)) == 3


def test_the_scan_finds_a_chinese_literal() -> None:
    tree = ast.parse('def f():\n    """文档"""\n    return "错误"\n')
    assert len(_cjk_literals("x.py", tree)) == 1


# What prints to the terminal; `print` is rich's Console.print as well as the builtin.
PRINTERS = {"echo", "secho", "print", "write", "say", "prompt", "confirm", "rule", "add_task"}
SENTENCE = re.compile(r"[A-Za-z]{2,}[ \-][A-Za-z]{2,}")
MARKUP = re.compile(r"\[/?[a-z ]*\]")
# Output in English on purpose, each with its reason.
ENGLISH_OUTPUT = {
    "case_new.py": "the command line to run next (`reinstate case show ID`)",
    "mcp/commands.py": "the URL the MCP server listens on, for the assistant's configuration",
    "notices/train.py": "a maintainer's training script (python -m), not a user command",
}


def _literal_text(node: ast.expr) -> str:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return " ".join(_literal_text(v) for v in node.values if isinstance(v, ast.Constant))
    if isinstance(node, ast.BinOp):
        return _literal_text(node.left) + " " + _literal_text(node.right)
    if isinstance(node, ast.IfExp):
        return _literal_text(node.body) + " " + _literal_text(node.orelse)
    return ""


def _english_output(name: str, tree: ast.Module) -> list[str]:
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        called = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
        text = MARKUP.sub("", _literal_text(node.args[0]))
        if called in PRINTERS and SENTENCE.search(text):
            found.append(f"{name}:{node.lineno}: {text[:60]!r}")
    return found


def test_no_english_sentence_is_printed_from_the_code() -> None:
    found = [
        line
        for name, tree in _modules()
        if name not in ENGLISH_OUTPUT
        for line in _english_output(name, tree)
    ]
    assert found == [], "print these through tr(...) and the i18n catalogue:\n" + "\n".join(found)


def test_every_english_exception_is_still_needed() -> None:
    trees = dict(_modules())
    stale = [n for n in ENGLISH_OUTPUT if n not in trees or not _english_output(n, trees[n])]
    assert stale == [], f"nothing printed in English in {stale}: drop them from the exceptions"
