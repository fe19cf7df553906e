"""Embeddings of notice excerpts, embedded in batches and kept on disk between runs.

Embedding the excerpt is nearly all of the learned model's cost (about 0.1 s of CPU per notice
on a 2-core machine; the regression and the vote take under a millisecond). So a run over many
files embeds the excerpts in batches (the engine spreads a batch over the cores), and every
vector is kept in the user cache directory (`REINSTATE_CACHE_DIR` overrides it), one small file
per excerpt, named by the hash of the excerpt and of the model: reading the same notices again,
as an agency does with its archive, does not load the model at all.

Vectors are stored and used as float16, as the corpus embeddings are, so a cached run and a
fresh one give the same answers. Writers write a private temporary file and `os.replace` it
into place, so concurrent runs never read half a vector; a cache that cannot be read or written
is ignored (the excerpt is embedded again).
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable, Sequence
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

ENV = "REINSTATE_CACHE_DIR"
# Texts per call to the engine: large enough to keep both cores busy, small enough for the
# progress bar to move.
BATCH = 16


def cache_dir() -> Path:
    from reinstate import semantic

    model = hashlib.blake2b(semantic.model_id().encode(), digest_size=6).hexdigest()
    override = os.environ.get(ENV)
    if override:
        return Path(override) / "notice-vectors" / model
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("reinstate")) / "notice-vectors" / model


def key(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()


def _read(path: Path) -> np.ndarray | None:
    import numpy as np

    from reinstate import semantic

    try:
        data = path.read_bytes()
    except OSError:
        return None
    if len(data) != semantic.DIM * 2:  # cut short by a full disk, or another format
        return None
    return np.frombuffer(data, dtype=np.float16).astype(np.float32)


def _write(folder: Path, path: Path, row: np.ndarray) -> None:
    import numpy as np

    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".tmp-")
    except OSError:
        return
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(row.astype(np.float16).tobytes())
        os.replace(tmp, path)
    except OSError:
        with suppress(OSError):
            Path(tmp).unlink()


def embed(texts: Sequence[str], progress: Callable[[int], None] | None = None) -> np.ndarray:
    """One float32 row per text (float16 precision), from the disk cache where present.

    `progress(n)` is called as texts are done (cached ones at once, the others per batch)."""
    import numpy as np

    from reinstate import semantic

    folder = cache_dir()
    keys = [key(t) for t in texts]
    rows: dict[str, np.ndarray] = {}
    for k in dict.fromkeys(keys):
        row = _read(folder / k)
        if row is not None:
            rows[k] = row
    cached = sum(1 for k in keys if k in rows)
    if progress and cached:
        progress(cached)
    missing = list(dict.fromkeys(t for t, k in zip(texts, keys, strict=True) if k not in rows))
    for start in range(0, len(missing), BATCH):
        chunk = missing[start : start + BATCH]
        fresh = semantic.embed(chunk).astype(np.float16)
        for text, row in zip(chunk, fresh, strict=True):
            k = key(text)
            rows[k] = row.astype(np.float32)
            _write(folder, folder / k, row)
        if progress:
            progress(sum(1 for k in keys if k in {key(t) for t in chunk}))
    if not texts:
        return np.zeros((0, semantic.DIM), dtype=np.float32)
    return np.vstack([rows[k] for k in keys])
