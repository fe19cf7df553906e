"""The semantic second opinion: per-sentence classifiers over the shared embeddings.

A gate and two stages, whose weights live in `data/appeal_model.json` (written by
`python -m reinstate.appeals.train`, inferred here with numpy alone):

0. a word-level naive-Bayes gate (hashed words, word pairs, Chinese/Japanese character pairs)
   sends to the embedding model only the sentences that might carry a flaw; the others are
   plainly neutral or factual and get the average scores of such sentences. One e5 pass costs
   100+ ms on a busy core, so this is what keeps the second opinion fast;
1. per candidate sentence, from its embedding: emotional, pleading, blame (Amazon, customer,
   supplier, staff), excuse, threat, rude, question, vague, specific — trained on the sentence
   corpus;
2. per text and flaw tag, from a handful of features (the highest and mean sentence scores, the
   share of sentences with a checkable fact, the rule hits) — trained on the appeal corpus, so
   one vivid sentence in an otherwise sound appeal does not decide alone;
3. per text, whether it reads as flawed at all (every tag's score summary together): when the
   rules found nothing, the model only speaks about a text that stage 3 calls flawed.

A model-only finding is a warning and carries its confidence; when a rule saw the same thing the
finding says both did.
"""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np

WEIGHTS = Path(__file__).with_name("data") / "appeal_model.json"
SENTENCE_LABELS = (
    "emotional",
    "pleading",
    "blame_amazon",
    "blame_customer",
    "blame_supplier",
    "blame_staff",
    "excuse",
    "threat",
    "rude",
    "question",
    "vague",
    "specific",
)
# Flaw tag of the appeal -> the sentence labels that show it.
TAG_LABELS: dict[str, tuple[str, ...]] = {
    "emotional": ("emotional", "pleading"),
    "blames_amazon": ("blame_amazon",),
    "blames_customer": ("blame_customer",),
    # Not blame_staff: a sound root cause often names the employee's error and owns it.
    "excuse": ("excuse",),
    "legal_threat": ("threat",),
    "rude_language": ("rude",),
    "asks_questions": ("question",),
    "vague": ("vague",),
}
# The rule that reports each tag: a model finding reuses its code, texts and fix.
TAG_RULE = {
    "emotional": "P105",
    "blames_amazon": "P103",
    "blames_customer": "P104",
    "excuse": "P107",
    "legal_threat": "P101",
    "rude_language": "P102",
    "asks_questions": "P112",
    "vague": "P108",
}
# Flaws one sentence makes on its own, whatever the rest of the text reads like.
ONE_SENTENCE_TAGS = ("legal_threat", "rude_language")
_MIN_CHARS = 6
_WORDY = re.compile(r"[\w\u3040-\u30ff\u3400-\u9fff]")
# The gate's hashed feature space: big enough that collisions between the corpus' ~30,000 word
# forms are rare, small enough for the weights file.
GATE_DIM = 1 << 16
_GATE_WORD = re.compile(r"[^\W\d_]+")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")


def sentence_spans(doc: Any) -> list[tuple[int, int]]:
    """Sentences worth a model call: not headings, not a bare number or salutation fragment."""
    out = []
    for start, end in doc.sentences:
        chunk = doc.text[start:end]
        if len(_WORDY.findall(chunk)) < _MIN_CHARS or doc.in_heading(start, end):
            continue
        out.append((start, end))
    return out


def gate_grams(text: str) -> list[int]:
    """Hashed buckets of the words, word pairs and CJK characters and character pairs of `text`.

    Digits are left out on purpose: a number makes a sentence factual, it never makes it a flaw.
    """
    words = _GATE_WORD.findall(text.lower())
    grams: set[str] = set()
    for word in words:
        if _CJK.search(word):
            grams.update(word)
            grams.update(word[i : i + 2] for i in range(len(word) - 1))
        else:
            grams.add(word)
    grams.update(f"{a} {b}" for a, b in pairwise(words) if not _CJK.search(a))
    return sorted({zlib.crc32(g.encode("utf-8")) % GATE_DIM for g in grams})


@lru_cache(maxsize=8192)
def _grams(text: str) -> tuple[int, ...]:
    """gate_grams, kept per sentence: the live editor sends the same sentences on every pass."""
    return tuple(gate_grams(text))


def gate_score(weights: Any, buckets: Sequence[int]) -> float:
    """Naive-Bayes log-odds that a sentence carries some flaw, length-normalised."""
    if not buckets:
        return float("-inf")
    return float(weights[list(buckets)].sum()) / len(buckets) ** 0.5


def sigmoid(z: np.ndarray) -> np.ndarray:
    import numpy as np

    return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


