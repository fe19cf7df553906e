"""An agency's own labelled notices: they join the nearest-example vote without retraining.

The folder is `[notices] examples = "PATH"` in the config file (see `reinstate --config`), else
`notice-examples/` in the user config folder (`~/.config/reinstate/notice-examples/` on Linux).
Each `*.jsonl` file there holds one notice per line in the corpus format: `text` and the labels
`category`, `stage`, `status` (an `id` is optional). They are embedded on first use in a process.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from reinstate.notices.labelled import FIELDS, excerpt, whole


def folder() -> Path | None:
    from reinstate.rules.config import config_path

    path = config_path()
    if path is not None and path.is_file():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
            data = {}  # the rules' own loader reports a broken config file
        configured = data.get("notices", {}).get("examples")
        if isinstance(configured, str):
            return (path.parent / configured).expanduser()
    from platformdirs import user_config_dir

    default = Path(user_config_dir("reinstate")) / "notice-examples"
    return default if default.is_dir() else None


def load(where: Path | None = None) -> tuple[list[str], Any, dict[str, list[str]], Any]:
    """Ids, embeddings, labels and static vectors (`reinstate.semantic.static`, or None when it
    cannot be read) of the examples in the folder (empty when there is none)."""
    import numpy as np

    from reinstate import semantic
    from reinstate.errors import ReinstateError
    from reinstate.notices.labelled import load_jsonl

    root = where if where is not None else folder()
    if root is None:
        empty = np.zeros((0, semantic.DIM), dtype=np.float32)
        return [], empty, {f: [] for f in FIELDS}, empty
    if not root.is_dir():
        raise ReinstateError("examples_missing", path=str(root))
    rows = load_jsonl(sorted(root.glob("*.jsonl")))
    for row in rows:
        for name, vocabulary in FIELDS.items():
            if row.get(name) not in vocabulary:
                raise ReinstateError(
                    "examples_bad_label", path=str(root), id=str(row["id"]), field=name
                )
    from reinstate.semantic import static

    vectors = semantic.embed([excerpt(r["text"]) for r in rows])
    quick = static.embed([whole(r["text"]) for r in rows]) if static.available() else None
    labels = {name: [str(r[name]) for r in rows] for name in FIELDS}
    return [f"user:{r['id']}" for r in rows], vectors, labels, quick
