"""bench/proctree.py tells a command's processes apart: start-up from reading (issue 20)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from proctree import measure

# A command that starts a forkserver (as `reinstate invoice` starts the reader server), has it
# fork a child that works for a moment, and waits for it.
_SCRIPT = """
import multiprocessing, time

def work():
    end = time.process_time() + 0.3
    while time.process_time() < end:
        pass

if __name__ == "__main__":
    ctx = multiprocessing.get_context("forkserver")
    p = ctx.Process(target=work)
    p.start()
    p.join()
"""


@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc")
def test_cpu_is_split_by_role(tmp_path: Path) -> None:
    script = tmp_path / "command.py"
    script.write_text(_SCRIPT)
    cost = measure([sys.executable, str(script)])
    assert cost.returncode == 0
    assert set(cost.roles) >= {"command", "server", "reader"}
    # the forked child's work is the reader's, not the server's that forked it
    assert cost.roles["reader"] >= 0.2
    assert cost.roles["server"] < cost.roles["reader"]
    assert sum(cost.roles.values()) == pytest.approx(cost.cpu)
