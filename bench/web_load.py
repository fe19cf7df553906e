"""Load test of the web workbench on loopback: 20 concurrent clients for 30 s.

The server (uvicorn, one process, SQLite in a temporary folder) runs in a subprocess; the clients
run here on asyncio, each with one keep-alive connection (`Connection`: a small HTTP/1.1 client,
since httpx cost the shared cores half as much CPU as the server itself). Each client alternates
the two busiest requests of the workbench: the appeal editor's lint call (POST /cases/{id}/lint,
what htmx sends while the user types, with a text never sent before) and the case page
(GET /cases/{id}).

Two cases, in the same run:
- empty: the case opened from the demo notice, linted with the demo Plan of Action;
- realistic: 20 stored invoices, 50 events and a 1,000-word draft, linted with that draft (what
  an agency's case looks like after a few weeks).

Runs:
- paced: each client sends a request every 400 ms at most, the debounce of the editor (a team of
  20 people typing at once); the target is p95 <= 100 ms and zero errors, on both cases;
- saturated (realistic case): each client sends its next request as soon as the last one
  returned, which shows the throughput ceiling (latency there is mostly queueing).

Baseline in the same run: GET /api/v1/session (no database, no rules) under the same load, which
is the cost of the stack itself (uvicorn + FastAPI + middleware).

    .venv/bin/python bench/web_load.py [--seconds 30] [--clients 20] [--no-lint-cache] [--src DIR]

The server caches lint reports by (text, case context, rule set) hash, so an unchanged draft is
linted once. The lint calls here type: each client adds to its own line of the draft, so every
text is new and the cache never answers them (`--no-lint-cache`, REINSTATE_WEB_LINT_CACHE=0,
also turns it off for the case page's lint of the last sent appeal). `--src` runs the server
from another checkout, for a before/after under the same load. The machine is shared: each run
prints the load average before and after it, and the CPU the server and the client used.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Coroutine
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]
APPEAL = (ROOT / "src" / "reinstate" / "demo" / "poa.txt").read_text(encoding="utf-8")
NOTICE = (ROOT / "src" / "reinstate" / "demo" / "notice.txt").read_text(encoding="utf-8")

SERVER = """
import sys, uvicorn
from reinstate.web.app import Settings, create_app
app = create_app(Settings(db=sys.argv[1]))
uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[2]), log_level="warning",
            access_log=False)
