"""The linter's behaviour: spans, sections, score and verdict, context checks, languages."""

from __future__ import annotations

import pytest

from reinstate.appeals import LintReport, find_sections, lint_text
from reinstate.errors import ReinstateError
from reinstate.rules import Registry, Severity, builtin_rules
from reinstate.rules.config import RuleSettings

GOOD = """Root cause:
We listed ASIN B0C1234567 without checking the supplier's authorisation.

Corrective actions:
We removed the listing on 2 May and refunded the 9 affected buyers.

Preventive measures:
Our purchasing lead now verifies every supplier before the first order."""


def codes(report: LintReport) -> set[str]:
    return {f.code for f in report.findings}


def test_good_appeal_is_ready() -> None:
    report = lint_text(GOOD)
    assert report.findings == []
    assert report.verdict == "ready"
    assert report.score == 100
    assert report.section_names == {"root_cause", "corrective_actions", "preventive_measures"}


def test_spans_carry_line_and_column_of_the_match() -> None:
    text = GOOD + "\n\nIf you do not act, we will sue Amazon."
    report = lint_text(text)
    threat = next(f for f in report.findings if f.code == "P101")
    assert threat.span is not None
    assert text[threat.span.start : threat.span.end].lower().startswith("we will sue")
    assert threat.span.line == text[: threat.span.start].count("\n") + 1
    line_start = text.rfind("\n", 0, threat.span.start) + 1
    assert threat.span.column == threat.span.start - line_start + 1
    assert report.verdict == "do_not_send"


def test_every_phrase_finding_has_a_span() -> None:
    text = GOOD + "\n\nYour team is incompetent. Please, I beg you. Case ID 123456789. Why?"
    for finding in lint_text(text).findings:
        if finding.rule.kind != "function" or finding.code in {"P106", "P108", "P109", "P112"}:
            assert finding.span is not None, finding.code


def test_missing_sections_each_reported() -> None:
    report = lint_text("Corrective actions:\nWe removed the listing on 2 May.")
    assert {"P001", "P003"} <= codes(report)
    assert "P002" not in codes(report)
    assert report.verdict == "needs_work"


def test_require_sections_off_for_short_messages() -> None:
    report = lint_text("Thank you, the documents are attached.", require_sections=False)
    assert report.findings == []


def test_sections_from_content_without_headings() -> None:
    text = (
        "The complaints were caused by our packaging, because we did not test the boxes.\n\n"
        "We have replaced the boxes and refunded the 11 buyers.\n\n"
        "To prevent this from happening again, every new box goes through a drop test."
    )
    names = [s.name for s in find_sections(text)]
    assert names == ["root_cause", "corrective_actions", "preventive_measures"]
    assert not any(s.from_heading for s in find_sections(text))


def test_inline_and_markdown_headings() -> None:
    text = (
        "**Root cause:** we did not check the supplier.\n"
        "## Actions taken\nWe removed the listing.\n"
        "3. Preventive measures: each supplier is checked by our buyer."
    )
    sections = find_sections(text)
    assert [s.name for s in sections] == ["root_cause", "corrective_actions", "preventive_measures"]
    assert all(s.from_heading for s in sections)


def test_chinese_headings_simplified_and_traditional() -> None:
    simplified = (
        "一、根本原因\n我们没有核实供应商。\n二、纠正措施\n已下架商品。\n三、预防措施\n每月检查。"
    )
    traditional = (
        "一、根本原因\n我們沒有核實供應商。\n二、糾正措施\n已下架商品。\n三、預防措施\n每月檢查。"
    )
    for text in (simplified, traditional):
        assert lint_text(text).findings == [], text


def test_traditional_chinese_matches_simplified_lexicon_with_original_offsets() -> None:
    text = GOOD + "\n若不恢復帳戶，我們將起訴亞馬遜。"
    threat = next(f for f in lint_text(text).findings if f.code == "P101")
    assert threat.span is not None
    assert text[threat.span.start : threat.span.end] == "起訴"
    assert threat.params["match"] == "起訴"


def test_japanese_is_matched_on_the_original_script() -> None:
    report = lint_text(GOOD + "\n弁護士に相談して訴訟を起こします。")
    assert "P101" in codes(report)


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("Wir werden rechtliche Schritte einleiten.", "P101"),
        ("Vous êtes des incompétents.", "P102"),
        ("La sospensione è ingiusta.", "P103"),
        ("El cliente miente.", "P104"),
        ("Je vous en supplie, aidez-nous.", "P105"),
    ],
)
def test_other_languages_inside_an_english_appeal(sentence: str, code: str) -> None:
    assert code in codes(lint_text(GOOD + "\n\n" + sentence))


