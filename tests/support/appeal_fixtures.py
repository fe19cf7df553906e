"""Precision and recall per tag on the fixture appeals, and the speed of the linter (test and
bench tooling, not shipped).

Fixtures are TOML files (see tests/appeals/fixtures/): `[[case]]` tables are whole appeals with
the tags they should get (`expect = []` for a good appeal); `[[flaw]]` tables put one flaw into a
good appeal (`base`) by inserting a sentence, dropping a section or replacing a phrase, so every
flaw is measured inside an otherwise sound appeal; `benign = [...]` lists single sentences from
sound appeals that must produce no finding at all.

    python tests/support/appeal_fixtures.py [FIXTURE_DIR]
    python tests/support/appeal_fixtures.py --heldout FILE...
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

from reinstate.appeals.evaluate import TagScore
from reinstate.appeals.lint import lint_text, normalise
from reinstate.appeals.sections import find_sections
from reinstate.rules import Registry, Severity

DEFAULT_DIR = Path(__file__).resolve().parents[1] / "appeals" / "fixtures"
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
