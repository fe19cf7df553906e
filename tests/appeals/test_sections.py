"""Finding the three parts of a Plan of Action, however the writer lays them out, and saying
"missing" (P001-P003) only when a part is really absent ("unclear", P004-P006, otherwise)."""

from __future__ import annotations

import pytest
from support.poa_styles import LANGUAGES, flawed_appeals, sound_appeals

from reinstate.appeals import find_sections, lint_text
from reinstate.appeals.lint import normalise
from reinstate.appeals.sections import analyse, headings

MISSING = {"P001", "P002", "P003"}
UNCLEAR = {"P004", "P005", "P006"}
SOUND = list(sound_appeals())
FLAWED = list(flawed_appeals())


def codes(text: str) -> set[str]:
    return {f.code for f in lint_text(text).findings}


def names(text: str) -> list[str]:
    return [s.name for s in find_sections(normalise(text))]


def test_the_sound_appeals_are_many_and_varied() -> None:
    assert len(SOUND) >= 40
    assert {a.lang for a in SOUND} == {"en", "de", "fr", "es", "it", "ja", "zh"}
    assert len({a.id.split("-")[-1] for a in SOUND}) >= 12  # heading shapes, combined, none


@pytest.mark.parametrize("appeal", SOUND, ids=lambda a: a.id)
def test_sound_appeal_gets_no_missing_part(appeal) -> None:  # type: ignore[no-untyped-def]
    found = codes(appeal.text)
    assert not found & (MISSING | UNCLEAR), found


@pytest.mark.parametrize(("appeal", "code"), FLAWED, ids=lambda v: getattr(v, "id", v))
def test_absent_part_is_reported_missing(appeal, code: str) -> None:  # type: ignore[no-untyped-def]
    found = codes(appeal.text)
    assert code in found, found
    assert not found & UNCLEAR


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("【问题原因】", ("root_cause",)),
        ("[Why it happened]", ("root_cause",)),
        ("**Fixes**", ("corrective_actions",)),
        ("1) Reason:", ("root_cause",)),
        ("## Going forward", ("preventive_measures",)),
        ("III. FROM NOW ON", ("preventive_measures",)),
        ("三、预防", ("preventive_measures",)),
        ("Sofortmaßnahmen", ("corrective_actions",)),
        ("What did we do?", ("corrective_actions",)),
        ("How will we prevent it?", ("preventive_measures",)),
        ("Steps taken to prevent recurrence", ("preventive_measures",)),
        ("What we did and will do", ("corrective_actions", "preventive_measures")),
        ("Root cause and corrective actions", ("root_cause", "corrective_actions")),
        ("整改及预防措施", ("corrective_actions", "preventive_measures")),
        ("Was wir getan haben", ("corrective_actions",)),
        ("Ce que nous faisons désormais", ("preventive_measures",)),
        ("Qué pasó", ("root_cause",)),
        ("Cosa abbiamo fatto", ("corrective_actions",)),
    ],
)
def test_heading_shapes_and_words(line: str, expected: tuple[str, ...]) -> None:
    marks = headings(normalise(line + "\nWe removed ASIN B0C1234567 on 2 May."))
    assert marks and marks[0].names == expected


def test_japanese_headings_survive_the_chinese_normalisation() -> None:
    # 今後 becomes 今后 and 経緯 becomes 経纬 in the normalised text the finder reads
    text = "発生の経緯\n旧データを使いました。\n\n今後の対策\n毎月確認します。"
    marks = headings(normalise(text))
    assert [m.names for m in marks] == [("root_cause",), ("preventive_measures",)]


def test_heading_merged_with_the_first_sentence() -> None:
    text = (
        "Why it happened – we reused an old size chart for ASIN B0D2LM8XQA.\n\n"
        "**Fixed** We corrected the chart on 12 June.\n\n"
        "【今后】每月由运营主管复核所有尺码表。"
    )
    assert names(text) == ["root_cause", "corrective_actions", "preventive_measures"]


