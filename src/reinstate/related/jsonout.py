"""Stream a report's JSON: the envelope indented, each item of its long lists on one line.

An agency's file gives hundreds of thousands of clusters and findings: the document is written
item by item, a megabyte at a time (never held whole in memory): clusters, links and evidence
as text from their fields, findings from their links (findings.py), the rest with the C encoder
(indented output would use the slower pure-Python one). Each item's text is what the C encoder
writes of its `to_json`, so the document parses to the same value as `json.dumps` of the full
report.
"""

from __future__ import annotations

import codecs
import json
import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from typing import IO, TYPE_CHECKING, Any, TypeVar

from reinstate.i18n import LANGS, both
from reinstate.related.attributes import JOIN, label

if TYPE_CHECKING:
    from reinstate.related.model import Cluster, Evidence, Link
    from reinstate.rules import Finding

_ITEM = json.JSONEncoder(ensure_ascii=False, default=str, separators=(", ", ": "))
# The C encoder behind `_ITEM.encode`, made once: `encode` makes a new one for every item (and a
# set to look for cycles, which a report has none of). Same text.
_C_ITEM = getattr(json.encoder, "c_make_encoder", None)
_STRING = getattr(json.encoder, "c_encode_basestring", None) or json.encoder.py_encode_basestring


def encode(item: Any) -> str:
    """`_ITEM.encode(item)`: one list item's JSON text."""
    if _ENCODER is None:
        return _ITEM.encode(item)
    return "".join(_ENCODER(item, 0))


_ENCODER = _C_ITEM(None, str, _STRING, None, ": ", ", ", False, False, True) if _C_ITEM else None


class Texts:
    """A list's items already encoded as JSON text (str, or bytes in UTF-8), written as they are."""

    def __init__(self, items: Iterable[str] | Iterable[bytes]) -> None:
        self.items = items

    def __iter__(self) -> Iterator[str | bytes]:
        return iter(self.items)


class Forked(Texts):
    """Items whose text a forked child makes (`start`) while this process writes what comes
    before them in the document: the second core at work on an agency's file, whose clusters
    and findings are most of the run's last step. Where no child can be forked, or one failed,
    the items are made here when their turn comes, the same text."""

    def __init__(self, items: Iterable[str] | Iterable[bytes]) -> None:
        super().__init__(items)
        self._child: tuple[int, IO[bytes]] | None = None
        # the lists after these items in the document, made while the child makes these
        self.meanwhile: list[Spooled] = []

    def start(self, errors: str) -> None:
        """Fork the child that writes the items, joined, in UTF-8 to a private temporary file."""
        import tempfile

        if not hasattr(os, "fork"):
            return
        spool = tempfile.TemporaryFile()  # noqa: SIM115 - closed by `made`, in this process
        pid = os.fork()
        if pid == 0:  # the child: its exit code says whether the file is whole
            code = 1
            try:
                for piece in _items(self.items, errors):
                    spool.write(piece)
                spool.flush()
                code = 0
            finally:
                os._exit(code)  # never the parent's exit handlers or stdout buffer
        self._child = (pid, spool)

    def made(self, errors: str) -> Iterator[bytes]:
        """The items' text, joined (nothing when there are none): the child's when it made it.
        While the child works, this process makes the `Spooled` lists of `meanwhile`."""
        if self._child is not None:
            pid, spool = self._child
            self._child = None
            for later in self.meanwhile:
                later.spool(errors)
            with spool:
                if os.waitpid(pid, 0)[1] == 0:
                    spool.seek(0)
                    while piece := spool.read(BATCH):
                        yield piece
                    return
        yield from _items(self.items, errors)


class Spooled(Texts):
    """Items that come after a `Forked` list in the document: while its child works, this
    process makes their text into a private temporary file (`spool`) instead of waiting, and
    copies it out when their turn comes. Items never spooled are made in turn, the same text."""

    def __init__(self, items: Iterable[str] | Iterable[bytes]) -> None:
        super().__init__(items)
        self._spool: IO[bytes] | None = None

    def spool(self, errors: str) -> None:
        import tempfile

        if self._spool is not None:
            return
        spool = tempfile.TemporaryFile()  # noqa: SIM115 - closed by `made`
        for piece in _items(self.items, errors):
            spool.write(piece)
        spool.flush()
        self._spool = spool

    def made(self, errors: str) -> Iterator[bytes]:
        """The items' text, joined (nothing when there are none)."""
        if self._spool is None:
            yield from _items(self.items, errors)
            return
        spool, self._spool = self._spool, None
        with spool:
            spool.seek(0)
            while piece := spool.read(BATCH):
                yield piece


class Parts:
    """One list of the document whose items come from several `Texts` in turn (some `Forked`)."""

    def __init__(self, parts: list[Texts]) -> None:
        self.parts = parts


