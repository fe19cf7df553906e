"""Load test of the web workbench on loopback: 20 concurrent clients for 30 s.

The server (uvicorn, one process, SQLite in a temporary folder) runs in a subprocess; the clients
run here with httpx on asyncio. Each client alternates the two busiest requests of the workbench:
the appeal editor's lint call (POST /cases/{id}/lint, what htmx sends while the user types) and
the case page (GET /cases/{id}).

Two runs:
- paced: each client sends a request every 400 ms at most, the debounce of the editor (a team of
  20 people typing at once); the target is p95 <= 100 ms and zero errors;
- saturated: each client sends its next request as soon as the last one returned, which shows
  the throughput ceiling (latency there is mostly queueing).

Baseline in the same run: GET /api/v1/session (no database, no rules) under the same load, which
is the cost of the stack itself (uvicorn + FastAPI + middleware).

    .venv/bin/python bench/web_load.py [--seconds 30] [--clients 20]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

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


async def setup(base: str) -> tuple[int, str]:
    import httpx

    async with httpx.AsyncClient(base_url=base) as client:
        token = (await client.get("/api/v1/session")).json()["csrf_token"]
        r = await client.post(
            "/api/v1/cases/from-notice",
            json={"notice_text": NOTICE, "account": "Load test"},
            headers={"X-CSRF-Token": token},
        )
        r.raise_for_status()
        return int(r.json()["case"]["id"]), token


async def run(
    base: str, case_id: int, token: str, clients: int, seconds: float, pace: float, baseline: bool
) -> dict[str, list[float] | int]:
    import httpx

    latencies: dict[str, list[float]] = {"lint": [], "case": [], "session": []}
    errors = 0
    stop = time.perf_counter() + seconds
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)

    async def client_loop(index: int) -> None:
        nonlocal errors
        async with httpx.AsyncClient(
            base_url=base, limits=limits, timeout=30, cookies={"reinstate_csrf": token}
        ) as client:
            n = index
            if pace:  # independent users: each starts at its own moment within the period
                await asyncio.sleep(random.Random(index).uniform(0, pace))
            while time.perf_counter() < stop:
                started = time.perf_counter()
                try:
                    if baseline:
                        kind = "session"
                        r = await client.get("/api/v1/session")
                    elif n % 2 == 0:
                        kind = "lint"
                        r = await client.post(
                            f"/cases/{case_id}/lint",
                            data={"text": APPEAL[: 200 + (n * 37) % (len(APPEAL) - 200)]},
                            headers={"X-CSRF-Token": token, "HX-Request": "true"},
                        )
                    else:
                        kind = "case"
                        r = await client.get(f"/cases/{case_id}")
                    elapsed = time.perf_counter() - started
                    if r.status_code != 200:
                        errors += 1
                    else:
                        latencies[kind].append(elapsed * 1000)
                except httpx.HTTPError:
                    errors += 1
                n += 1
                if pace:
                    await asyncio.sleep(max(0.0, pace - (time.perf_counter() - started)))

    await asyncio.gather(*(client_loop(i) for i in range(clients)))
    return {**latencies, "errors": errors}


def report(title: str, result: dict[str, list[float] | int], seconds: float) -> None:
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
    print(f"  throughput {total / seconds:.0f} req/s, errors {result['errors']}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument(
        "--pace", type=float, default=0.4, help="seconds between a client's requests"
    )
    args = parser.parse_args()

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
        server = subprocess.Popen(
            [sys.executable, "-c", SERVER, str(Path(tmp) / "load.db"), str(port)], env=env
        )
        try:
            asyncio.run(wait_ready(base))
            case_id, token = asyncio.run(setup(base))
            print(
                f"reinstate web load test: {args.clients} clients, {args.seconds:.0f} s per run, "
                f"loopback {base}, {os.cpu_count()} CPUs"
            )
            baseline = asyncio.run(
                run(base, case_id, token, args.clients, args.seconds / 3, args.pace, True)
            )
            report(
                f"baseline GET /api/v1/session, paced {args.pace * 1000:.0f} ms",
                baseline,
                args.seconds / 3,
            )
            paced = asyncio.run(
                run(base, case_id, token, args.clients, args.seconds, args.pace, False)
            )
            report(
                f"paced: lint + case page, one request per client every {args.pace * 1000:.0f} ms",
                paced,
                args.seconds,
            )
            saturated = asyncio.run(
                run(base, case_id, token, args.clients, args.seconds, 0.0, False)
            )
            report(
                "saturated: lint + case page, no pause between requests", saturated, args.seconds
            )
        finally:
            server.terminate()
            server.wait(timeout=10)
    lint = paced["lint"]
    case = paced["case"]
    assert isinstance(lint, list) and isinstance(case, list)
    p95 = max(percentile(lint, 0.95), percentile(case, 0.95))
    ok = p95 <= 100 and paced["errors"] == 0 and saturated["errors"] == 0
    print(
        f"\npaced p95 {p95:.1f} ms (target <= 100), errors {paced['errors']}: "
        f"{'OK' if ok else 'MISSED'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
