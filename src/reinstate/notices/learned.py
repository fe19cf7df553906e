"""The learned second opinion on category, stage and status.

A multinomial logistic regression per field over the sentence embedding of the notice
(`reinstate.semantic`) and the phrase rules' scores, trained by `python -m
reinstate.notices.train` from the labelled corpus; inference is plain numpy. A nearest-example
vote over the labelled corpus (and the agency's own labelled notices, see `user_examples`) is
mixed into the model's probabilities, so examples added to a folder count without retraining.

The rules keep the last word on what they are sure of: when the model and the rules disagree
and the model is not sure either, the field is `other` with a low confidence and both
candidates are shown (`Notice.candidates`). Nothing here runs when the semantic layer is off or
not installed: the rules answer alone and `Notice.method` says `rules`.
"""

from __future__ import annotations

import contextlib
import json
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reinstate.notices import stage_cues
from reinstate.notices.labelled import FIELDS, excerpt, whole
from reinstate.notices.model import Notice
from reinstate.notices.vocab import CATEGORIES, LANGUAGES, STAGES, STATUSES

if TYPE_CHECKING:
    import numpy as np

TRAINED = Path(__file__).parent / "trained"
WEIGHTS = TRAINED / "weights.json"
EXAMPLES = TRAINED / "examples.npz"
# How much the nearest-example vote weighs against the model, how many neighbours vote.
KNN_SHARE = 0.25
KNN_K = 7
# The model overrules the rules only with at least this probability; below it a disagreement
# is `other` with this confidence at most. Chosen by the grouped cross-validation (docs): the
# model has seen the rules' hits, so when it disagrees it is usually right (0.55 cost 10 points
# of unseen-author category accuracy, all of it turned into `other`).
OVERRULE = 0.3
UNSURE = 0.3
# The stage is also read by a second regression over the rules' features and stage cues alone
# (no embedding), averaged with the model's at this share: the embeddings learn each writer's
# wording, the cues the stage definitions; together +0.6 points of stage by
# leave-one-writer-out over the seven writers (docs/notices.md).
STAGE_RULES_SHARE = 0.5


def _squash(value: float) -> float:
    return math.log1p(max(0.0, value))


def rule_features(notice: Notice) -> list[float]:
    """The rules' view of a notice as numbers, in a fixed order (see `feature_names`)."""
    scores = notice.rule_scores
    out = [_squash(notice.scores.get(c, 0.0)) for c in CATEGORIES]
    out += [1.0 if notice.category == c else 0.0 for c in CATEGORIES]
    out += [_squash(scores.get("stage", {}).get(s, 0.0)) for s in STAGES]
    out += [_squash(scores.get("stage_hint", {}).get(s, 0.0)) for s in STAGES]
    out += [1.0 if notice.stage == s else 0.0 for s in STAGES]
    out += [_squash(scores.get("status", {}).get(s, 0.0)) for s in STATUSES]
    out += [1.0 if notice.status == s else 0.0 for s in STATUSES]
    out += [1.0 if notice.language == lang else 0.0 for lang in LANGUAGES]
    out += [
        scores.get("reply", {}).get("reply", 0.0),
        1.0 if notice.final_decision else 0.0,
        1.0 if notice.funds else 0.0,
        1.0 if notice.requested_documents else 0.0,
        1.0 if notice.deadline_days is not None or notice.deadline_date else 0.0,
        1.0 if notice.asins else 0.0,
        notice.evidence["stage"].confidence if "stage" in notice.evidence else 0.0,
        notice.evidence["category"].confidence if "category" in notice.evidence else 0.0,
    ]
    # The brief's stage definitions as cues (`stage_cues`), alone and for a listing-level
    # notice, where `warning` and `initial_action` differ only by whether the text warns or
    # gives steps: stage 86.9% -> 88.1% by leave-one-writer-out over the seven writers (docs).
    cues = [scores.get("cues", {}).get(name, 0.0) for name in stage_cues.NAMES]
    listing = scores.get("status", {}).get("listing_removed", 0.0) > 0
    flag = 1.0 if listing or notice.status == "listing_removed" else 0.0
    out += [*cues, flag, *(c * flag for c in cues)]
    return out