# `text` as a JSON string (quoted), as the item encoder writes it
string: Callable[[str], str] = _STRING


# Per rule: the JSON text around a finding's message, location and params (name, severity,
# tags, why, fix and source are the same in all its findings), or None when its why or fix
# takes parameters.
_AROUND: dict[Any, tuple[str, str, str] | None] = {}


def around(finding: Finding) -> tuple[str, str, str] | None:
    rule = finding.rule
    if rule not in _AROUND:
        texts = [*rule.why.values(), *rule.fix.values()]
        if any("{" in t or "}" in t for t in texts):
            _AROUND[rule] = None
        else:
            whole = finding.to_json()
            enc = _ITEM.encode
            head = ", ".join(
                f"{enc(k)}: {enc(whole[k])}" for k in ("code", "name", "severity", "tags")
            )
            middle = ", ".join(f"{enc(k)}: {enc(whole[k])}" for k in ("why", "fix"))
            _AROUND[rule] = (
                "{" + head + ', "message": ',
                ", " + middle + ', "span": null, "location": ',
                ', "source": ' + enc(rule.source) + ', "params": ',
            )
    return _AROUND[rule]


def finding_text(item: Finding) -> str:
    """A finding's JSON text (`encode(item.to_json())`), with its rule's fixed parts made once."""
    parts = around(item) if item.span is None else None
    if parts is None:
        return encode(item.to_json())
    head, middle, tail = parts
    message = ", ".join(f"{_STRING(lang)}: {_STRING(item.message(lang))}" for lang in LANGS)
    location = _STRING(item.location) if type(item.location) is str else encode(item.location)
    return head + "{" + message + "}" + middle + location + tail + encode(item.params) + "}"


# Clusters, links and evidence written as text with the fields, order and numbers of their
# `to_json` (tests/related/test_jsonout.py holds the two equal): an agency's file gives a million
# pieces of evidence, and making each one's dict before the C encoder reads it was half the time.
_FLOAT = float.__repr__
T = TypeVar("T", str, bytes)


class Memo(dict[Any, T]):
    """The text of values a report repeats (attribute names, kinds, strengths), made once each;
    at most `CAP` are kept (fuzzy probabilities may all differ)."""

    CAP = 100_000

    def __init__(self, make: Callable[[Any], T]) -> None:
        super().__init__()
        self.make: Callable[[Any], T] = make

    def __missing__(self, key: Any) -> T:
        text = self.make(key)
        if len(self) < self.CAP:
            self[key] = text
        return text


NAME = Memo(_STRING)
_STRENGTH = Memo(lambda s: f'"strength": {_FLOAT(round(s, 3))}, "label": "{label(s)}"')


def _strings(items: Iterable[str]) -> str:
    return "[" + ", ".join(map(_STRING, items)) + "]"


def _strongest_first(e: Evidence) -> float:
    return -e.strength


# a crowded address's note, by its number of sharers
# keyed by (message, sharers): a crowded address's note, a shared line's, a provider's value's
_NOTE = Memo(lambda key: encode(both(key[0], count=key[1])))


def evidence_text(e: Evidence) -> str:
    """`encode(e.to_json())`."""
    p = e.probability
    note_id = e.note_id
    note = _NOTE[(note_id, e.sharers)] if note_id else "null"
    return (
        f'{{"attribute": {NAME[e.namespace]}, "kinds": [{NAME[e.kind_a]}, {NAME[e.kind_b]}], '
        f'"value": {_STRING(e.key)}, "raw": [{_STRING(e.raw_a)}, {_STRING(e.raw_b)}], '
        f'"method": {NAME[e.method]}, '
        f'"probability": {"null" if p is None else _FLOAT(round(p, 4))}, '
        f"{_STRENGTH[e.strength]}, "
        f'"shared_by": {int(e.sharers)}, "crowded": {"true" if e.crowded else "false"}, '
        f'"note": {note}}}'
    )


def link_text(link: Link) -> str:
    """`encode(link.to_json())`."""
    s = link.strength
    evidence = link.evidence
    if len(evidence) > 1:
        evidence = sorted(evidence, key=_strongest_first)
    names = sorted({e.namespace for e in evidence})
    return (
        f'{{"accounts": [{_STRING(link.a)}, {_STRING(link.b)}], {_STRENGTH[s]}, '
        f'"joins": {"true" if s >= JOIN else "false"}, '
        f'"attributes": [{", ".join([NAME[n] for n in names])}], '
        f'"evidence": [{", ".join(map(evidence_text, evidence))}]}}'
    )