def test_future_tense_only_flagged_inside_corrective_actions() -> None:
    future = GOOD.replace("We removed the listing on 2 May", "We will remove the listing next week")
    assert "P109" in codes(lint_text(future))
    preventive = GOOD + "\nWe will also audit every invoice monthly."
    assert "P109" not in codes(lint_text(preventive))


@pytest.mark.parametrize(
    "action",
    [
        # a commitment not to do something is not an unfinished action
        "We will not sell magnet products anymore; the line was deleted on 3 November",
        "We will only consider relisting after a lab test of a full batch",
        # the later step of a finished action, waiting on an event
        "We opened removal order RMV-27733 on 2 May; the units will be relabelled only once "
        "checked",
        "We opened a water account on 23 July; the first bill will be provided when issued",
    ],
)
def test_future_tense_silent_for_negated_or_waiting_steps(action: str) -> None:
    done = "We removed the listing on 2 May and refunded the 9 affected buyers"
    assert "P109" not in codes(lint_text(GOOD.replace(done, action)))


def test_future_tense_still_flags_a_plain_promise_next_to_a_negated_one() -> None:
    text = GOOD.replace(
        "We removed the listing on 2 May and refunded the 9 affected buyers",
        "We will not sell this product again. We will refund the buyers next week",
    )
    assert "P109" in codes(lint_text(text))


def test_french_main_cause_label_is_the_root_cause_part() -> None:
    text = (
        "Cause principale : notre connecteur de stock s'est arrêté le 18 septembre.\n\n"
        "Actions correctives réalisées :\n- 30 septembre : connecteur rétabli.\n\n"
        "Mesures préventives :\n- Une alerte est envoyée à M. Garnier toutes les 2 heures.\n"
    )
    report = lint_text(text)
    assert report.section_names == {"root_cause", "corrective_actions", "preventive_measures"}
    assert not codes(report) & {"P001", "P002", "P003"}


@pytest.mark.parametrize(
    ("heading", "part"),
    [
        ("已采取措施：", "corrective_actions"),
        ("改正措施：", "corrective_actions"),
        ("Präventivmaßnahmen:", "preventive_measures"),
        ("Vorbeugemaßnahmen:", "preventive_measures"),
    ],
)
def test_more_part_headings(heading: str, part: str) -> None:
    text = f"Intro line.\n\n{heading}\n- 1 May: done by Anna.\n"
    assert part in {s.name for s in find_sections(text) if s.from_heading}


def test_going_forward_paragraph_under_the_actions_heading_is_the_preventive_part() -> None:
    text = (
        "Root cause: I uploaded a statement with a shortened name on 10 November.\n\n"
        "What I have done:\n- On 11 November I uploaded a bank-stamped statement.\n\n"
        "Going forward, before uploading any document I check the name against Seller Central."
    )
    report = lint_text(text)
    assert "P003" not in codes(report)
    preventive = next(s for s in report.sections if s.name == "preventive_measures")
    assert text[preventive.start :].startswith("Going forward")
    actions = next(s for s in report.sections if s.name == "corrective_actions")
    assert actions.end <= preventive.start


def test_vague_promise_silent_when_the_sentence_is_concrete() -> None:
    vague = GOOD + "\nWe will be more careful."
    concrete = GOOD + "\nOur buyer will be more careful: she checks each invoice within 48 hours."
    assert "P108" in codes(lint_text(vague))
    assert "P108" not in codes(lint_text(concrete))


def test_questions_but_not_question_headings_or_polite_closings() -> None:
    asked = lint_text(GOOD + "\nWhy was our account suspended?")
    assert "P112" in codes(asked)
    heading = "Why did this happen?\n" + GOOD.split("\n", 1)[1]
    assert "P112" not in codes(lint_text(heading))
    closing = GOOD + "\nPlease let us know if you need any further information."
    assert "P112" not in codes(lint_text(closing))


def test_shouting() -> None:
    assert "P106" in codes(lint_text(GOOD + "\nWE DID NOTHING WRONG AND WANT OUR ACCOUNT BACK."))
    assert "P106" not in codes(lint_text(GOOD + "\nThe FBA SKU and ASIN are listed below."))


