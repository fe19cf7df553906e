"""`reinstate eval notices LABELLED.jsonl`: accuracy and confusion matrices on labelled notices.

Labelled notices are JSON lines in the corpus format (corpus/notices/BRIEF.md): `text` plus any of
`category stage status deadline_days deadline_date asins` and `author`. Without `--cv` the reader
as installed is measured (rules, plus the model when the semantic layer is there). With `--cv`
the model is retrained on all authors but one and tested on that one, for each author in turn:
the unseen-author figure, printed next to the in-sample one and the rules alone.
"""

from __future__ import annotations

import copy
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from reinstate.notices.model import Notice

FIELDS = ("category", "stage", "status", "deadline", "asins")
LABELLED = ("category", "stage", "status")
SURE = 0.7


def outcome(name: str, row: dict[str, Any], notice: Notice) -> tuple[str, str, bool] | None:
    """(expected class, predicted class, correct) of one field, or None when not labelled.

    A deadline is right when the stated days match, and the date when one is labelled; a date
    computed from stated days and the notice date is not held against a label without one.
    """
    if name in LABELLED:
        if name not in row:
            return None
        want, got = str(row[name] or "other"), getattr(notice, name)
        return want, got, want == got
    if name == "deadline":
        if "deadline_days" not in row and "deadline_date" not in row:
            return None
        days, when = row.get("deadline_days"), row.get("deadline_date")
        got_when = notice.deadline_date.isoformat() if notice.deadline_date else None
        if when is not None:
            ok = got_when == when and (days is None or notice.deadline_days == days)
        else:
            ok = notice.deadline_days == days
        want = "date" if when is not None else ("days" if days is not None else "none")
        nothing = notice.deadline_days is None and got_when is None
        return want, "none" if nothing else ("right" if ok else "wrong"), ok
    if "asins" not in row:
        return None
    want_set, got_set = set(row["asins"] or []), set(notice.asins)
    got = "exact" if want_set == got_set else ("missed" if want_set - got_set else "extra")
    return ("some" if want_set else "none"), got, want_set == got_set


def score(rows: Sequence[dict[str, Any]], notices: Sequence[Notice]) -> dict[str, Any]:
    """Accuracy and confusion matrix per field."""
    out: dict[str, Any] = {}
    for name in FIELDS:
        matrix: dict[str, Counter[str]] = defaultdict(Counter)
        correct = total = sure_wrong = sure = 0
        misses: list[str] = []
        for row, notice in zip(rows, notices, strict=True):
            result = outcome(name, row, notice)
            if result is None:
                continue
            want, got, ok = result
            matrix[want][got] += 1
            total += 1
            correct += ok
            ev = notice.evidence.get(name)
            confident = ev is not None and ev.confidence >= SURE
            sure += confident
            if not ok:
                misses.append(str(row.get("id")))
                sure_wrong += confident
        if total:
            out[name] = {
                "accuracy": round(correct / total, 4),
                "correct": correct,
                "total": total,
                # wrong answers given with confidence >= SURE: honest confidence keeps it low
                "confident_wrong": sure_wrong,
                # calibration: how many answers were given with confidence >= SURE, and how
                # many of those were right
                "confident": sure,
                "confident_accuracy": round((sure - sure_wrong) / sure, 4) if sure else None,
                "confusion": {w: dict(sorted(c.items())) for w, c in sorted(matrix.items())},
                "misses": misses,
            }
    return out


def _with_model(
    notices: Sequence[Notice],
    model: Any,
    vectors: Any,
    static: Any = None,
    embedded: list[int] | None = None,
) -> list[Notice]:
    """The combined answers, the first stage deciding as at run time which notices need their
    embedding (`static`: the notices' static vectors, computed when not given); `embedded`
    collects the count of those that did."""
    from reinstate.notices.learned import apply, gated, static_vectors

    out = [copy.deepcopy(n) for n in notices]
    if static is None:
        static = static_vectors(out)
    sure = gated(out, model.quick, static)
    for i, (combined, vector, skip) in enumerate(zip(out, vectors, sure, strict=True)):
        if not skip:
            apply(combined, model, vector, static[i] if static is not None else None)
    if embedded is not None:
        embedded.append(len(out) - sum(sure))
    return out


