"""Precision and recall per tag on labelled appeals, and the speed of the linter.

Fixtures are TOML files (see tests/appeals/fixtures/): `[[case]]` tables are whole appeals with
the tags they should get (`expect = []` for a good appeal); `[[flaw]]` tables put one flaw into a
good appeal (`base`) by inserting a sentence, dropping a section or replacing a phrase, so every
flaw is measured inside an otherwise sound appeal; `benign = [...]` lists single sentences from
sound appeals that must produce no finding at all.

    python -m reinstate.appeals.evaluate [FIXTURE_DIR]
"""

from __future__ import annotations

import re
import statistics
import sys
import time
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reinstate.appeals.lint import lint_text, normalise
from reinstate.appeals.sections import find_sections
from reinstate.rules import Registry, Severity

DEFAULT_DIR = Path(__file__).resolve().parents[3] / "tests" / "appeals" / "fixtures"
TONE_TAGS = frozenset(
    {
        "blames_amazon",
        "blames_customer",
        "emotional",
        "excuse",
        "vague",
        "unverifiable_claim",
        "future_tense_actions",
    }
)
_CONTEXT = ("asins", "channel", "appeals_used", "appeal_limit", "category")


@dataclass
class Sample:
    id: str
    lang: str
    text: str
    expect: frozenset[str]
    good: bool
    context: dict[str, Any] = field(default_factory=dict)


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


def load_samples(folder: Path = DEFAULT_DIR, *, bases: Path | None = None) -> list[Sample]:
    """Every labelled sample in the folder (or one file): whole cases first, then composed flaws.

    With `bases`, flaws may also build on the good appeals of that fixture folder, which are
    not scored themselves (held-out batches reuse the fixture appeals this way).
    """
    cases: dict[str, dict[str, Any]] = {}
    flaws: list[dict[str, Any]] = []
    sentences: list[str] = []
    known: dict[str, dict[str, Any]] = {}
    if bases is not None:
        for path in sorted(bases.glob("*.toml")):
            for case in tomllib.loads(path.read_text(encoding="utf-8")).get("case", []):
                known[case["id"]] = case
    paths = [folder] if folder.is_file() else sorted(folder.glob("*.toml"))
    for path in paths:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for case in data.get("case", []):
            if case["id"] in cases:
                raise ValueError(f"duplicate fixture id {case['id']} in {path.name}")
            cases[case["id"]] = case
        flaws.extend(data.get("flaw", []))
        sentences.extend(data.get("benign", []))
    samples = [_sample(case, case["text"], cases) for case in cases.values()]
    prefix = f"{folder.stem}-" if folder.is_file() else ""
    for index, sentence in enumerate(sentences, start=1):
        lang = "zh" if re.search(r"[\u4e00-\u9fff]", sentence) else "en"
        samples.append(
            Sample(
                f"{prefix}sentence-{index}",
                lang,
                sentence,
                frozenset(),
                True,
                {"require_sections": False},
            )
        )
    known.update(cases)
    for index, flaw in enumerate(flaws, start=1):
        base = known[flaw["base"]]
        merged = {**{k: base[k] for k in _CONTEXT if k in base}, **flaw}
        merged.setdefault("id", f"{prefix}{flaw['base']}+{index}")
        merged.setdefault("lang", base["lang"])
        samples.append(_sample(merged, _apply(base["text"], flaw), cases))
    return samples


def _sample(data: dict[str, Any], text: str, cases: dict[str, dict[str, Any]]) -> Sample:
    context = {k: data[k] for k in _CONTEXT if k in data}
    earlier = [cases[e]["text"] if e in cases else e for e in data.get("earlier", [])]
    if earlier:
        context["earlier_texts"] = earlier
    expect = frozenset(data.get("expect", []))
    return Sample(data["id"], data.get("lang", "en"), text, expect, not expect, context)


def _apply(text: str, flaw: dict[str, Any]) -> str:
    op = flaw.get("op", "insert")
    if op == "drop":
        section = next(s for s in find_sections(normalise(text)) if s.name == flaw["section"])
        return text[: section.start] + text[section.end :]
    if op == "replace":
        if flaw["find"] not in text:
            raise ValueError(f"{flaw['base']}: {flaw['find']!r} not found")
        return text.replace(flaw["find"], flaw["text"], 1)
    if op == "append_base":
        return text + "\n\n" + flaw["text"]
    where = flaw.get("where", "end")
    sentence = "\n\n".join([flaw["text"]] * int(flaw.get("repeat", 1)))
    if where == "start":
        head, _, rest = text.partition("\n")
        return f"{head}\n{sentence}\n{rest}"
    if where == "end":
        return f"{text.rstrip()}\n\n{sentence}"
    section = next(s for s in find_sections(normalise(text)) if s.name == where)
    body = text[section.start : section.end].rstrip()
    return text[: section.start] + body + "\n" + sentence + "\n\n" + text[section.end :].lstrip()


def evaluate(
    samples: Iterable[Sample], registry: Registry | None = None
) -> tuple[dict[str, TagScore], list[str]]:
    """Scores per tag and a list of readable misses (false alarms and misses)."""
    scores: dict[str, TagScore] = {}
    problems: list[str] = []
    for sample in samples:
        report = lint_text(sample.text, registry=registry, **sample.context)
        got = report.tags
        for tag in got | sample.expect:
            score = scores.setdefault(tag, TagScore())
            if tag in got and tag in sample.expect:
                score.tp += 1
            elif tag in got:
                score.fp += 1
                codes = [f.code for f in report.findings if tag in f.rule.tags]
                matched = [f.params.get("match") for f in report.findings if tag in f.rule.tags]
                problems.append(f"false alarm {tag} {codes} {matched} in {sample.id}")
            else:
                score.fn += 1
                problems.append(f"missed {tag} in {sample.id}")
        if sample.good and any(f.severity >= Severity.error for f in report.findings):
            problems.append(f"good appeal {sample.id} got an error or critical finding")
        elif sample.good and got & TONE_TAGS:
            problems.append(f"good appeal {sample.id} got a tone warning {sorted(got & TONE_TAGS)}")
    return scores, problems


