"""Time and memory of one command and every process it starts, sampled from /proc (Linux).

`/usr/bin/time -v` reports the largest single process's peak RSS, and the CPU only of the
processes the command waited for: a `reinstate invoice` run is a parent, a reader server it
starts (never waited for), a reader child forked from that server and Tesseract processes the
child starts. Here every process of the tree is read every `PERIOD` seconds: its proportional set
size (PSS: a page shared by the server and its child counts half in each, so the sum is the
memory the tree holds) and its CPU seconds, kept per process id so a process that has ended
still counts with its last reading (a process shorter than one period is missed). Each process's
CPU is also counted under its role (`Cost.roles`): the command itself, the reader server, the
reader children forked from it, Tesseract, and anything else (multiprocessing's resource tracker),
which tells start-up from reading.
"""

from __future__ import annotations

import os
import resource
import subprocess
import time
from dataclasses import dataclass, field

PERIOD = 0.01
_TICK = os.sysconf("SC_CLK_TCK")


@dataclass
class Cost:
    wall: float  # seconds from start to exit
    cpu: float  # CPU seconds of the whole tree (user + system)
    pss_mb: float  # peak of the tree's summed PSS
    rss_mb: float  # peak RSS of its largest process (what /usr/bin/time -v reports)
    returncode: int
    # CPU seconds by role: command, server, reader, tesseract, other
    roles: dict[str, float] = field(default_factory=dict)


def _children(pid: int) -> list[int]:
    out: list[int] = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as f:
                out += [int(p) for p in f.read().split()]
    except (OSError, ValueError):
        pass
    return out


def _tree(root: int) -> list[int]:
    pids, todo = [], [root]
    while todo:
        pid = todo.pop()
        pids.append(pid)
        todo += _children(pid)
    return pids


def _cpu(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / _TICK
    except (OSError, ValueError, IndexError):
        return None


def _memory(pid: int) -> tuple[int, int]:
    """PSS and RSS in kB (0, 0 for a process gone or a zombie)."""
    pss = rss = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as f:
            for line in f:
                if line.startswith("Pss:"):
                    pss = int(line.split()[1])
                elif line.startswith("Rss:"):
                    rss = int(line.split()[1])
    except (OSError, ValueError):
        pass
    return pss, rss


def _role(pid: int, root: int) -> str | None:
    """What a process of the tree is, from its command line and parent (None: not known yet, a
    process between fork and exec still shows its parent's command line)."""
    if pid == root:
        return "command"
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            argv = f.read().decode("utf-8", "replace").split("\0")
        with open(f"/proc/{pid}/stat", encoding="ascii") as f:
            parent = int(f.read().rsplit(")", 1)[1].split()[1])
    except (OSError, ValueError, IndexError):
        return None
    line = " ".join(argv)
    if os.path.basename(argv[0]) == "tesseract":
        return "tesseract"
    if "forkserver" in line:
        return "server" if parent == root else "reader"
    if "resource_tracker" in line:
        return "other"
    return None


def measure(argv: list[str], env: dict[str, str] | None = None, timeout: float = 120.0) -> Cost:
    """Run `argv` (output discarded) and sample its process tree until it exits."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    cpu: dict[int, float] = {}
    role: dict[int, str] = {}
    peak_pss = peak_rss = 0
    while proc.poll() is None:
        total = 0
        for pid in _tree(proc.pid):
            used = _cpu(pid)
            if used is not None:
                cpu[pid] = max(used, cpu.get(pid, 0.0))
            # Read again while it may change: between fork and exec a child shows its parent's
            # line (Tesseract looks like the reader). Never after: once the command exits, its
            # server is re-parented and would look like a reader.
            if role.get(pid) in (None, "reader"):
                known = _role(pid, proc.pid)
                if known:
                    role[pid] = known
            pss, rss = _memory(pid)
            total += pss
            peak_rss = max(peak_rss, rss)
        peak_pss = max(peak_pss, total)
        if time.perf_counter() - start > timeout:
            proc.kill()
        time.sleep(PERIOD)
    wall = time.perf_counter() - start
    # The parent's own CPU to its exit (its last sample may be a period early), from the
    # rusage of the process this one waited for.
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    waited = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    cpu[proc.pid] = max(cpu.get(proc.pid, 0.0), waited)
    roles: dict[str, float] = {}
    for pid, used in cpu.items():
        name = role.get(pid, "other")
        roles[name] = roles.get(name, 0.0) + used
    return Cost(
        wall, sum(cpu.values()), peak_pss / 1024, peak_rss / 1024, proc.returncode or 0, roles
    )