@dataclass
class Quick:
    """The cascade's first stage: the same kind of model over the static vector of the whole
    notice (`reinstate.semantic.static`, about 1.5 ms, no transformer) and the rules' features,
    with its own nearest-example vote over the examples' static vectors. When each field's top
    probability is at least `gate`, the notice is answered from it and its excerpt is not
    embedded (the embedding is nearly all of the model's cost). The gate is chosen by the
    leave-one-author-out folds of the training corpus (`train.choose_gate`); above 1 it never
    opens."""

    model: Model
    gate: float

    def probabilities(self, static: np.ndarray, rules: np.ndarray) -> dict[str, np.ndarray]:
        return self.model.probabilities(static, rules)

    def sure(self, probs: dict[str, np.ndarray]) -> np.ndarray:
        """Per notice: True when every field's top probability reaches the gate."""
        import numpy as np

        tops = np.vstack([p.max(axis=1) for p in probs.values()])
        return tops.min(axis=0) >= self.gate


def top_k(sims: np.ndarray, k: int) -> np.ndarray:
    """Per row, the columns of the `k` largest values, largest first, ties in column order:
    `np.argsort(-sims, axis=1, kind="stable")[:, :k]` without sorting whole rows (the sort was
    most of a batch's vote). Rows whose `k`-th largest value is tied keep their lowest columns."""
    import numpy as np

    neg = -sims
    count, width = neg.shape
    k = min(k, width)
    if k == width or np.isnan(neg).any():
        return np.argsort(neg, axis=1, kind="stable")[:, :k]
    kth = np.partition(neg, k - 1, axis=1)[:, k - 1 : k]
    rows, cols = np.nonzero(neg <= kth)  # at least k a row: the k smallest are
    order = np.lexsort((cols, neg[rows, cols], rows))  # by row, value, then column
    rows, cols = rows[order], cols[order]
    rank = np.arange(len(rows)) - np.searchsorted(rows, np.arange(count))[rows]
    return cols[rank < k].reshape(count, k)


def _softmax(x: np.ndarray, weights: dict[str, tuple[np.ndarray, np.ndarray]]) -> dict[str, Any]:
    import numpy as np

    out = {}
    for name, (w, b) in weights.items():
        logits = x @ w + b
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        out[name] = p / p.sum(axis=1, keepdims=True)
    return out


