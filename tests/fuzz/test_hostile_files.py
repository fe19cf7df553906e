"""Every file-reading command on every hostile file: exit 0, 1 or 2 only, never a traceback,
nothing written when it says the input is unusable."""

from __future__ import annotations

from pathlib import Path

import pytest
from fuzz_helpers import COMMANDS, run_checked


@pytest.mark.parametrize("command", list(COMMANDS))
def test_every_hostile_file(
    command: str, corpus: dict[str, Path], template_ledger, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    failures = []
    for name, path in corpus.items():
        try:
            run_checked(command, path, template_ledger, tmp_path / name)
        except AssertionError as failure:
            failures.append(str(failure)[:300])
    assert not failures, "\n".join(failures)