def measure(
    rows: Sequence[dict[str, Any]],
    *,
    cv: bool = False,
    cache: Path | None = None,
    progress: Callable[[int], None] | None = None,
    gate: float | None = None,
) -> dict[str, Any]:
    """The figures `reinstate eval notices` prints, as a dict (the JSON output). With `gate`,
    every `--cv` model uses that gate instead of choosing its own by nested folds: the same
    figures but for the gate, in a twentieth of the time (the fast loop for tuning)."""
    from reinstate import semantic
    from reinstate.errors import ReinstateError
    from reinstate.notices.learned import current_model
    from reinstate.notices.train import embed_all, model_of, rules_of, static_of

    if not rows:
        raise ReinstateError("labelled_empty")
    notices, rules, excerpts = rules_of(rows)
    result: dict[str, Any] = {"notices": len(rows), "rules": score(rows, notices)}
    model = current_model() if semantic.available() else None
    if cv and not semantic.available():
        raise ReinstateError("semantic_needed")
    if not semantic.available() or (model is None and not cv):
        result["method"] = "rules"
        result["reader"] = result["rules"]
        return result
    vectors = embed_all(excerpts, cache, progress)
    result["method"] = "rules+model"
    if model is not None:
        result["reader"] = score(rows, _with_model(notices, model, vectors))
    if not cv:
        return result
    groups = sorted({str(r.get("author")) for r in rows})
    if len(groups) < 2:
        raise ReinstateError("cv_groups")
    static = static_of(notices)
    ran: list[int] = []
    result["in_sample"] = score(
        rows,
        _with_model(
            notices, model_of(rows, vectors, rules, static, notices, gate), vectors, static, ran
        ),
    )
    predicted: list[Notice | None] = [None] * len(rows)
    folds = {}
    ran.clear()
    for group in groups:
        train = [i for i, r in enumerate(rows) if str(r.get("author")) != group]
        test = [i for i, r in enumerate(rows) if str(r.get("author")) == group]
        fold = model_of(
            [rows[i] for i in train],
            vectors[train],
            rules[train],
            static[train],
            [notices[i] for i in train],
            gate,
        )
        got = _with_model([notices[i] for i in test], fold, vectors[test], static[test], ran)
        for i, n in zip(test, got, strict=True):
            predicted[i] = n
        folds[group] = {
            name: value["accuracy"] for name, value in score([rows[i] for i in test], got).items()
        }
        assert fold.quick is not None
        folds[group]["gate"] = fold.quick.gate
    result["unseen_author"] = score(rows, [n for n in predicted if n is not None])
    # how often the gate let the embedding run, with each fold's gate chosen on its training
    # authors only
    result["embedded_share"] = round(sum(ran) / len(rows), 4)
    result["folds"] = folds
    return result


def render(result: dict[str, Any], lang: str) -> str:
    """The text report: an accuracy table, then a confusion matrix per field."""
    from reinstate.i18n import tr

    def method(key: str) -> str:
        return tr(f"notices.eval.method.{key}", lang)

    columns = [k for k in ("rules", "reader", "in_sample", "unseen_author") if k in result]
    lines = [
        tr("notices.eval.head", lang, count=result["notices"], method=result["method"]),
        "",
        tr("notices.eval.accuracy", lang),
    ]
    lines.append(f"  {'':10}" + "".join(f"{k:>15}" for k in columns))
    for name in FIELDS:
        cells = [
            f"{result[k][name]['accuracy']:>15.1%}" if name in result[k] else f"{'-':>15}"
            for k in columns
        ]
        lines.append(f"  {name:10}" + "".join(cells))
    wrong = "".join(
        f"{result[k][n].get('confident_wrong', 0):>15}" if n in result[k] else f"{'-':>15}"
        for k in columns
        for n in ("category",)
    )
    lines.append(f"  {tr('notices.eval.confident_wrong', lang)}")
    lines.append(f"  {'':10}{wrong}")
    lines.append("  " + "; ".join(f"{k} = {method(k)}" for k in columns))
    final = columns[-1]
    lines.append("")
    lines.append(tr("notices.eval.confident", lang, sure=SURE, method=method(final)))
    for name in FIELDS:
        got = result[final].get(name)
        if got and got.get("confident_accuracy") is not None:
            share = got["confident"] / got["total"]
            lines.append(f"  {name:10}{share:>15.1%}{got['confident_accuracy']:>15.1%}")
    if "folds" in result:
        lines.append("")
        lines.append(tr("notices.eval.by_author", lang))
        for group, acc in result["folds"].items():
            row = "  ".join(f"{n} {acc[n]:.1%}" for n in FIELDS if n in acc)
            lines.append(f"  {group:6} {row}")
        gates = ", ".join(f"{g} {acc['gate']}" for g, acc in result["folds"].items())
        share = f"{result['embedded_share']:.1%}"
        lines.append(tr("notices.eval.embedded", lang, share=share, gates=gates))
    lines.append("")
    lines.append(tr("notices.eval.confusion", lang, method=method(final)))
    for name in FIELDS:
        if name in result[final]:
            lines.extend(_matrix(name, result[final][name]["confusion"]))
    return "\n".join(lines)


def _matrix(name: str, confusion: dict[str, dict[str, int]]) -> list[str]:
    rows = sorted(confusion)
    answers = sorted({g for row in confusion.values() for g in row})
    if name in LABELLED:  # same vocabulary on both sides: number the columns like the rows
        rows = answers = sorted(set(rows) | set(answers))
        heads = [str(i + 1) for i in range(len(answers))]
    else:
        heads = answers
    width = max(len(x) for x in rows)
    cell = max(5, *(len(h) + 1 for h in heads))
    out = ["", f"  {name}"]
    out.append("  " + " " * (width + 4) + "".join(f"{h:>{cell}}" for h in heads))
    for i, want in enumerate(rows):
        row = confusion.get(want, {})
        cells = "".join(f"{row.get(g, 0) or '.':>{cell}}" for g in answers)
        out.append(f"  {i + 1:>2} {want:<{width}} {cells}")
    return out
