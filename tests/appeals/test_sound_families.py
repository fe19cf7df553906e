"""Sound appeals a new writer's wording used to trip (issue 14), and the flaws next to them that
must still be found. Every text here is our own wording of the family, never the writer's."""

from __future__ import annotations

import pytest

from reinstate.appeals import lint_text
from reinstate.appeals.evaluate import AppealScores, format_appeal_scores

ROOT = (
    "Root cause:\nWe listed ASIN B0C1234567 without checking the supplier's authorisation "
    "on 3 May.\n\n"
)
ACTIONS = "Corrective actions:\n"
PREVENT = (
    "\n\nPreventive measures:\nOur purchasing lead now verifies every supplier before the "
    "first order."
)
ROOT_ZH = "根本原因：\n我们在5月3日上架 ASIN B0C1234567 前没有核实供应商的授权。\n\n纠正措施：\n"
PREVENT_ZH = "\n\n预防措施：\n采购主管在首次下单前核实每个供应商的授权书。"


def codes(text: str, **context: object) -> set[str]:
    return {f.code for f in lint_text(text, **context).findings}  # type: ignore[arg-type]


# --- 1. P109: the pending step of an action already done and dated ---


@pytest.mark.parametrize(
    "actions",
    [
        "The last 74 units were removed from FBA on 1 December; they will be destroyed when "
        "they arrive at our warehouse.",
        "The last 74 units were removed from FBA on 1 December; they will be destroyed at the "
        "warehouse.",
        "On 2 December we quarantined all 188 units of batch 7. The 188 units will be returned "
        "to the supplier, who will replace them; the replacement batch will be re-tested before "
        "any sale.",
        "The listing was closed on 2 May, and the 40 remaining units will be donated to a charity.",
    ],
)
def test_later_step_of_a_dated_action_is_no_promise(actions: str) -> None:
    assert "P109" not in codes(ROOT + ACTIONS + actions + PREVENT)


def test_later_step_in_chinese_and_german_is_no_promise() -> None:
    zh = ROOT_ZH + "最后74件已于12月1日从FBA移除，我们将在货物到仓后全部销毁。" + PREVENT_ZH
    de = (
        "Ursache:\nWir haben ASIN B0C1234567 am 3. Mai ohne Prüfung gelistet.\n\n"
        "Korrekturmaßnahmen:\nDie letzten 74 Einheiten wurden am 1. Dezember aus FBA entfernt; "
        "sie werden nach dem Eingang vernichtet.\n\nVorbeugende Maßnahmen:\n"
        "Unser Einkaufsleiter prüft jeden Lieferanten vor der ersten Bestellung."
    )
    assert "P109" not in codes(zh)
    assert "P109" not in codes(de)


@pytest.mark.parametrize(
    "actions",
    [
        "We removed the listing on 2 May. We will contact the affected buyers next week.",
        "The 40 units will be refunded and the listing will be deleted.",
        "We will remove the listing and we will contact the affected buyers.",
    ],
)
def test_promises_in_place_of_actions_still_found(actions: str) -> None:
    assert "P109" in codes(ROOT + ACTIONS + actions + PREVENT)


# --- 2. P112: questions that are the content of a form or checklist ---


@pytest.mark.parametrize(
    "text",
    [
        "The new-product form now requires the listing manager to answer five hazmat questions "
        "(pressurised? flammable? battery? chemical? aerosol?) before upload.",
        "Our checklist now asks:\n- Is the brand on the authorised list?\n"
        "- Does the invoice match the units received?",
        "Before upload the listing manager must answer: is it a battery? is it flammable?",
        "新品表单现在要求运营回答五个危险品问题（是否带压？是否易燃？是否含电池？）后才能上传。",
        "Das Formular verlangt jetzt fünf Gefahrgutfragen (Druckbehälter? entzündlich? Batterie?).",
    ],
)
def test_questions_of_a_form_are_not_put_to_amazon(text: str) -> None:
    assert "P112" not in codes(text, require_sections=False)


@pytest.mark.parametrize(
    "text",
    [
        "We would like to ask:\n1. Which part of our product infringes the patent?\n"
        "2. Why did Amazon not ask us for our design documents?",
        "We have some questions:\n- Which ASIN is affected?",
        "Could you tell us (if possible) which ASINs are affected?",
        "请问我们的账户为什么被封？",
    ],
)
def test_questions_to_amazon_still_found(text: str) -> None:
    assert "P112" in codes(text, require_sections=False)


# --- 3. P101: a supplier's breach, or the seller's own ---


