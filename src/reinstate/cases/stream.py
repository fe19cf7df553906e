"""Reading a case export from its file in pieces (issue 16).

The files an export carries are base64 text that can run to hundreds of megabytes; parsing the
document with `json.loads` held it about four times over. Here the top-level object is scanned
member by member: each file is decoded a chunk at a time into a spool (an unnamed temporary file,
gone when closed, whatever stops the process), hashed on the way and checked against its sha256;
every other member (the case, its events) is small and parsed with `json`.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO, TextIO

from reinstate.errors import ReinstateError

CHUNK = 1 << 20  # characters read, and bytes copied, at a time: a multiple of 4 (base64)
HEAD = 4096  # the bytes `files.sniff_media_type` looks at

_SPACE = re.compile(r"[ \t\r\n]*")
_QUOTE_OR_ESCAPE = re.compile(r'["\\]')
_DECODER = json.JSONDecoder()


@dataclass(frozen=True)
class Spooled:
    """One file of the export, decoded into the spool and matching its sha256."""

    spool: BinaryIO
    offset: int
    size: int
    head: bytes  # its first HEAD bytes, to tell its type

    def chunks(self) -> Iterator[bytes]:
        self.spool.seek(self.offset)
        left = self.size
        while left:
            piece = self.spool.read(min(CHUNK, left))
            if not piece:
                raise OSError("the import's temporary file is shorter than what was written")
            left -= len(piece)
            yield piece

    def read(self) -> bytes:
        return b"".join(self.chunks())


def not_export(origin: str | None, problem: str) -> ReinstateError:
    return ReinstateError("import_invalid.not_export", problem=problem, path=origin)


def check_head(data: dict[str, Any], origin: str | None) -> None:
    """Refuse a document that is not a case export we can read, before reading its files."""
    if data.get("kind") != "case_export":
        raise not_export(origin, "kind is not 'case_export'")
    if data.get("schema_version") != 1:
        raise not_export(origin, f"unsupported schema_version {data.get('schema_version')!r}")


def read_export(
    text: TextIO, spool: BinaryIO, origin: str | None
) -> tuple[dict[str, Any], dict[str, Spooled] | None]:
    """The export's members other than `files`, and its files spooled (None when it has no
    `files` member). Invalid JSON, base64 or hashes raise `import_invalid`."""
    scan = _Scanner(text, origin)
    if scan.peek() != "{":
        scan.value()  # valid JSON that is not an object is not an export; invalid, not JSON
        scan.end()
        raise not_export(origin, "kind is not 'case_export'")
    scan.pos += 1
    members: dict[str, Any] = {}
    files: dict[str, Spooled] | None = None
    for key in scan.members():
        if key == "files":
            # a document of another kind is refused before its files are copied
            check_head({"kind": "case_export", "schema_version": 1, **members}, origin)
            if scan.peek() != "{":
                raise not_export(origin, "'files' must map each sha256 to base64 text")
            scan.pos += 1
            files = {}
            for sha in scan.members():
                if scan.peek() != '"':
                    raise not_export(origin, "'files' must map each sha256 to base64 text")
                files[sha] = _spool_one(scan, sha, spool, origin)
        else:
            members[key] = scan.value()
    scan.end()
    return members, files


def _spool_one(scan: _Scanner, sha: str, spool: BinaryIO, origin: str | None) -> Spooled:
    sink = _Base64Sink(spool)
    try:
        scan.string(sink.feed)
        spooled = sink.close()
    except (binascii.Error, ValueError):
        raise not_export(origin, f"file {sha[:12]}… is not base64") from None
    if sink.digest.hexdigest() != sha:
        raise not_export(origin, f"file {sha[:12]}… does not match its sha256")
    return spooled


class _Base64Sink:
    """Decodes base64 text given in pieces into the spool, hashing the bytes."""

    def __init__(self, spool: BinaryIO) -> None:
        self.spool = spool
        self.offset = spool.seek(0, 2)
        self.digest = hashlib.sha256()
        self.size = 0
        self.head = b""
        self.pending = ""  # fewer than 4 characters, waiting for the rest of their group
        self.padded = False

    def feed(self, text: str) -> None:
        text = self.pending + text
        cut = len(text) - len(text) % 4
        self.pending = text[cut:]
        if not cut:
            return
        if self.padded:
            raise binascii.Error("data after the padding")
        data = base64.b64decode(text[:cut], validate=True)
        self.padded = text[cut - 1] == "="
        self.digest.update(data)
        self.spool.write(data)
        self.size += len(data)
        if len(self.head) < HEAD:
            self.head += data[: HEAD - len(self.head)]

    def close(self) -> Spooled:
        if self.pending:
            raise binascii.Error("incomplete base64 group")
        return Spooled(self.spool, self.offset, self.size, self.head)


class _Scanner:
    """JSON text read a chunk at a time, with the position of what is read next."""

    def __init__(self, text: TextIO, origin: str | None) -> None:
        self.text = text
        self.origin = origin
        self.buf = ""
        self.pos = 0
        self.eof = False
        self.line = 1  # of buf[0], and the characters before it on that line
        self.column = 0

    def more(self, wanted: int = CHUNK) -> bool:
        """Read more text, dropping what was consumed; False at the end of the file."""
        if self.eof:
            return False
        try:
            piece = self.text.read(max(wanted, CHUNK))
        except UnicodeDecodeError:
            raise ReinstateError(
                "import_invalid", exc="the file is not UTF-8 text", path=self.origin
            ) from None
        if not piece:
            self.eof = True
            return False
        done = self.buf[: self.pos]
        newlines = done.count("\n")
        self.line += newlines
        self.column = len(done) - done.rfind("\n") - 1 if newlines else self.column + len(done)
        self.buf = self.buf[self.pos :] + piece
        self.pos = 0
        return True

    def fail(self, message: str, at: int | None = None) -> ReinstateError:
        at = self.pos if at is None else at
        before = self.buf[:at]
        newlines = before.count("\n")
        column = at - before.rfind("\n") if newlines else self.column + at + 1
        where = f"line {self.line + newlines} column {column}"
        return ReinstateError("import_invalid", exc=f"{message}: {where}", path=self.origin)

    def peek(self) -> str:
        """The next character that is not white space ('' at the end of the file)."""
        while True:
            match = _SPACE.match(self.buf, self.pos)
            self.pos = match.end() if match else self.pos
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if not self.more():
                return ""

    def value(self) -> Any:
        """The next JSON value, read until it is complete."""
        self.peek()
        while True:
            try:
                value, end = _DECODER.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as exc:
                if self.more(len(self.buf)):
                    continue
                raise self.fail(exc.msg, exc.pos) from None
            except RecursionError:
                raise ReinstateError(
                    "import_invalid", exc="nested too deeply", path=self.origin
                ) from None
            if end == len(self.buf) and self.more():
                continue  # a number or a word may go on in the next piece
            self.pos = end
            return value

    def members(self) -> Iterator[str]:
        """The keys of the object whose '{' was just read; the caller reads each value."""
        if self.peek() == "}":
            self.pos += 1
            return
        while True:
            if self.peek() != '"':
                raise self.fail("Expecting property name enclosed in double quotes")
            key = self.value()
            if self.peek() != ":":
                raise self.fail("Expecting ':' delimiter")
            self.pos += 1
            yield key
            following = self.peek()
            self.pos += 1
            if following == "}":
                return
            if following != ",":
                raise self.fail("Expecting ',' delimiter", self.pos - 1)

    def string(self, sink: Callable[[str], None]) -> None:
        """Hand the next JSON string to `sink` in pieces. Only the escape '\\/' is taken: base64
        has no other character a JSON writer escapes."""
        self.pos += 1
        while True:
            found = _QUOTE_OR_ESCAPE.search(self.buf, self.pos)
            if found is None:
                sink(self.buf[self.pos :])
                self.pos = len(self.buf)
                if not self.more():
                    raise self.fail("Unterminated string")
                continue
            at = found.start()
            if at > self.pos:
                sink(self.buf[self.pos : at])
            if found.group() == '"':
                self.pos = at + 1
                return
            if at + 1 == len(self.buf):
                self.pos = at
                if not self.more():
                    raise self.fail("Unterminated string")
                continue
            if self.buf[at + 1] != "/":
                raise binascii.Error("an escape other than \\/")
            sink("/")
            self.pos = at + 2

    def end(self) -> None:
        if self.peek():
            raise self.fail("Extra data")