@dataclass(frozen=True)
class Weights:
    labels: tuple[str, ...]
    sentence_w: Any  # (dim, labels)
    sentence_b: Any  # (labels,)
    features: tuple[str, ...]
    tag_w: dict[str, Any]  # tag -> (features,)
    tag_b: dict[str, float]
    threshold: dict[str, float]
    calibration: dict[str, tuple[float, float]]  # tag -> Platt scale, shift on the score's logit
    sentence_threshold: dict[str, float]
    gate: Any  # (GATE_DIM,) naive-Bayes log-count ratios
    gate_threshold: float
    neutral: Any  # (labels,) the scores a sentence the gate lets by gets
    document_w: Any  # (DOCUMENT_FEATURES,) is the text flawed at all
    document_b: float
    document_threshold: float

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Weights:
        import numpy as np

        return cls(
            labels=tuple(data["labels"]),
            sentence_w=np.asarray(data["sentence"]["w"], dtype=np.float32),
            sentence_b=np.asarray(data["sentence"]["b"], dtype=np.float32),
            features=tuple(data["features"]),
            tag_w={t: np.asarray(v["w"], dtype=np.float64) for t, v in data["tags"].items()},
            tag_b={t: float(v["b"]) for t, v in data["tags"].items()},
            threshold={t: float(v["threshold"]) for t, v in data["tags"].items()},
            calibration={
                t: (float(v["calibration"][0]), float(v["calibration"][1]))
                if "calibration" in v
                else (1.0, 0.0)
                for t, v in data["tags"].items()
            },
            sentence_threshold=dict(data["sentence_threshold"]),
            gate=gate_vector(data["gate"]),
            gate_threshold=float(data["gate"]["threshold"]),
            neutral=np.asarray(data["gate"]["neutral"], dtype=np.float32),
            document_w=np.asarray(data["document"]["w"], dtype=np.float64),
            document_b=float(data["document"]["b"]),
            document_threshold=float(data["document"]["threshold"]),
        )

    def looks_flawed(self, probs: np.ndarray) -> bool:
        """Stage 3: the text as a whole reads as flawed (its rules found nothing)."""
        import numpy as np

        feats = np.array(document_features(probs, self.labels, set()))
        score = float(sigmoid(feats @ self.document_w + self.document_b))
        return score >= self.document_threshold

    def confidence(self, tag: str, score: float) -> float:
        """The calibrated probability that the text has `tag`, from its stage-2 score."""
        import math

        scale, shift = self.calibration[tag]
        score = min(max(score, 1e-6), 1 - 1e-6)
        z = scale * math.log(score / (1 - score)) + shift
        return 1.0 / (1.0 + math.exp(-min(max(z, -30.0), 30.0)))

    def sentence_probs(self, vectors: np.ndarray) -> np.ndarray:
        return sigmoid(vectors @ self.sentence_w + self.sentence_b)

    def candidates(self, texts: Sequence[str]) -> list[bool]:
        """Which sentences the embedding model must see (the gate's verdict)."""
        return [gate_score(self.gate, _grams(t)) >= self.gate_threshold for t in texts]

    def probs(self, texts: Sequence[str], embed: Callable[[list[str]], np.ndarray]) -> np.ndarray:
        """Sentence scores, one row per text: candidates embedded with `embed`, others neutral."""
        import numpy as np

        out = np.tile(self.neutral, (len(texts), 1))
        chosen = [i for i, keep in enumerate(self.candidates(texts)) if keep]
        if chosen:
            out[chosen] = self.sentence_probs(embed([texts[i] for i in chosen]))
        return out


def gate_vector(data: dict[str, Any]) -> np.ndarray:
    """The dense gate from its stored form: a default for unseen buckets plus the seen ones."""
    import numpy as np

    out = np.full(int(data["dim"]), float(data["default"]), dtype=np.float64)
    out[np.asarray(data["index"], dtype=np.int64)] = np.asarray(data["value"], dtype=np.float64)
    return out


@cache
def load_weights(path: Path = WEIGHTS) -> Weights | None:
    if not path.is_file():
        return None
    return Weights.from_json(json.loads(path.read_text(encoding="utf-8")))


def tag_features(
    probs: np.ndarray, labels: Sequence[str], rule_tags: set[str], tag: str
) -> list[float]:
    """The appeal-level features of one tag (order = FEATURES)."""
    import numpy as np

    cols = [labels.index(x) for x in TAG_LABELS[tag]]
    if len(probs):
        scores = probs[:, cols].max(axis=1)
        top = np.sort(scores)[::-1]
        specific = probs[:, labels.index("specific")]
        share_specific = float((specific > 0.5).mean())
        first, mean = float(top[0]), float(scores.mean())
        second = float(top[1]) if len(top) > 1 else 0.0
        count = float((scores > 0.5).sum())
    else:
        first = second = mean = count = 0.0
        share_specific = 0.0
    return [
        first,
        second,
        mean,
        min(count, 5.0) / 5.0,
        share_specific,
        min(len(probs), 40) / 40.0,
        1.0 if tag in rule_tags else 0.0,
    ]


FEATURES = ("max", "second", "mean", "count_over_half", "share_specific", "sentences", "rule")
DOCUMENT_FEATURES = (
    *(f"{tag}.{name}" for tag in TAG_LABELS for name in FEATURES[:4]),
    "share_specific",
    "rule_tags",
)