def speed(text: str, *, runs: int = 200, registry: Registry | None = None) -> float:
    """Median warm time in milliseconds to lint `text`."""
    lint_text(text, registry=registry)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        lint_text(text, registry=registry)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def thousand_word_appeal(samples: list[Sample]) -> str:
    """A 1,000-word English appeal built from the good fixtures (sections repeated in order)."""
    goods = [s.text for s in samples if s.good and s.lang == "en"]
    words: list[str] = []
    paragraphs: list[str] = []
    for text in goods:
        for paragraph in text.split("\n\n"):
            paragraphs.append(paragraph)
            words.extend(paragraph.split())
            if len(words) >= 1000:
                break
        if len(words) >= 1000:
            break
    return "\n\n".join(paragraphs)


def format_table(scores: dict[str, TagScore]) -> str:
    lines = [f"{'tag':<26}{'precision':>10}{'recall':>9}{'tp':>5}{'fp':>5}{'fn':>5}"]
    for tag in sorted(scores):
        s = scores[tag]
        p = "-" if s.precision is None else f"{s.precision:.2f}"
        r = "-" if s.recall is None else f"{s.recall:.2f}"
        lines.append(f"{tag:<26}{p:>10}{r:>9}{s.tp:>5}{s.fp:>5}{s.fn:>5}")
    total = TagScore(
        sum(s.tp for s in scores.values()),
        sum(s.fp for s in scores.values()),
        sum(s.fn for s in scores.values()),
    )
    lines.append(
        f"{'all tags (micro)':<26}{total.precision or 0:>10.2f}{total.recall or 0:>9.2f}"
        f"{total.tp:>5}{total.fp:>5}{total.fn:>5}"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["--heldout"]:
        return _heldout([Path(a) for a in args[1:]])
    folder = Path(args[0]) if args else DEFAULT_DIR
    samples = load_samples(folder)
    scores, problems = evaluate(samples)
    good = sum(1 for s in samples if s.good)
    print(f"{len(samples)} labelled samples ({good} good, {len(samples) - good} with flaws)")
    print(format_table(scores))
    for line in problems:
        print("  " + line)
    text = thousand_word_appeal(samples)
    print(f"lint of a {len(text.split())}-word appeal: {speed(text):.2f} ms median warm")
    return 0


def _heldout(paths: list[Path]) -> int:
    """Score held-out batches (flaws built on the fixture appeals); no speed run."""
    for path in paths:
        samples = load_samples(path, bases=DEFAULT_DIR)
        scores, problems = evaluate(samples)
        good = [s for s in samples if s.good]
        noisy = {p.split()[2] for p in problems if p.startswith("good appeal")}
        print(f"{path.name}: {len(samples) - len(good)} flawed, {len(good)} sound samples")
        print(format_table(scores))
        print(f"sound samples with an error/critical finding or a tone tag: {len(noisy)}")
        for line in problems:
            print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())


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


@dataclass
class AppealScores:
    """Per-tag counts on labelled appeals, and the sound appeals that got any tag at all."""

    tags: dict[str, TagScore] = field(default_factory=dict)
    sound: int = 0
    sound_flagged: int = 0

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

    @property
    def target_recall(self) -> float:
        tp = sum(self.tags.get(t, TagScore()).tp for t in TARGET_TAGS)
        fn = sum(self.tags.get(t, TagScore()).fn for t in TARGET_TAGS)
        return tp / (tp + fn) if tp + fn else 0.0

    @property
    def false_alarm_rate(self) -> float:
        return self.sound_flagged / self.sound if self.sound else 0.0


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

    Grouped cross-validation: for every author of the appeals, both stages are trained on the
    other authors' sentences and appeals and scored on that author's appeals only.
    """
    from reinstate.appeals.checks import Document
    from reinstate.appeals.model import Weights, load_weights, opinion, sentence_texts
    from reinstate.appeals.train import train

    docs = [Document(a["text"], normalise(a["text"])) for a in appeals]
    rules = [
        lint_text(a["text"], require_sections=a.get("kind", "appeal") == "appeal").tags
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
        for i, appeal in enumerate(appeals):
            if appeal.get("author", "") == author:
                out["unseen_author"].add(set(appeal["flaws"]), predict(weights, i), appeal["sound"])
    return out


def format_appeal_scores(results: dict[str, AppealScores]) -> str:
    names = list(results)
    tags = sorted({t for r in results.values() for t in r.tags})
    head = f"{'tag':<24}" + "".join(f"{n + ' P':>16}{n + ' R':>16}" for n in names)
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
        lines.append(
            f"{name:<14} flaw recall over * tags {result.target_recall:.2f}; "
            f"sound appeals with any finding {result.sound_flagged}/{result.sound} "
            f"({result.false_alarm_rate:.0%})"
        )
    return "\n".join(lines)


def _inside(path: Path, folder: Path) -> bool:
    return path.resolve().is_relative_to(folder.resolve())


def eval_appeals_command(labelled: Path, sentences: Path | None = None) -> int:
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
    print(f"{labelled}: {len(appeals)} labelled texts, {len(sentence_rows)} training sentences")
    print(format_appeal_scores(results))
    return 0