@dataclass
class Model:
    """Weights per field, the feature scaling, and the labelled examples that vote."""

    mean: np.ndarray
    scale: np.ndarray
    weights: dict[str, tuple[np.ndarray, np.ndarray]]  # field -> (W, b)
    example_ids: list[str]
    example_vectors: np.ndarray  # L2-normalised embeddings, one row per example
    example_labels: dict[str, list[str]]  # field -> label per example
    quick: Quick | None = None
    # whether the static vector of the whole notice is among the features (weights version 2)
    with_static: bool = False
    # the stage regression over the rules' features only (the last columns of `rules`):
    # (mean, scale, W, b), averaged into the stage at STAGE_RULES_SHARE
    stage_rules: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray] | None = None

    def probabilities(self, vectors: np.ndarray, rules: np.ndarray) -> dict[str, np.ndarray]:
        """Model probabilities per field (rows: notices), the nearest-example vote mixed in."""
        import numpy as np

        x = (np.hstack([vectors, rules]) - self.mean) / self.scale
        sims = vectors @ self._examples_as(vectors.dtype) if len(self.example_ids) else None
        out = _softmax(x, self.weights)
        if self.stage_rules is not None:
            mean, scale, w, b = self.stage_rules
            z = (rules[:, rules.shape[1] - len(mean) :] - mean) / scale
            alone = _softmax(z, {"stage": (w, b)})["stage"]
            out["stage"] = (1 - STAGE_RULES_SHARE) * out["stage"] + STAGE_RULES_SHARE * alone
        if sims is not None:
            # the same neighbours vote on every field: sorted once (most of a batch's vote)
            top = top_k(sims, KNN_K)
            for name in out:
                vote = self._vote(sims, top, name)
                out[name] = (1 - KNN_SHARE) * out[name] + KNN_SHARE * vote
        return out

    def _examples_as(self, dtype: Any) -> np.ndarray:
        """`example_vectors.T` in `dtype`: the float64 copy that `vectors @ example_vectors.T`
        made on every call (3.6 MB, most of one notice's vote) is made once; same products."""
        if dtype == self.example_vectors.dtype:
            return self.example_vectors.T
        kept = self.__dict__.setdefault("_transposed", {})
        if dtype not in kept:
            kept[dtype] = self.example_vectors.T.astype(dtype)
        return kept[dtype]

    def _vote(self, sims: np.ndarray, top: np.ndarray, name: str) -> np.ndarray:
        import numpy as np

        labels = FIELDS[name]
        index = {c: i for i, c in enumerate(labels)}
        vote = np.zeros((sims.shape[0], len(labels)))
        for row, neighbours in enumerate(top):
            for j in neighbours:
                label = self.example_labels[name][j]
                if label in index:
                    vote[row, index[label]] += max(0.0, float(sims[row, j]))
            total = vote[row].sum()
            vote[row] = vote[row] / total if total else 1.0 / len(labels)
        return vote

    def nearest(self, vector: np.ndarray, k: int = 3) -> list[dict[str, Any]]:

        if not self.example_ids:
            return []
        sims = self.example_vectors @ vector
        order = top_k(sims[None, :], k)[0]
        return [
            {
                "id": self.example_ids[i],
                "similarity": round(float(sims[i]), 3),
                **{name: self.example_labels[name][i] for name in FIELDS},
            }
            for i in order
        ]

    def with_examples(
        self,
        ids: list[str],
        vectors: np.ndarray,
        labels: dict[str, list[str]],
        static: np.ndarray | None = None,
    ) -> Model:
        """The same model with more labelled examples in the vote (no retraining); `static`,
        their static vectors, puts them in the first stage's vote too."""
        import numpy as np

        if not ids:
            return self
        quick = self.quick
        if quick is not None and static is not None:
            quick = Quick(quick.model.with_examples(ids, static, labels), quick.gate)
        return Model(
            self.mean,
            self.scale,
            self.weights,
            self.example_ids + ids,
            np.vstack([self.example_vectors, vectors]).astype(np.float32),
            {f: self.example_labels[f] + labels[f] for f in FIELDS},
            quick,
            self.with_static,
            self.stage_rules,
        )


def _weights(part: dict[str, Any]) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    import numpy as np

    return {
        name: (np.asarray(part["fields"][name]["W"]), np.asarray(part["fields"][name]["b"]))
        for name in FIELDS
    }


def quick_of(
    part: dict[str, Any],
    ids: list[str],
    static: Any,
    labels: dict[str, list[str]],
    stage_rules: dict[str, Any] | None = None,
) -> Quick:
    """The first stage of weights.json's `quick` section, voting with these static vectors;
    `stage_rules` is weights.json's stage regression over the rules' features."""
    data = {**part, "stage_rules": stage_rules} if stage_rules else part
    return Quick(from_json(data, ids, static, labels), part["gate"])


def _stage_rules(
    part: dict[str, Any] | None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray] | None:
    import numpy as np

    if not part:
        return None
    stage = part["fields"]["stage"]
    return (
        np.asarray(part["mean"]),
        np.asarray(part["scale"]),
        np.asarray(stage["W"]),
        np.asarray(stage["b"]),
    )


def from_json(
    data: dict[str, Any],
    ids: list[str],
    vectors: Any,
    labels: dict[str, list[str]],
    static: Any = None,
) -> Model:
    """The model of a weights.json; its first stage only with the examples' `static` vectors."""
    import numpy as np

    quick = None
    if "quick" in data and static is not None:
        quick = quick_of(data["quick"], ids, static, labels, data.get("stage_rules"))
    return Model(
        np.asarray(data["mean"]),
        np.asarray(data["scale"]),
        _weights(data),
        ids,
        np.asarray(vectors, dtype=np.float32),
        labels,
        quick,
        bool(data.get("with_static", False)),
        _stage_rules(data.get("stage_rules")),
    )