def document_features(probs: np.ndarray, labels: Sequence[str], rule_tags: set[str]) -> list[float]:
    """The features of "is this text flawed at all" (order = DOCUMENT_FEATURES): each tag's
    sentence-score summary, the share of sentences with a checkable fact, the rules' tag count."""
    out: list[float] = []
    for tag in TAG_LABELS:
        out += tag_features(probs, labels, rule_tags, tag)[:4]
    out.append(tag_features(probs, labels, rule_tags, "vague")[4])
    out.append(min(len(rule_tags), 3) / 3.0)
    return out


def missing_fact(section: str | None) -> dict[str, str]:
    """Finding params: the kind of fact a reviewer misses in a vague sentence of this part
    (`section` None: of any part).

    Two flat strings, because finding params in the JSON contract are scalars.
    """
    from reinstate.i18n import tr

    key = f"appeals.missing_fact.{section or 'any'}"
    return {"missing_en": tr(key, "en"), "missing_zh": tr(key, "zh")}


@dataclass(frozen=True)
class Opinion:
    """The model's view of one text: each tag it would flag, its calibrated confidence (a
    probability, see train.fit_calibration) and best sentence."""

    tags: dict[str, float]
    sentences: dict[str, tuple[int, int, float]]


def sentence_texts(doc: Any, spans: Sequence[tuple[int, int]] | None = None) -> list[str]:
    return [doc.text[s:e].strip() for s, e in (sentence_spans(doc) if spans is None else spans)]


def opinion(
    doc: Any,
    rule_tags: set[str],
    weights: Weights,
    probs: np.ndarray,
    spans: Sequence[tuple[int, int]] | None = None,
) -> Opinion:
    """Stages 2 and 3 over the sentence scores of `doc` (`probs`: Weights.probs of
    sentence_texts; `spans`: sentence_spans of `doc`, when the caller has them)."""
    import numpy as np

    spans = sentence_spans(doc) if spans is None else spans
    tags: dict[str, float] = {}
    best: dict[str, tuple[int, int, float]] = {}
    considered: Sequence[str] = tuple(TAG_LABELS)
    if not rule_tags and not weights.looks_flawed(probs):
        # A text the rules find nothing in and that reads as sound as a whole: one sentence
        # that scores high is not enough (sound appeals of a new writer got model-only findings
        # on up to 20% of texts; this cut them to under 5%, see docs/appeals.md) — except for
        # a threat or an insult, where one sentence is the whole flaw.
        considered = ONE_SENTENCE_TAGS
    for tag in considered:
        feats = np.array(tag_features(probs, weights.labels, rule_tags, tag))
        score = float(sigmoid(feats @ weights.tag_w[tag] + weights.tag_b[tag]))
        if score >= weights.threshold[tag] and len(spans):
            cols = [weights.labels.index(x) for x in TAG_LABELS[tag]]
            scores = probs[:, cols].max(axis=1)
            top = int(scores.argmax())
            tags[tag] = weights.confidence(tag, score)
            best[tag] = (spans[top][0], spans[top][1], float(scores[top]))
    return Opinion(tags, best)


def semantic_findings(
    text: str, findings: Sequence[Any], doc: Any, registry: Any
) -> list[Any] | None:
    """The findings once the model has had its say, or None when no model can run here.

    Rule findings of a tag the model also flags say `seen_by: rules+model`; the others
    `rules`. A tag only the model flags becomes a warning at its best sentence, whatever the
    rule's own severity, with `seen_by: model` and the model's `confidence`.
    """
    from dataclasses import replace

    from reinstate import semantic
    from reinstate.rules import Severity

    weights = load_weights()
    if weights is None or not semantic.available():
        return None
    spans = sentence_spans(doc)
    probs = weights.probs(sentence_texts(doc, spans), semantic.embed)
    rule_tags = {t for f in findings for t in f.rule.tags}
    view = opinion(doc, rule_tags, weights, probs, spans)
    out = []
    for finding in findings:
        shared = [t for t in finding.rule.tags if t in view.tags]
        params = dict(finding.params, seen_by="rules+model" if shared else "rules")
        if shared:
            params["confidence"] = round(view.tags[shared[0]], 2)
        out.append(replace(finding, params=params))
    for tag, confidence in view.tags.items():
        if tag in rule_tags:
            continue
        start, end, _ = view.sentences[tag]
        found = registry.finding(
            TAG_RULE[tag],
            span=doc.span(start, end),
            match=text[start:end].strip(),
            seen_by="model",
            confidence=round(confidence, 2),
        )
        if found is None:
            continue
        if tag == "vague":
            section = doc.section_of(start)
            found.params.update(missing_fact(section))
        rule = found.rule
        if rule.severity > Severity.warning:
            rule = replace(rule, severity=Severity.warning)
        out.append(replace(found, rule=rule))
    return out
