"""`reinstate eval appeals`: precision and recall per tag on the user's labelled appeals, for
the rules alone, the shipped rules + model, and the model retrained in-sample and unseen-author.

The fixture harness (TOML fixtures with composed flaws, and the speed of the linter) is test and
bench tooling: tests/support/appeal_fixtures.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reinstate.appeals.lint import lint_text, normalise


@dataclass
class TagScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None


# --- Labelled appeals (JSONL) with the semantic second opinion: `reinstate eval appeals` ---

# The flaws the recall target is measured over.
TARGET_TAGS = (
    "vague",
    "emotional",
    "blames_amazon",
    "blames_customer",
    "excuse",
    "no_root_cause",
    "wrong_channel",
    "legal_threat",
    "rude_language",
)


def info_tags() -> frozenset[str]:
    """Tags only info-level rules carry (`part_unclear`): a note to check, not a fault found."""
    from reinstate.rules import Severity, default_registry

    rules = default_registry().for_target("text")
    serious = {t for r in rules if r.severity > Severity.info for t in r.tags}
    return frozenset(t for r in rules for t in r.tags if t not in serious)


@dataclass
class AppealScores:
    """Per-tag counts on labelled appeals; the sound appeals that got any tag at all (the info
    note included, the issue's strict figure), and those that got a warning or worse."""

    tags: dict[str, TagScore] = field(default_factory=dict)
    sound: int = 0
    sound_flagged: int = 0
    sound_warned: int = 0
    notes: frozenset[str] = field(default_factory=info_tags)

    def add(self, expected: set[str], got: set[str], sound: bool) -> None:
        for tag in expected | got:
            score = self.tags.setdefault(tag, TagScore())
            if tag in expected and tag in got:
                score.tp += 1
            elif tag in got:
                score.fp += 1
            else:
                score.fn += 1
        if sound:
            self.sound += 1
            self.sound_flagged += bool(got)
            self.sound_warned += bool(got - self.notes)

    @property
    def target_recall(self) -> float:
        tp = sum(self.tags.get(t, TagScore()).tp for t in TARGET_TAGS)
        fn = sum(self.tags.get(t, TagScore()).fn for t in TARGET_TAGS)
        return tp / (tp + fn) if tp + fn else 0.0

    @property
    def false_alarm_rate(self) -> float:
        return self.sound_flagged / self.sound if self.sound else 0.0

    @property
    def warning_rate(self) -> float:
        return self.sound_warned / self.sound if self.sound else 0.0


def evaluate_appeals(
    appeals: list[dict[str, Any]],
    sentences: list[dict[str, Any]],
    cache: Any,
) -> dict[str, AppealScores]:
    """Rules alone, the shipped rules + model, rules + model retrained in-sample, and rules +
    model retrained on each author left out.

    `shipped` is what `reinstate lint --semantic` answers today, with the weights in the package:
    on a file nobody trained on (an agency's archive, the held-out corpus) it is the honest figure.
    It reads the embeddings from `cache` (float16, the training cache) rather than running the
    model on every sentence again, which took minutes; the scores differ in the fourth decimal.

    Grouped cross-validation: for every author of the appeals, every stage is trained on the
    other authors' sentences and appeals and scored on that author's appeals only; the scores of
    each author left out are also kept apart, as `unseen_author:<author>`.
    """
    from reinstate.appeals.checks import Document
    from reinstate.appeals.model import Weights, load_weights, opinion, sentence_texts
    from reinstate.appeals.train import train

    docs = [Document(a["text"], normalise(a["text"])) for a in appeals]
    rules = [
        lint_text(
            a["text"],
            require_sections=a.get("kind", "appeal") == "appeal",
            category=a.get("category"),
        ).tags
        for a in appeals
    ]
    texts = [sentence_texts(d) for d in docs]

    def predict(weights: Weights, index: int) -> set[str]:
        probs = weights.probs(texts[index], cache.embed)
        return rules[index] | set(opinion(docs[index], rules[index], weights, probs).tags)

    out = {
        "rules": AppealScores(),
        "shipped": AppealScores(),
        "in_sample": AppealScores(),
        "unseen_author": AppealScores(),
    }
    shipped = load_weights()
    for i, appeal in enumerate(appeals):
        out["rules"].add(set(appeal["flaws"]), rules[i], appeal["sound"])
        if shipped is not None:
            out["shipped"].add(set(appeal["flaws"]), predict(shipped, i), appeal["sound"])
    if shipped is None:
        del out["shipped"]
    everything = Weights.from_json(train(sentences, appeals, cache, appeal_rule_tags=rules))
    for i, appeal in enumerate(appeals):
        out["in_sample"].add(set(appeal["flaws"]), predict(everything, i), appeal["sound"])
    authors = sorted({a.get("author", "") for a in appeals})
    if len(authors) < 2:
        del out["unseen_author"]
        return out
    for author in authors:
        train_idx = [i for i, a in enumerate(appeals) if a.get("author", "") != author]
        weights = Weights.from_json(
            train(
                [s for s in sentences if s.get("author", "") != author],
                [appeals[i] for i in train_idx],
                cache,
                appeal_rule_tags=[rules[i] for i in train_idx],
            )
        )
        alone = out[f"unseen_author:{author}"] = AppealScores()
        for i, appeal in enumerate(appeals):
            if appeal.get("author", "") == author:
                got = predict(weights, i)
                out["unseen_author"].add(set(appeal["flaws"]), got, appeal["sound"])
                alone.add(set(appeal["flaws"]), got, appeal["sound"])
    return out


def format_appeal_scores(results: dict[str, AppealScores], lang: str = "en") -> str:
    from reinstate.i18n import tr

    names = [n for n in results if ":" not in n]
    tags = sorted({t for r in results.values() for t in r.tags})
    head = f"{tr('appeals.eval.tag', lang):<24}" + "".join(
        f"{n + ' P':>16}{n + ' R':>16}" for n in names
    )
    lines = [head]

    def fmt(value: float | None) -> str:
        return "-" if value is None else f"{value:.2f}"

    for tag in tags:
        row = f"{('* ' if tag in TARGET_TAGS else '  ') + tag:<24}"
        for name in names:
            score = results[name].tags.get(tag, TagScore())
            row += f"{fmt(score.precision):>16}{fmt(score.recall):>16}"
        lines.append(row)
    lines.append("")
    for name, result in results.items():
        if name.startswith("unseen_author:") and not lines[-1].startswith("  "):
            lines.append(tr("appeals.eval.by_author", lang))
        if ":" in name:
            name = "  " + name.split(":", 1)[1]
        summary = tr(
            "appeals.eval.summary",
            lang,
            recall=f"{result.target_recall:.2f}",
            flagged=result.sound_flagged,
            sound=result.sound,
            share=f"{result.false_alarm_rate:.0%}",
            warned=result.sound_warned,
            warned_share=f"{result.warning_rate:.0%}",
        )
        lines.append(f"{name:<14} {summary}")
    return "\n".join(lines)


def _inside(path: Path, folder: Path) -> bool:
    return path.resolve().is_relative_to(folder.resolve())


def eval_appeals_command(labelled: Path, sentences: Path | None = None, lang: str = "en") -> int:
    """`reinstate eval appeals LABELLED.jsonl`: the table, in-sample next to unseen-author.

    The sentence classifiers train on the repository's sentence corpus (or `sentences`, a
    JSONL file or folder); embeddings are cached in corpus/embeddings.npz.
    """
    from reinstate import semantic
    from reinstate.appeals.train import CACHE_NAME, CORPUS, EmbeddingCache, read_jsonl
    from reinstate.errors import ReinstateError

    if not labelled.is_file():
        raise ReinstateError("eval_file_missing", path=labelled)
    try:
        appeals = read_jsonl(labelled)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ReinstateError("eval_file_invalid", path=labelled, problem=str(exc)) from exc
    required = {"text", "flaws", "sound"}
    if not appeals or any(not isinstance(a, dict) or required - set(a) for a in appeals):
        raise ReinstateError(
            "eval_file_invalid", path=labelled, problem="each line needs text, flaws, sound"
        )
    source = sentences or CORPUS / "sentences"
    files = sorted(source.glob("*.jsonl")) if source.is_dir() else [source]
    sentence_rows = [r for p in files for r in read_jsonl(p)]
    if not semantic.available():
        raise ReinstateError("semantic_unavailable")
    cache = EmbeddingCache(CORPUS / CACHE_NAME)
    try:
        results = evaluate_appeals(appeals, sentence_rows, cache)
    finally:
        # Only the training corpus belongs in the repository's cache: a held-out or outside
        # file's sentences are embedded for this run and forgotten.
        if _inside(labelled, CORPUS) and not _inside(labelled, CORPUS / "heldout"):
            cache.save()
    from reinstate.i18n import tr

    print(
        tr(
            "appeals.eval.head",
            lang,
            path=labelled,
            texts=len(appeals),
            sentences=len(sentence_rows),
        )
    )
    print(format_appeal_scores(results, lang))
    return 0
