"""Stream a report's JSON: the envelope indented, each item of its long lists on one line.

An agency's file gives hundreds of thousands of clusters and findings: the document is written
item by item (never held whole in memory) with the C encoder (indented output would use the
slower pure-Python one). It parses to the same value as `json.dumps` of the full report.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from typing import IO, TYPE_CHECKING, Any

from reinstate.i18n import LANGS

if TYPE_CHECKING:
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


class Encoded(str):
    """A list item already encoded as JSON text: written as it is."""


# Per rule: the JSON text around a finding's message, location and params (name, severity,
# tags, why, fix and source are the same in all its findings), or None when its why or fix
# takes parameters. An agency's file gives a million findings of three rules.
_AROUND: dict[Any, tuple[str, str, str] | None] = {}


def _around(finding: Finding) -> tuple[str, str, str] | None:
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


def finding(item: Finding) -> Encoded | dict[str, Any]:
    """A finding's JSON (as `Finding.to_json` gives it), encoded with its rule's fixed parts."""
    around = _around(item) if item.span is None else None
    if around is None:
        return item.to_json()
    head, middle, tail = around
    message = ", ".join(f"{_STRING(lang)}: {_STRING(item.message(lang))}" for lang in LANGS)
    location = _STRING(item.location) if type(item.location) is str else encode(item.location)
    return Encoded(
        head + "{" + message + "}" + middle + location + tail + encode(item.params) + "}"
    )


def _small(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2, default=str).replace("\n", "\n  ")


def chunks(data: Mapping[str, Any]) -> Iterator[str]:
    """The JSON text of `data`, in pieces; list values may be lazy iterables."""
    yield "{"
    for n, (key, value) in enumerate(data.items()):
        yield ("," if n else "") + "\n  " + json.dumps(key, ensure_ascii=False) + ": "
        if isinstance(value, Iterator) or (
            isinstance(value, Iterable) and not isinstance(value, str | bytes | Mapping | list)
        ):
            yield "["
            first = True
            for item in value:
                text = item if isinstance(item, Encoded) else encode(item)
                yield ("\n    " if first else ",\n    ") + text
                first = False
            yield "]" if first else "\n  ]"
        else:
            yield _small(value)
    yield "\n}\n"


def write(data: Mapping[str, Any], out: IO[str]) -> None:
    buffer: list[str] = []
    size = 0
    for piece in chunks(data):
        buffer.append(piece)
        size += len(piece)
        if size > 1 << 20:
            out.write("".join(buffer))
            buffer, size = [], 0
    out.write("".join(buffer))