@cache
def packaged() -> Model | None:
    """The model shipped in the package, or None when its files are missing."""
    import numpy as np

    if not WEIGHTS.is_file() or not EXAMPLES.is_file():
        return None
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    with np.load(EXAMPLES, allow_pickle=False) as npz:
        ids = [str(x) for x in npz["ids"]]
        vectors = npz["vectors"].astype(np.float32)
        labels = {name: [str(x) for x in npz[name]] for name in FIELDS}
        static = npz["static"].astype(np.float32) if "static" in npz else None
    return from_json(data, ids, vectors, labels, static)


def decide_field(
    name: str, notice: Notice, probs: Any, rule_label: str, rule_conf: float
) -> tuple[str, float, list[dict[str, Any]]]:
    """The answer for one field from the rules' label and the model's probabilities."""
    labels = FIELDS[name]
    best = int(probs.argmax())
    model_label, p = labels[best], float(probs[best])
    candidates = [
        {"value": model_label, "by": "model", "confidence": round(p, 2)},
        {"value": rule_label, "by": "rules", "confidence": round(rule_conf, 2)},
    ]
    if model_label == rule_label:
        return model_label, round(min(0.98, max(p, rule_conf)), 2), candidates
    if p >= OVERRULE:
        return model_label, round(min(p, 0.9) * 0.9, 2), candidates
    return "other", round(min(UNSURE, p), 2), candidates


def features(notice: Notice, model: Model, static: np.ndarray | None) -> list[float]:
    """The features besides the excerpt's embedding: the whole notice's static vector when the
    model reads it (zeros if it could not be read), then the rules'."""
    if not model.with_static:
        return rule_features(notice)
    from reinstate.semantic import DIM

    return [*(static.tolist() if static is not None else [0.0] * DIM), *rule_features(notice)]


@cache
def _blas() -> Any:
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:  # pragma: no cover - installed with the semantic extra
        return None
    return ThreadpoolController()


def one_blas_thread() -> contextlib.AbstractContextManager[object]:
    """BLAS on one thread for the model's small products: waking OpenBLAS's second thread for
    a 1 x 384 by 384 x 1,545 product cost 16 ms of CPU (76 ms wall) per notice on the loaded
    2-core machine, against 2.6 ms (20 ms) on one thread. The transformer is not run in it."""
    controller = _blas()
    if controller is None:  # pragma: no cover
        return contextlib.nullcontext()
    return controller.limit(limits=1, user_api="blas")


def apply(
    notice: Notice, model: Model, vector: np.ndarray, static: np.ndarray | None = None
) -> None:
    """Replace the rules' category, stage and status by the combined answer, in place."""
    import numpy as np

    with one_blas_thread():
        rules = np.asarray([features(notice, model, static)], dtype=np.float64)
        probs = model.probabilities(np.asarray([vector], dtype=np.float64), rules)
        notice.nearest = model.nearest(vector)
        _decide(notice, {name: p[0] for name, p in probs.items()})


def static_vectors(notices: Sequence[Notice]) -> np.ndarray | None:
    """The static vectors of the notices' whole texts, or None without the static table."""
    from reinstate.semantic import static

    if not notices or not static.available():
        return None
    return static.embed([whole(n.text) for n in notices])


def gated(
    notices: Sequence[Notice], quick: Quick | None, vectors: np.ndarray | None = None
) -> list[bool]:
    """Per notice: True when the first stage answered it (in place); the others still need
    their excerpt embedded and `apply`. `vectors` are the notices' static vectors (computed
    when not given); without the static table every notice is left."""
    import numpy as np

    if quick is None or not notices:
        return [False] * len(notices)
    if vectors is None:
        vectors = static_vectors(notices)
        if vectors is None:
            return [False] * len(notices)
    with one_blas_thread():
        rules = np.asarray([rule_features(n) for n in notices], dtype=np.float64)
        probs = quick.probabilities(vectors.astype(np.float64), rules)
        sure = quick.sure(probs)
        for row, notice in enumerate(notices):
            if sure[row]:
                notice.nearest = quick.model.nearest(vectors[row])
                _decide(notice, {name: p[row] for name, p in probs.items()})
    return [bool(x) for x in sure]


