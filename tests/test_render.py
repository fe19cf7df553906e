"""render_findings: one function, each command's layout from i18n/findings.toml."""

from __future__ import annotations

from typing import Any

from reinstate.render import render_findings


def _finding(**changes: Any) -> dict[str, Any]:
    base = {
        "code": "P102",
        "name": "rude-language",
        "severity": "critical",
        "message": {"en": "Rude wording: [bold]x[/bold]", "zh": "粗鲁的措辞"},
        "why": {"en": "Reviewers stop reading.", "zh": "审核人员会停止阅读。"},
        "fix": {"en": "State facts.", "zh": "只陈述事实。"},
        "source": "https://sellercentral.amazon.com/help",
        "span": {"start": 0, "end": 3, "line": 3, "column": 18},
    }
    return {**base, **changes}


def test_guard_layout_in_both_languages() -> None:
    en = render_findings([_finding()], "en", layout="guard")
    zh = render_findings([_finding()], "zh", layout="guard")
    assert en[:3] == ["", "[bold]P102[/bold] critical · rude-language (line 3:18)", en[2]]
    assert "  why: Reviewers stop reading." in en
    assert zh[1] == "[bold]P102[/bold] 严重 · rude-language（第 3 行第 18 列）"
    assert "  建议：只陈述事实。" in zh


def test_user_text_cannot_drive_the_terminal_or_the_markup() -> None:
    hostile = _finding(message={"en": "a\x1b[2Jb [red]c", "zh": "x"})
    rich = render_findings([hostile], "en", layout="guard")
    plain = render_findings([hostile], "en", layout="related", markup=False)
    assert rich[2] == "  ab \\[red]c"
    assert plain == ["[critical] P102 ab [red]c"]


def test_a_line_that_is_only_an_empty_placeholder_is_left_out() -> None:
    lines = render_findings([_finding()], "en", layout="lint", extra={"style": "red", "extra": ""})
    assert lines == [
        "",
        "3:18  [red]critical[/] P102 rude-language",
        "  Rude wording: \\[bold]x\\[/bold]",
        "  Fix: State facts.",
    ]
    noted = render_findings(
        [_finding(span=None)], "en", layout="lint", extra={"style": "", "extra": "  note"}
    )
    assert noted[1].startswith("whole text  ") and noted[3] == "  note"


def test_findings_objects_and_their_json_print_alike() -> None:
    from reinstate.appeals.lint import lint_text

    report = lint_text("This is ridiculous. We will sue Amazon.", require_sections=False)
    as_objects = render_findings(report.findings, "zh", layout="notice", markup=False)
    as_json = render_findings(report.to_json()["findings"], "zh", layout="notice", markup=False)
    assert as_objects == as_json and len(as_objects) == 2 * len(report.findings) > 0
