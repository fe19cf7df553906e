"""Stream a report's JSON: the envelope indented, each item of its long lists on one line.

An agency's file gives hundreds of thousands of clusters and findings: the document is written
item by item (never held whole in memory) with the C encoder (indented output would use the
slower pure-Python one). It parses to the same value as `json.dumps` of the full report.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from typing import IO, Any

_ITEM = json.JSONEncoder(ensure_ascii=False, default=str, separators=(", ", ": "))


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
                yield ("\n    " if first else ",\n    ") + _ITEM.encode(item)
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