def test_missing_asins_from_the_notice() -> None:
    report = lint_text(GOOD, asins=["B0C1234567", "b0d7654321"])
    missing = [f for f in report.findings if f.code == "P123"]
    assert [f.params["asin"] for f in missing] == ["B0D7654321"]
    assert "B0D7654321" in missing[0].message("en")
    assert "P123" not in codes(lint_text(GOOD, asins=["b0c1234567"]))


def test_duplicate_of_an_earlier_text() -> None:
    earlier = GOOD.replace("2 May", "1 May")
    report = lint_text(GOOD, earlier_texts=["Something else entirely, about invoices.", earlier])
    duplicate = next(f for f in report.findings if f.code == "P119")
    assert duplicate.params["earlier"] == 2
    assert duplicate.params["similarity"] >= 90
    rewritten = lint_text(GOOD, earlier_texts=["We are sorry. We will do better next time."])
    assert "P119" not in codes(rewritten)


@pytest.mark.parametrize(
    ("channel", "expected"),
    [
        ("seller_support", {"P116"}),
        ("seller_performance_email", {"P118"}),
        ("account_health_appeal", set()),
        (None, set()),
    ],
)
def test_channel(channel: str | None, expected: set[str]) -> None:
    assert codes(lint_text(GOOD, channel=channel)) == expected


def test_unknown_channel_is_an_input_error() -> None:
    with pytest.raises(ReinstateError) as error:
        lint_text(GOOD, channel="twitter")
    assert error.value.code == "channel_unknown"


@pytest.mark.parametrize(
    ("used", "limit", "expected", "verdict"),
    [
        (0, 2, set(), "ready"),
        (1, 2, {"P121"}, "ready"),
        (2, 2, {"P122"}, "do_not_send"),
        (3, None, set(), "ready"),
    ],
)
def test_appeal_count(used: int, limit: int | None, expected: set[str], verdict: str) -> None:
    report = lint_text(GOOD, appeals_used=used, appeal_limit=limit)
    assert codes(report) == expected
    assert report.verdict == verdict


def test_other_account_allowed_for_related_account_cases() -> None:
    text = GOOD + "\nOur other account, Example Trading Ltd, was reactivated on 4 March."
    assert "P114" in codes(lint_text(text))
    assert "P114" not in codes(lint_text(text, category="related_accounts"))
    opened = GOOD + "\nWe opened a new seller account in the meantime."
    assert "P113" in codes(lint_text(opened, category="related_accounts"))


def test_score_and_verdict_follow_severity() -> None:
    warning = lint_text(GOOD + "\nWe will do our best.")
    assert warning.verdict == "ready" and 80 <= warning.score < 100
    error = lint_text(GOOD + "\nThe customer lied about the item.")
    assert error.verdict == "needs_work"
    assert error.score < warning.score
    many = lint_text(GOOD + "\nWe will do our best." * 10)
    assert many.score == 100 - 3 * 6  # a repeated rule counts at most three times


def test_user_settings_switch_rules_off_and_change_severity() -> None:
    settings = RuleSettings(disabled=frozenset({"P102"}), severity={"P101": Severity.warning})
    registry = Registry(builtin_rules(), settings)
    report = lint_text(GOOD + "\nThis is a scam and we will sue Amazon.", registry=registry)
    assert "P102" not in codes(report)
    threat = next(f for f in report.findings if f.code == "P101")
    assert threat.severity is Severity.warning
    assert report.verdict == "ready"


def test_json_envelope() -> None:
    data = lint_text(GOOD + "\nWe will sue Amazon.", asins=["B0D7654321"]).to_json()
    assert data["schema_version"] == 1 and data["kind"] == "lint"
    assert data["verdict"] == "do_not_send"
    assert data["sections"] == {
        "root_cause": True,
        "corrective_actions": True,
        "preventive_measures": True,
    }
    by_code = {f["code"]: f for f in data["findings"]}
    assert by_code["P101"]["span"]["line"] == 9
    assert by_code["P101"]["tags"] == ["legal_threat"]
    assert set(by_code["P101"]["message"]) == {"en", "zh"}
    assert by_code["P123"]["span"] is None
    assert [s["name"] for s in data["section_spans"]] == [
        "root_cause",
        "corrective_actions",
        "preventive_measures",
    ]
