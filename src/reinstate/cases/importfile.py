"""`case import`: an export file read in pieces into the ledger (issue 16).

The file is scanned by cases/stream.py (files decoded into an unnamed spool and checked against
their sha256), its case checked by cases/transfer.py, and only then is the ledger opened and the
case written in one transaction.
"""

from __future__ import annotations

import errno
import io
import os
import tempfile
from pathlib import Path
from typing import BinaryIO

from reinstate.cases.files import SIZE_LIMITS, open_file, unreadable
from reinstate.cases.model import Case
from reinstate.cases.readonly import sqlite_file
from reinstate.cases.store import open_store
from reinstate.cases.stream import check_head, not_export, read_export
from reinstate.cases.transfer import check_complete, parse_export, write_case
from reinstate.errors import ReinstateError


def import_file(db: str | None, path: Path) -> Case:
    """Recreate the case exported to `path` in the ledger `db` under a new id, reading the file
    in pieces: memory stays a few megabytes whatever the evidence (on PostgreSQL, the largest
    file once). The whole file is checked before the ledger is opened."""
    origin = str(path)
    folder = _spool_folder(db)
    with open_file(path, limit=SIZE_LIMITS["export"]) as raw, _open_spool(folder) as spool:
        try:
            members, files = read_export(
                io.TextIOWrapper(raw, encoding="utf-8-sig", newline=""), spool, origin
            )
        except OSError as exc:
            if exc.errno in (errno.ENOSPC, errno.EDQUOT):
                raise ReinstateError(
                    "file_unwritable", strerror=exc.strerror, path=folder
                ) from None
            raise unreadable(path, exc) from None
        check_head(members, origin)
        parsed = parse_export(members, origin)
        if files is None:
            raise not_export(origin, "the field 'files' is missing")
        check_complete(parsed, files, origin)
        with open_store(db) as store:
            return write_case(store, parsed, files.__getitem__)


def _open_spool(folder: str) -> BinaryIO:
    """An unnamed temporary file (unlinked at once on POSIX): gone however the process ends."""
    try:
        return tempfile.TemporaryFile(dir=folder)
    except OSError as exc:
        raise ReinstateError("file_unwritable", strerror=exc.strerror, path=folder) from None


def _spool_folder(db: str | None) -> str:
    """Where the export's files wait: beside a SQLite ledger, whose disk takes them anyway (the
    system's temporary folder may live in memory), else the system's temporary folder."""
    ledger = sqlite_file(db)
    if ledger is not None and os.access(ledger.parent, os.W_OK | os.X_OK):
        return str(ledger.parent)
    return tempfile.gettempdir()