def _decide(notice: Notice, probs: dict[str, Any]) -> None:
    notice.method = "rules+model"
    rule_values = {"category": notice.category, "stage": notice.stage, "status": notice.status}
    for name in FIELDS:
        ev = notice.evidence.get(name)
        rule_conf = ev.confidence if ev is not None else 0.0
        value, conf, candidates = decide_field(
            name, notice, probs[name], rule_values[name], rule_conf
        )
        notice.candidates[name] = candidates
        if value != rule_values[name] or ev is None:
            spans = ev.spans if ev is not None and value != "other" else ()
            notice.evidence[name] = type_evidence(conf, spans)
        else:
            notice.evidence[name] = type_evidence(conf, ev.spans, ev.source)
        setattr(notice, name, value)
    _categories_follow(notice, rule_values["category"])
    _listing_stage(notice, probs["stage"])
    if notice.stage == "final_decision":
        notice.final_decision = True
    notice.confidence = round(
        min(notice.evidence["category"].confidence, notice.evidence["stage"].confidence), 2
    )
    if notice.language is None:
        notice.confidence = min(notice.confidence, 0.3)


# A listing removed while the account stays active is a `warning` or an `initial_action` as the
# writer sees it: the five corpus writers split such notices about 40 / 60, each both ways, and
# nothing in the texts separates them (corpus/README.md). Either answer is given with at most
# this confidence, and the other is shown as a candidate.
LISTING_STAGES = ("warning", "initial_action")
LISTING_STAGE_CONFIDENCE = 0.6


def _listing_stage(notice: Notice, probs: Any) -> None:
    if notice.status != "listing_removed" or notice.stage not in LISTING_STAGES:
        return
    other = LISTING_STAGES[1 - LISTING_STAGES.index(notice.stage)]
    if all(c["value"] != other for c in notice.candidates["stage"]):
        p = float(probs[FIELDS["stage"].index(other)])
        notice.candidates["stage"].append(
            {"value": other, "by": "model", "confidence": round(p, 2)}
        )
    ev = notice.evidence["stage"]
    if ev.confidence > LISTING_STAGE_CONFIDENCE:
        notice.evidence["stage"] = type_evidence(LISTING_STAGE_CONFIDENCE, ev.spans, ev.source)


def type_evidence(confidence: float, spans: tuple[tuple[int, int], ...], source: str = "") -> Any:
    from reinstate.notices.model import Evidence

    return Evidence(confidence, spans, source or ("text" if spans else "inferred"))


def _categories_follow(notice: Notice, rule_category: str) -> None:
    """`categories` starts with the chosen category and keeps the rules' other reasons."""
    if notice.category == "other":
        notice.categories = []
        return
    rest = [c for c in notice.categories if c not in (notice.category, "other")]
    notice.categories = [notice.category, *rest]
    if "categories" in notice.evidence and rule_category != notice.category:
        ev = notice.evidence["categories"]
        notice.evidence["categories"] = type_evidence(
            notice.evidence["category"].confidence, ev.spans
        )


def second_opinion(notice: Notice) -> None:
    """Let the model weigh in on a rules-only parse, in place; say so when it cannot."""
    second_opinions([notice])


def second_opinions(
    notices: Sequence[Notice], progress: Callable[[int], None] | None = None
) -> None:
    """`second_opinion` for many notices: their excerpts are embedded in batches (and read from
    the disk cache when seen before, see `vectors`). `progress(n)` counts notices done."""
    from reinstate import semantic

    model = current_model() if semantic.available() else None
    if model is None:
        for notice in notices:
            notice.method = "rules"
            notice.warnings.append("rules_only")
        if progress:
            progress(len(notices))
        return
    from reinstate.notices.vectors import embed

    static = static_vectors(notices)
    sure = gated(notices, model.quick, static)
    rest = [i for i, s in enumerate(sure) if not s]
    if progress and len(rest) < len(notices):
        progress(len(notices) - len(rest))
    vectors = embed([excerpt(notices[i].text) for i in rest], progress)
    for i, vector in zip(rest, vectors, strict=True):
        apply(notices[i], model, vector, static[i] if static is not None else None)


@cache
def current_model() -> Model | None:
    """The packaged model with the agency's labelled examples (if any) in the vote."""
    from reinstate.notices.user_examples import load

    model = packaged()
    if model is None:
        return None
    ids, vectors, labels, static = load()
    return model.with_examples(ids, vectors, labels, static)
