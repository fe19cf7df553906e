"""Reading an existing SQLite ledger with the standard library's sqlite3, read-only.

Importing SQLAlchemy costs more than a whole listing or a case's timeline, so the read-only
commands (`case list`, `case show`) read a SQLite ledger this way. Any other ledger (PostgreSQL,
a missing file, a schema the statements do not fit yet) goes through `open_store`, which
creates or upgrades the schema.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.parse import quote


def sqlite_file(db: str | None) -> Path | None:
    """The SQLite file `db` names (as `open_store` reads it), or None for any other database."""
    url = db or os.environ.get("REINSTATE_DATABASE_URL")
    if not url:
        from platformdirs import user_data_dir

        return Path(user_data_dir("reinstate")) / "reinstate.db"
    if "://" not in url:
        return Path(url).expanduser().resolve()
    if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
        return Path(url.removeprefix("sqlite:///"))
    return None


def connect_readonly(path: Path) -> sqlite3.Connection | None:
    """A read-only connection to the ledger at `path`, or None when there is none yet."""
    try:
        conn = sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True, timeout=15)
    except sqlite3.Error:
        return None
    conn.isolation_level = None  # the reader says when a read transaction begins
    return conn