"""


Result = dict[str, list[float] | int]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


async def wait_ready(base: str) -> None:
    import httpx

    async with httpx.AsyncClient() as client:
        for _ in range(200):
            try:
                if (await client.get(f"{base}/api/v1/session")).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            await asyncio.sleep(0.05)
    raise RuntimeError("server did not start")


def invoice_pdf(number: int) -> bytes:
    """A small one-page invoice PDF written here (our own words, a distinct number each)."""
    lines = [
        f"Invoice INV-{number:05d}",
        "Seller: Example Wholesale Ltd",
        "Buyer: Load Test Trading",
        f"2026-10-{1 + number % 28:02d}  Desk lamp  qty {10 + number}  "
        f"total {25 * (10 + number)}.00",
    ]
    from reinstate.samples import text_pdf

    return text_pdf([(72, 720 - 16 * i, 11, line) for i, line in enumerate(lines)])


def long_draft(words: int = 1000) -> str:
    """A draft of about `words` words: the demo Plan of Action, extended with numbered details."""
    text = APPEAL
    n = 0
    while len(text.split()) < words:
        n += 1
        text += (
            f"\nDetail {n}: for order batch {n} we kept the supplier invoice, checked the "
            "authorisation letter and recorded who approved the purchase and when."
        )
    return " ".join(text.split(" ")[: max(words, 1)])


async def setup(base: str) -> tuple[int, int, str, str]:
    """The empty case and the realistic one (20 invoices, 50 events, a 1,000-word draft)."""
    import httpx

    async with httpx.AsyncClient(base_url=base, timeout=120) as client:
        token = (await client.get("/api/v1/session")).json()["csrf_token"]
        headers = {"X-CSRF-Token": token}
        ids = []
        for account in ("Load test (empty)", "Load test (realistic)"):
            r = await client.post(
                "/api/v1/cases/from-notice",
                json={"notice_text": NOTICE, "account": account},
                headers=headers,
            )
            r.raise_for_status()
            ids.append(int(r.json()["case"]["id"]))
        big = ids[1]
        for i in range(20):
            r = await client.post(
                f"/api/v1/cases/{big}/invoices",
                files={"file": (f"invoice-{i:02d}.pdf", invoice_pdf(i))},
                headers=headers,
            )
            r.raise_for_status()
        kinds = ["note", "message_sent", "amazon_replied", "info_requested", "note"]
        have = len((await client.get(f"/api/v1/cases/{big}")).json()["case"]["events"])
        for i in range(50 - have):
            kind = kinds[i % len(kinds)]
            body: dict[str, str] = {"kind": kind, "note": f"Step {i}: called the supplier."}
            if kind == "message_sent":
                body.update(channel="account_health_appeal", text=f"Update {i}: " + APPEAL[:600])
            r = await client.post(f"/api/v1/cases/{big}/events", json=body, headers=headers)
            r.raise_for_status()
        draft = long_draft()
        r = await client.put(f"/api/v1/cases/{big}/draft", json={"text": draft}, headers=headers)
        r.raise_for_status()
        events = (await client.get(f"/api/v1/cases/{big}")).json()["case"]["events"]
        words = len(draft.split())
        print(f"realistic case {big}: {len(events)} events, 20 invoices, {words}-word draft")
        # The first view of a case checks it, and the first lint loads the rules; every later
        # request is the test (the lint's text is new each time: nothing of it is cached).
        for case_id in ids:
            (await client.get(f"/cases/{case_id}")).raise_for_status()
            r = await client.post(f"/cases/{case_id}/lint", data={"text": APPEAL}, headers=headers)
            r.raise_for_status()
        return ids[0], big, token, draft


TYPED = (
    "We have also asked each supplier for the original invoice and the brand's letter, "
    "and our buyer checks both before any order is placed. "
)


def typing(text: str, client: int, keystrokes: int, run: str = "") -> str:
    """The draft as client `client` has it after `keystrokes` pauses in typing: never the same
    text twice, for any client, so no lint request can be answered from a cache of whole texts.

    Each client writes at its own line of the draft, about five characters per pause (400 ms at
    some 12 characters a second, minus thinking), now and then deleting what it just wrote.
    """
    lines = text.split("\n")
    at = (client * 7) % len(lines)
    typed = f" [{run}{client}.{keystrokes}] " + TYPED[: (5 * keystrokes) % len(TYPED)]
    if keystrokes % 7 == 6:
        typed = typed[: len(typed) // 2]  # a correction
    lines[at] += typed
    return "\n".join(lines)


async def run(
    base: str,
    case_id: int,
    token: str,
    clients: int,
    seconds: float,
    pace: float,
    baseline: bool,
    text: str = APPEAL,
    tag: str = "",
) -> Result:
    """`tag` names the run in the typed text, so no two runs send the same text either."""
    latencies: dict[str, list[float]] = {"lint": [], "case": [], "session": []}
    errors = 0
    stop = time.perf_counter() + seconds
    host, port = base.removeprefix("http://").rsplit(":", 1)
    cookie = f"reinstate_csrf={token}"

    async def client_loop(index: int) -> None:
        nonlocal errors
        connection = Connection(host, int(port), cookie)
        n = index
        if pace:  # independent users: each starts at its own moment within the period
            await asyncio.sleep(random.Random(index).uniform(0, pace))
        while time.perf_counter() < stop:
            if baseline:
                kind, method, path, body = "session", "GET", "/api/v1/session", None
            elif n % 2 == 0:
                kind, method, path = "lint", "POST", f"/cases/{case_id}/lint"
                body = urlencode({"text": typing(text, index, n // 2, tag)}).encode()
            else:
                kind, method, path, body = "case", "GET", f"/cases/{case_id}", None
            started = time.perf_counter()
            try:
                status = await connection.request(method, path, body, token)
                elapsed = time.perf_counter() - started
                if status != 200:
                    errors += 1
                else:
                    latencies[kind].append(elapsed * 1000)
            except (OSError, ValueError, asyncio.IncompleteReadError):
                errors += 1
                await connection.close()
            n += 1
            if pace:
                await asyncio.sleep(max(0.0, pace - (time.perf_counter() - started)))
        await connection.close()

    await asyncio.gather(*(client_loop(i) for i in range(clients)))
    return {**latencies, "errors": errors}


class Connection:
    """One keep-alive HTTP/1.1 connection, what a browser tab holds open to the workbench.

    The clients run on the server's own two cores, where httpx spent 2-3 ms of CPU per request
    (about half of what the server spent): that was load put on the server by the measurement,
    not by the users it stands for, whose browsers run elsewhere. This client reads the status
    line, the headers and a Content-Length body, and nothing else (a chunked answer is an error);
    the latency is still taken from before the request is written until its body is read.
    """

    def __init__(self, host: str, port: int, cookie: str) -> None:
        self.host, self.port, self.cookie = host, port, cookie
        self.streams: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None

    async def request(self, method: str, path: str, body: bytes | None, token: str) -> int:
        if self.streams is None:
            self.streams = await asyncio.open_connection(self.host, self.port)
        reader, writer = self.streams
        head = [
            f"{method} {path} HTTP/1.1",
            f"Host: {self.host}:{self.port}",
            f"Cookie: {self.cookie}",
        ]
        if body is not None:
            head += [
                "Content-Type: application/x-www-form-urlencoded",
                f"Content-Length: {len(body)}",
                f"X-CSRF-Token: {token}",
                "HX-Request: true",
            ]
        writer.write(("\r\n".join(head) + "\r\n\r\n").encode() + (body or b""))
        lines = (await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 30)).split(b"\r\n")
        status = int(lines[0].split()[1])
        headers = dict(line.split(b":", 1) for line in lines[1:] if b":" in line)
        fields = {k.strip().lower(): v.strip() for k, v in headers.items()}
        if b"content-length" not in fields:
            raise ValueError("no Content-Length")
        await reader.readexactly(int(fields[b"content-length"]))
        if fields.get(b"connection", b"").lower() == b"close":
            await self.close()
        return status

    async def close(self) -> None:
        if self.streams is not None:
            writer = self.streams[1]
            self.streams = None
            writer.close()
            with contextlib.suppress(OSError):
                await writer.wait_closed()


def server_cpu(pid: int) -> float:
    """CPU seconds (user + system) the server process has used; NaN where /proc is missing.

    Per request it moves far less with a busy machine than the latencies do."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return float("nan")