@pytest.mark.parametrize(
    "text",
    [
        "This is a breach of our supply contract by Hengda Trading, and we ended it on 4 May.",
        "The factory shipped 300 units without approval. This is a breach of the purchase "
        "agreement and we have claimed a refund.",
        "This is a breach of contract by the supplier, who shipped unapproved units.",
        "This is a breach of Amazon's Seller Code of Conduct on our side, and we have fixed it.",
        "这是供应商违约，我们已于5月4日终止合作。",
        "Das ist ein Vertragsbruch des Lieferanten; wir haben den Vertrag gekündigt.",
    ],
)
def test_breach_by_supplier_or_seller_is_no_threat(text: str) -> None:
    assert "P101" not in codes(text, require_sections=False)


@pytest.mark.parametrize(
    "text",
    [
        "This is a breach of contract and we expect the account back within 48 hours.",
        "This is a breach of the Business Solutions Agreement on your side.",
        "This suspension is a breach of the BSA.",
    ],
)
def test_breach_laid_on_amazon_is_a_threat(text: str) -> None:
    assert "P101" in codes(text, require_sections=False)


# --- 4. P107: not knowing a requirement, owned as the root cause ---


@pytest.mark.parametrize(
    "text",
    [
        "根本原因：我们并不知道亚马逊要求儿童玩具提供CPC证书，上架前也没有任何核对步骤。",
        "我们并不知道亚马逊要求儿童玩具提供CPC证书，这是我们的疏漏；我们已建立上架前的证书核对流程。",
        "我们并不知道亚马逊要求儿童玩具提供CPC证书，现在由合规专员在上架前逐一核对。",
        "We did not know the policy on lithium batteries; that was our root cause, and our "
        "listing process had no check for it.",
        "We did not know that selling this brand was prohibited; our listing process had no "
        "step to check brand restrictions.",
    ],
)
def test_owned_ignorance_is_a_root_cause(text: str) -> None:
    assert "P107" not in codes(text, require_sections=False)


@pytest.mark.parametrize(
    "text",
    [
        "我们并不知道亚马逊的要求，所以请原谅我们。",
        "我们并不知道这个政策，这不是我们的错。",
        "We did not know the policy, so it was not our fault.",
        "We were not aware of the policy on restricted products.",
    ],
)
def test_ignorance_as_excuse_still_found(text: str) -> None:
    assert "P107" in codes(text, require_sections=False)


# --- 5. P001: the cause told in the opening is "unclear" (P004), not missing ---

_ACTIONS_AND_PREVENTION = (
    "\n\nCorrective actions:\nOn 3 May we removed all 300 units from FBA (removal order 8XkP2) "
    "and closed the listing of ASIN B0C1234567.\n\nPreventive measures:\nOur purchasing lead "
    "now asks every new supplier for the brand's authorisation letter before the first order."
)


@pytest.mark.parametrize(
    "opening",
    [
        "Dear Seller Performance Team,\n\nWe bought these 300 units from a factory that is not "
        "the brand's authorised supplier, and they could not show an authorisation letter, so we "
        "cannot prove the units are genuine.",
        "Dear Seller Performance Team,\nOur account was suspended on 2 May for ASIN B0C1234567. "
        "We bought these 300 units from a factory that is not the brand's authorised supplier, "
        "and they could not show an authorisation letter, so we cannot prove they are genuine.",
        "尊敬的卖家绩效团队：\n我们的账户于5月2日被停用。我们从一家不是品牌授权供应商的工厂采购了"
        "这300件商品，对方无法提供授权书，所以我们无法证明商品是正品。",
    ],
)
def test_cause_told_in_the_opening_is_unclear_not_missing(opening: str) -> None:
    found = codes(opening + _ACTIONS_AND_PREVENTION)
    assert "P001" not in found
    assert "P004" in found


def test_opening_without_a_story_still_misses_the_cause() -> None:
    opening = "Dear Seller Performance Team,\n\nWe are very sorry. Please reinstate our account."
    assert "P001" in codes(opening + _ACTIONS_AND_PREVENTION)