def test_generic_actions_heading_is_read_by_its_content() -> None:
    text = (
        "Ursache:\nWir haben die Rechnung nicht mit dem Hersteller abgeglichen.\n\n"
        "Maßnahmen:\nWir haben das Angebot am 5. März deaktiviert. Ab sofort prüft unsere "
        "Einkäuferin jede neue Rechnung."
    )
    assert names(text) == ["root_cause", "corrective_actions", "preventive_measures"]


def test_the_notice_is_not_the_root_cause() -> None:
    text = (
        "Our account was deactivated because of complaints about ASIN B0C1234567.\n\n"
        "We removed the listing on 2 May and refunded the 9 buyers.\n\n"
        "From now on our QC lead checks every unit before shipping."
    )
    assert "P001" in codes(text)
    zh = "由于买家投诉，我们的账户被停用。\n\n我们已下架该商品并退款。\n\n今后每批货都抽检。"
    assert "P001" in codes(zh)


def test_an_excuse_or_a_blame_is_not_the_root_cause() -> None:
    text = (
        "The reviews came only because our competitor attacked our listing in May.\n\n"
        "We removed the listing on 2 May and refunded the 9 buyers.\n\n"
        "From now on our QC lead checks every unit before shipping."
    )
    assert "P001" in codes(text)


def test_unknown_heading_makes_the_part_unclear_not_missing() -> None:
    text = (
        "Our review\nTwo hundred units of ASIN B0C9RT4KQZ came from a wholesaler whose invoices "
        "name no manufacturer.\n\n"
        "Corrective actions:\nWe removed the offer on 3 May and refunded the 6 buyers.\n\n"
        "Preventive measures:\nOur buyer checks every new supplier before the first order."
    )
    report = lint_text(text)
    found = {f.code for f in report.findings}
    assert "P004" in found and not found & MISSING
    note = next(f for f in report.findings if f.code == "P004")
    assert note.span is not None and text[note.span.start : note.span.end] == "Our review"
    assert note.severity.name == "info" and report.verdict == "ready"


def test_an_unplaced_paragraph_is_unclear_only_in_an_otherwise_complete_appeal() -> None:
    story = (
        "In March the factory Hengda shipped 400 chargers to us with thinner wiring than the "
        "sample it had approved."
    )
    done = "We removed the listing on 2 May and refunded the 9 buyers."
    prevent = "From now on our QC lead checks every unit before shipping."
    assert analyse(normalise(f"{story}\n\n{done}\n\n{prevent}")).unclear.keys() == {"root_cause"}
    # without prevention too, the story is not enough to doubt that the cause is missing
    assert "P001" in codes(f"{story}\n\n{done}")


def test_promises_under_a_generic_heading_are_not_a_hidden_part() -> None:
    text = "我们将采取以下措施：\n1. 我们将立即全面检查所有listing。\n2. 我们将安排专人负责。"
    assert {"P001", "P002"} <= codes(text)


def test_every_language_has_headed_and_unheaded_appeals() -> None:
    for lang in LANGUAGES:
        ids = {a.id for a in SOUND if a.lang == lang.code}
        assert any(i.endswith("no-headings") for i in ids)
        assert sum("combined" in i for i in ids) >= 3


@pytest.mark.parametrize("salutation", ["亚马逊：", "卖家绩效团队：", "A quien corresponda:"])
def test_a_salutation_with_a_colon_does_not_hide_a_missing_part(salutation: str) -> None:
    text = f"{salutation}\n\n我们的商品没有任何问题，是你们的系统出错了，请马上恢复我们的账户。"
    found = codes(text)
    assert {"P001", "P002", "P003"} <= found and not found & UNCLEAR


def test_a_lead_in_sentence_with_a_colon_heads_no_part() -> None:
    text = (
        "A few questions so we know what to do next:\n"
        "Which orders were affected, and should we send the invoices again?"
    )
    assert not codes(text) & UNCLEAR


def test_a_short_line_holding_two_sentences_is_no_heading() -> None:
    """It failed before: "We will sue [bold]Amazon. [/red]" was read as a preventive heading,
    and the placeholder rule skips heading titles, so "[bold]" went unreported."""
    text = "We will sue [bold]Amazon. [/red]"
    assert not headings(text)
    assert "P124" in {f.code for f in lint_text(text, require_sections=False).findings}