def report(title: str, result: dict[str, list[float] | int], seconds: float, used: Used) -> None:
    print(f"\n{title}")
    total = 0
    for kind in ("lint", "case", "session"):
        values = result[kind]
        assert isinstance(values, list)
        if not values:
            continue
        total += len(values)
        print(
            f"  {kind:8s} n={len(values):6d}  p50={percentile(values, 0.50):7.1f} ms  "
            f"p95={percentile(values, 0.95):7.1f} ms  p99={percentile(values, 0.99):7.1f} ms  "
            f"mean={statistics.fmean(values):6.1f} ms"
        )
    per = 1000 / max(total, 1)
    print(
        f"  throughput {total / seconds:.0f} req/s, errors {result['errors']}, "
        f"CPU per request: server {used.server * per:.1f} ms, this client {used.client * per:.1f}"
        f" ms; load average {used.load[0]:.1f} before, {used.load[1]:.1f} after"
    )


@dataclass
class Used:
    """What a run cost: CPU seconds of the server and of this client, and the machine's load
    average (1 min) before and after it (the machine is shared: the latencies follow it)."""

    server: float
    client: float
    load: tuple[float, float]


def measure(server: int, work: Coroutine[Any, Any, Result]) -> tuple[Result, Used]:
    load, cpu, mine = os.getloadavg()[0], server_cpu(server), time.process_time()
    result = asyncio.run(work)
    used = Used(server_cpu(server) - cpu, time.process_time() - mine, (load, os.getloadavg()[0]))
    return result, used


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument(
        "--pace", type=float, default=0.4, help="seconds between a client's requests"
    )
    parser.add_argument(
        "--no-lint-cache",
        action="store_true",
        help="start the server with its lint cache off: every lint request lints",
    )
    parser.add_argument(
        "--src",
        type=Path,
        default=ROOT / "src",
        help="the reinstate sources the server runs (another checkout's, for a before/after)",
    )
    args = parser.parse_args()

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "PYTHONPATH": str(args.src.resolve())}
        env["REINSTATE_WEB_LINT_CACHE"] = "0" if args.no_lint_cache else "1"
        server = subprocess.Popen(
            [sys.executable, "-c", SERVER, str(Path(tmp) / "load.db"), str(port)], env=env
        )
        try:
            asyncio.run(wait_ready(base))
            empty, big, token, draft = asyncio.run(setup(base))
            print(
                f"reinstate web load test: {args.clients} clients, {args.seconds:.0f} s per run, "
                f"loopback {base}, {os.cpu_count()} CPUs, server from {args.src}, lint cache "
                f"{'off' if args.no_lint_cache else 'on'}; every lint request sends a text "
                "never sent before"
            )
            secs, pace, n = args.seconds, args.pace, args.clients
            baseline, used = measure(server.pid, run(base, empty, token, n, secs / 3, pace, True))
            report(
                f"baseline GET /api/v1/session, paced {pace * 1000:.0f} ms",
                baseline,
                secs / 3,
                used,
            )
            paced, used = measure(
                server.pid, run(base, empty, token, n, secs, pace, False, tag="e")
            )
            report(
                f"empty case, paced: lint + case page, one request per client every "
                f"{pace * 1000:.0f} ms",
                paced,
                secs,
                used,
            )
            real, used = measure(
                server.pid, run(base, big, token, n, secs, pace, False, draft, tag="r")
            )
            report(
                "realistic case (20 invoices, 50 events, 1,000-word draft), paced",
                real,
                secs,
                used,
            )
            saturated, used = measure(
                server.pid, run(base, big, token, n, secs, 0.0, False, draft, tag="s")
            )
            report(
                "realistic case, saturated: lint + case page, no pause between requests",
                saturated,
                secs,
                used,
            )
        finally:
            server.terminate()
            server.wait(timeout=10)
    worst = 0.0
    for result in (paced, real):
        for kind in ("lint", "case"):
            values = result[kind]
            assert isinstance(values, list)
            worst = max(worst, percentile(values, 0.95))
    errors = sum(count for r in (paced, real, saturated) if isinstance(count := r["errors"], int))
    ok = worst <= 100 and errors == 0
    print(
        f"\npaced p95 (both cases, lint and case page) {worst:.1f} ms (target <= 100), "
        f"errors {errors}: {'OK' if ok else 'MISSED'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