# --- 6. P001-P006 on letters that are not a Plan of Action ---


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "Dear Account Health team,\n\nI'm not disputing the reserve; here are the facts "
            "behind the sales jump in November: orders went from 40 to 410 a day after "
            "12 November.",
            "funds_reserve",
        ),
        (
            "Dear Account Health team,\n\nOur sales jump in November came from a TV feature on "
            "12 November: orders went from 40 to 410 a day, all shipped by FBA.",
            "funds_reserve",
        ),
        (
            "尊敬的账户健康团队：\n\n我们并不是对资金预留提出异议，以下是11月销量激增的事实："
            "11月12日电视节目播出后，日订单从40单增至410单。",
            "funds_reserve",
        ),
        (
            "Dear Account Health team,\n\nAs requested, please find attached the 4 invoices from "
            "Hengda Trading for ASIN B0C1234567, covering 1,200 units bought on 3 and 19 April.",
            None,
        ),
        (
            "尊敬的账户健康团队：\n\n根据您的要求，现将 ASIN B0C1234567 的4张发票附上，共1200件。",
            None,
        ),
        (
            "Sehr geehrtes Team,\n\nwie angefordert senden wir Ihnen die 4 Rechnungen von Hengda.",
            None,
        ),
    ],
)
def test_letters_that_are_not_a_plan_need_no_parts(text: str, category: str | None) -> None:
    assert not codes(text, category=category) & {"P001", "P002", "P003", "P004", "P005", "P006"}


def test_a_sales_story_is_a_plan_matter_outside_a_funds_reserve() -> None:
    text = (
        "Dear Account Health team,\n\nOur sales jump in November came from a TV feature on "
        "12 November: orders went from 40 to 410 a day, all shipped by FBA."
    )
    assert "P001" in codes(text, category="inauthentic")


def test_a_plea_about_a_reserve_still_needs_the_parts() -> None:
    text = (
        "Dear Seller Performance Team,\n\nAmazon has kept our money for 90 days. This is very "
        "unfair to us. Please release our funds as soon as possible."
    )
    assert {"P001", "P002", "P003"} <= codes(text, category="funds_reserve")


def test_a_plan_with_headings_is_read_as_a_plan_whatever_it_says() -> None:
    text = "As requested, here is our plan.\n\n" + ROOT + ACTIONS + "We removed the listing."
    assert "P003" in codes(text)


# --- the eval figure beside the strict one ---


def test_info_note_counts_as_any_finding_but_not_as_a_warning() -> None:
    scores = AppealScores()
    scores.add(set(), {"part_unclear"}, sound=True)
    scores.add(set(), {"excuse"}, sound=True)
    scores.add(set(), set(), sound=True)
    assert (scores.sound, scores.sound_flagged, scores.sound_warned) == (3, 2, 1)


@pytest.mark.parametrize(
    ("lang", "words"),
    [("en", "sound appeals with a warning or error 1/2"), ("zh", "有警告或错误的合格申诉 1/2")],
)
def test_both_figures_are_printed(lang: str, words: str) -> None:
    scores = AppealScores()
    scores.add(set(), {"part_unclear"}, sound=True)
    scores.add(set(), {"vague"}, sound=True)
    out = format_appeal_scores({"rules": scores}, lang)
    assert words in out
    assert ("2/2" in out) and ("100%" in out)


# --- more wordings of the same families ---


@pytest.mark.parametrize(
    ("actions", "fires"),
    [
        (
            "We created a removal order for the last 74 units on 1 December; they will be "
            "destroyed at the warehouse.",
            False,
        ),
        (
            "All 188 units were quarantined on 3 December. 188 units will be returned to "
            "Hengda, who will replace them.",
            False,
        ),
        ("We removed the listing on 2 May; our team will retrain the staff.", True),
        ("The listing was removed on 2 May; the buyers will be refunded next week.", True),
        ("We removed the listing on 2 May, and we will contact the buyers.", True),
    ],
)
def test_later_step_needs_another_subject_than_the_seller(actions: str, fires: bool) -> None:
    assert ("P109" in codes(ROOT + ACTIONS + actions + PREVENT)) is fires


@pytest.mark.parametrize(
    ("text", "code", "fires"),
    [
        (
            "The new-product form asks five hazmat questions — pressurised? flammable? battery?",
            "P112",
            False,
        ),
        ("This was a breach of contract by Hengda Trading, our former supplier.", "P101", False),
        ("This is a breach of the BSA on our part, and we accept it.", "P101", False),
        ("This is a breach of contract by you.", "P101", True),
    ],
)
def test_more_wordings(text: str, code: str, fires: bool) -> None:
    assert (code in codes(text, require_sections=False)) is fires


@pytest.mark.parametrize(
    "text",
    [
        "Dear Account Health team,\n\nFollowing your request of 3 May, attached are the "
        "invoices for ASIN B0C1234567, 1,200 units in total.",
        "Dear Account Health team,\n\nWe do not dispute the reserve. Attached are the invoices "
        "requested in your email of 3 May.",
        "尊敬的账户健康团队：\n\n按您的要求，我们附上了 ASIN B0C1234567 的4张发票。",
    ],
)
def test_more_letters_that_are_not_a_plan(text: str) -> None:
    assert not codes(text) & {"P001", "P002", "P003", "P004", "P005", "P006"}