def cluster_text(cluster: Cluster) -> str:
    """`encode(cluster.to_json())`."""
    return (
        f'{{"id": {int(cluster.id)}, "size": {len(cluster.accounts)}, '
        f'"accounts": {_strings(cluster.accounts)}, "suspended": {_strings(cluster.suspended)}, '
        f'"links": [{", ".join(map(link_text, cluster.links))}], "hubs": {encode(cluster.hubs)}, '
        f'"also_shares": [{", ".join(map(link_text, cluster.also_shares))}]}}'
    )


BATCH = 1 << 20
_ITEMS = ",\n    "


def _small(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2, default=str).replace("\n", "\n  ")


def _items(texts: Iterable[str | bytes], errors: str) -> Iterator[bytes]:
    """The items joined in UTF-8, in pieces: about a megabyte of them joined at a time (not each
    item copied with its separator)."""
    batch: list[Any] = []
    size = 0
    first = True
    for text in texts:
        batch.append(text)
        size += len(text)
        if size > BATCH:
            yield _joined(batch, errors, first)
            batch, size, first = [], 0, False
    if batch:
        yield _joined(batch, errors, first)


def _joined(batch: list[Any], errors: str, first: bool) -> bytes:
    text = (
        b",\n    ".join(batch)
        if isinstance(batch[0], bytes)
        else _ITEMS.join(batch).encode("utf-8", errors)
    )
    return text if first else b",\n    " + text


def _list(value: Texts | Parts, errors: str) -> Iterator[bytes]:
    """A list's JSON text in UTF-8, from its items' texts."""
    empty = True
    for part in value.parts if isinstance(value, Parts) else [value]:
        pieces = part.made(errors) if isinstance(part, Forked | Spooled) else _items(part, errors)
        for n, piece in enumerate(pieces):
            # each part's first item follows the list's opening or the part before's last
            yield (b"[\n    " if empty else b",\n    ") + piece if n == 0 else piece
            empty = False
    yield b"[]" if empty else b"\n  ]"


def chunks(data: Mapping[str, Any], errors: str = "strict") -> Iterator[str | bytes]:
    """The JSON text of `data`, in pieces (those of its long lists in UTF-8, with `errors`);
    list values may be lazy iterables, `Texts` or `Parts`."""
    yield "{"
    for n, (key, value) in enumerate(data.items()):
        yield ("," if n else "") + "\n  " + json.dumps(key, ensure_ascii=False) + ": "
        if isinstance(value, Texts | Parts):
            yield from _list(value, errors)
        elif isinstance(value, Iterator) or (
            isinstance(value, Iterable) and not isinstance(value, str | bytes | Mapping | list)
        ):
            yield from _list(Texts(map(encode, value)), errors)
        else:
            yield _small(value)
    yield "\n}\n"


def _forked(data: Mapping[str, Any]) -> list[Forked]:
    """The `Forked` lists of the document, in order, each with the `Spooled` lists after it."""
    out: list[Forked] = []
    for value in data.values():
        for part in value.parts if isinstance(value, Parts) else [value]:
            if isinstance(part, Forked):
                out.append(part)
            elif isinstance(part, Spooled) and out:
                out[-1].meanwhile.append(part)
    return out


def _pieces(data: Mapping[str, Any], errors: str) -> Iterator[bytes]:
    """`chunks(data)` in UTF-8, in pieces of about a megabyte."""
    buffer: list[bytes] = []
    size = 0
    for piece in chunks(data, errors):
        encoded = piece if isinstance(piece, bytes) else piece.encode("utf-8", errors)
        buffer.append(encoded)
        size += len(encoded)
        if size > BATCH:
            yield b"".join(buffer)
            buffer, size = [], 0
    yield b"".join(buffer)


def _bytes_of(out: IO[str]) -> IO[bytes] | None:
    """The byte stream under a UTF-8 text stream that writes newlines as they are."""
    binary = getattr(out, "buffer", None)
    encoding = getattr(out, "encoding", None)
    if binary is None or not encoding or os.linesep != "\n":
        return None
    return binary if codecs.lookup(encoding).name == "utf-8" else None


def write(data: Mapping[str, Any], out: IO[str]) -> None:
    """Write `data`'s JSON text to `out`. On a UTF-8 stream the text is encoded here and written
    by a second thread, which waits in the kernel without the interpreter's lock: at 1M accounts
    the 1.7 GB take a second or more of writing, now beside the encoding of the next piece."""
    binary = _bytes_of(out)
    if binary is None:
        for piece in _pieces(data, "strict"):
            out.write(piece.decode("utf-8"))
        return
    out.flush()
    errors = getattr(out, "errors", None) or "strict"
    # forked before the writing thread starts: a fork copies only the thread that forks
    for part in _forked(data):
        part.start(errors)
    with ThreadPoolExecutor(1) as writer:
        pending: Future[int] | None = None
        for piece in _pieces(data, errors):
            if pending is not None:
                pending.result()
            pending = writer.submit(binary.write, piece)
        if pending is not None:
            pending.result()
    binary.flush()
