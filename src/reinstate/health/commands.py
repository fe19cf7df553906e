"""`reinstate health ...`: import or pull the Account Health report, show its history, watch it.

Heavy modules (httpx, jsonschema, cryptography, SQLAlchemy) are imported inside the commands.
"""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from reinstate.cases.commands import DbOption
from reinstate.errors import ReinstateError
from reinstate.i18n.help import help_text
from reinstate.shell import (
    Format,
    FormatOption,
    LangOption,
    command,
    emit,
    lang_of,
    render_findings,
)

if TYPE_CHECKING:
    from reinstate.health.model import Snapshot
    from reinstate.health.service import Processed

app = typer.Typer(
    help=help_text("health.help"),
    no_args_is_help=True,
)

AccountOption = Annotated[
    str | None, typer.Option("--account", help=help_text("options.account"))
]
DEFAULT_ACCOUNT = "default"
SPARKS = "▁▂▃▄▅▆▇█"
_sleep = time.sleep  # replaced in tests


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="health")


def _tr(key: str, lang: str, **params: Any) -> str:
    from reinstate.i18n import tr

    return tr(key, lang, **params)


def sparkline(values: list[float | None]) -> str:
    """A terminal sparkline: one block per value, scaled between the lowest and highest."""
    present = [v for v in values if v is not None]
    if not present:
        return ""
    low, high = min(present), max(present)
    out = []
    for v in values:
        if v is None:
            out.append(" ")
        elif high == low:
            out.append(SPARKS[3])
        else:
            out.append(SPARKS[round((v - low) / (high - low) * (len(SPARKS) - 1))])
    return "".join(out)


def parse_every(value: str) -> float:
    """Seconds from a duration such as 90s, 30m, 6h, 1d (a bare number is seconds)."""

    found = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*", value.lower())
    if not found:
        raise ReinstateError("health_bad_every", value=value)
    unit = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}[found.group(2)]
    return float(found.group(1)) * unit


# Rendering


def _render_processed(results: list[Processed], lang: str) -> None:
    from reinstate.health.alerts import Alert
    from reinstate.shell import shown

    deviations = results[0].deviations if results else []
    if deviations:
        typer.echo(_tr("health.text.deviations", lang, count=len(deviations)))
        for dev in deviations[:20]:
            typer.echo(shown(f"  {dev['where']}: {dev['problem']}", markup=False))
    for r in results:
        s = r.snapshot
        typer.echo(
            _tr(
                "health.text.snapshot",
                lang,
                account=s.account,
                marketplace=s.marketplace,
                status=s.account_status,
                ahr=s.ahr_status or "-",
                date=s.report_date.isoformat() if s.report_date else "-",
            )
        )
        alerts: list[Alert] = r.alerts
        if not alerts:
            typer.echo(_tr("health.text.no_alerts", lang))
        for line in render_findings(
            [a.finding for a in alerts], lang, layout="health", markup=False
        ):
            typer.echo(line)
        for d in r.deliveries:
            key = "health.text.delivery_ok" if d.ok else "health.text.delivery_failed"
            typer.echo(_tr(key, lang, channel=d.channel, detail=d.detail or ""))
        if r.case:
            key = f"health.text.case_{r.case['action']}"
            typer.echo(
                _tr(key, lang, case_id=r.case.get("case_id"), category=r.case.get("category", ""))
            )


def _exit_code(results: list[Processed]) -> int:
    return 1 if any(r.alerts for r in results) else 0


def _result_json(kind: str, results: list[Processed], **extra: Any) -> dict[str, Any]:
    from reinstate.contract import envelope

    return envelope(kind, **extra, results=[r.to_json() for r in results])


# Commands


@app.command("import", help=help_text("health.import.help"))
@command
def import_command(
    report_file: Annotated[
        Path, typer.Argument(metavar="REPORT.json", help=help_text("health.import.report_file"))
    ],
    account: AccountOption = None,
    report_date: Annotated[
        str | None,
        typer.Option("--date", help=help_text("health.import.report_date")),
    ] = None,
    db: DbOption = None,
    fmt: FormatOption = Format.text,
    lang: LangOption = None,
) -> int:
    language = lang_of(lang)

    from reinstate.cases import open_store, parse_day
    from reinstate.cases.files import SIZE_LIMITS, read_file
    from reinstate.health import service, settings

    # A gzip report is read whole and unpacked within the report limit by the reader.
    raw = read_file(report_file, limit=SIZE_LIMITS["report"])
    config = settings.load()
    day = parse_day(report_date, what="--date") if report_date else None
    with open_store(db) as store:
        results = service.import_report(
            store,
            raw,
            account=account or DEFAULT_ACCOUNT,
            settings=config,
            origin=str(report_file),
            lang=language,
            report_date=day,
        )
    emit(
        _result_json("health_import", results),
        fmt,
        lambda: _render_processed(results, language),
    )
    return _exit_code(results)


@app.command("login", help=help_text("health.login.help"))
@command
def login_command(
    account: Annotated[str, typer.Option("--account", help=help_text("health.login.account"))],
    client_id: Annotated[
        str | None,
        typer.Option(
            "--client-id",
            envvar="REINSTATE_LWA_CLIENT_ID",
            help=help_text("health.login.client_id"),
        ),
    ] = None,
    client_secret: Annotated[
        str | None,
        typer.Option(
            "--client-secret",
            envvar="REINSTATE_LWA_CLIENT_SECRET",
            help=help_text("health.login.client_secret"),
            show_default=False,
        ),
    ] = None,
    refresh_token: Annotated[
        str | None,
        typer.Option(
            "--refresh-token",
            envvar="REINSTATE_SP_REFRESH_TOKEN",
            help=help_text("health.login.refresh_token"),
            show_default=False,
        ),
    ] = None,
    region: Annotated[str, typer.Option("--region", help=help_text("health.login.region"))] = "na",
    marketplace: Annotated[
        list[str] | None,
        typer.Option(
            "--marketplace",
            help=help_text("health.login.marketplace"),
        ),
    ] = None,
    db: DbOption = None,
    fmt: FormatOption = Format.text,
    lang: LangOption = None,
) -> int:
    language = lang_of(lang)

    import sys

    from reinstate.cases import open_store
    from reinstate.contract import envelope
    from reinstate.health import vault
    from reinstate.health.marketplaces import marketplace_id_of

    values = {
        "client_id": client_id,
        "client_secret": client_secret,
        "refresh_token": refresh_token,
    }
    envs = {
        "client_id": "REINSTATE_LWA_CLIENT_ID",
        "client_secret": "REINSTATE_LWA_CLIENT_SECRET",
        "refresh_token": "REINSTATE_SP_REFRESH_TOKEN",
    }
    for name, value in values.items():
        if value:
            continue
        option = "--" + name.replace("_", "-")
        if not sys.stdin.isatty():
            raise ReinstateError(
                "health_missing_option",
                option=option,
                env=envs[name],
            )
        values[name] = str(typer.prompt(option, hide_input=name != "client_id"))
    creds = vault.Credentials(
        account=account,
        region=region.lower(),
        marketplace_ids=tuple(marketplace_id_of(m) for m in marketplace or []),
        client_id=str(values["client_id"]),
        client_secret=str(values["client_secret"]),
        refresh_token=str(values["refresh_token"]),
    )
    with open_store(db) as store:
        source = vault.save(store, creds)
        info = next(a for a in vault.accounts(store) if a["account"] == account)
    emit(
        envelope("health_login", account=info),
        fmt,
        lambda: typer.echo(
            _tr(
                "health.text.logged_in",
                language,
                account=account,
                region=info["region"],
                marketplaces=", ".join(info["marketplace_ids"]),
                source=source,
            )
        ),
    )
    return 0


@app.command("pull", help=help_text("health.pull.help"))
@command
def pull_command(
    account: Annotated[str, typer.Option("--account", help=help_text("health.pull.account"))],
    db: DbOption = None,
    fmt: FormatOption = Format.text,
    lang: LangOption = None,
) -> int:
    language = lang_of(lang)

    from reinstate.cases import open_store
    from reinstate.health import service, settings

    config = settings.load()
    with open_store(db) as store:
        results = service.pull(store, account, config, lang=language)
    emit(
        _result_json("health_pull", results, account=account),
        fmt,
        lambda: _render_processed(results, language),
    )
    return _exit_code(results)


def _history_json(
    grouped: dict[tuple[str, str], list[Snapshot]], last: int | None = None
) -> list[dict[str, Any]]:
    out = []
    for (account, mid), every in sorted(grouped.items()):
        snaps = every[-last:] if last else every
        latest = snaps[-1]
        names = list(dict.fromkeys(n for s in snaps for n in s.metrics))
        metrics = []
        for name in names:
            series: list[float | None] = [
                s.metrics[name].value if name in s.metrics else None for s in snaps
            ]
            current = latest.metrics.get(name)
            metrics.append(
                {
                    "name": name,
                    "series": series,
                    "sparkline": sparkline(series),
                    "latest": current.to_json() if current else None,
                }
            )
        out.append(
            {
                "account": account,
                "marketplace_id": mid,
                "marketplace": latest.marketplace,
                "snapshots": [
                    {
                        "id": s.id,
                        "taken_at": s.taken_at.isoformat() if s.taken_at else None,
                        "report_date": s.report_date.isoformat() if s.report_date else None,
                        "account_status": s.account_status,
                        "ahr_status": s.ahr_status,
                        "warnings": s.warnings,
                    }
                    for s in snaps
                ],
                "metrics": metrics,
            }
        )
    return out


def _render_history(items: list[dict[str, Any]], lang: str) -> None:
    from reinstate.health.alerts import is_bad, show_target, show_value
    from reinstate.health.model import Metric

    if not items:
        typer.echo(_tr("health.text.no_history", lang))
        return
    for item in items:
        snaps = item["snapshots"]
        typer.echo(
            _tr(
                "health.text.history_header",
                lang,
                account=item["account"],
                marketplace=item["marketplace"],
                count=len(snaps),
                first=(snaps[0]["taken_at"] or "")[:10],
                last=(snaps[-1]["taken_at"] or "")[:10],
            )
        )
        last = snaps[-1]
        typer.echo(
            _tr(
                "health.text.snapshot",
                lang,
                account=item["account"],
                marketplace=item["marketplace"],
                status=last["account_status"],
                ahr=last["ahr_status"] or "-",
                date=last["report_date"] or "-",
            )
        )
        width = max([len(m["name"]) for m in item["metrics"]] + [10])
        spark = max([len(m["sparkline"]) for m in item["metrics"]] + [5])
        typer.echo(
            f"  {_tr('health.text.metric_header', lang):<{width}}  "
            f"{_tr('health.text.trend_header', lang):<{spark}}  "
            f"{_tr('health.text.latest_header', lang):>9}  "
            f"{_tr('health.text.target_header', lang):<10}  "
            f"{_tr('health.text.status_header', lang)}"
        )
        for m in item["metrics"]:
            latest = m["latest"]
            if latest is None:
                typer.echo(f"  {m['name']:<{width}}  {m['sparkline']:<{spark}}  {'-':>9}")
                continue
            metric = Metric(**latest)
            flag = " !" if is_bad(metric) else ""
            typer.echo(
                f"  {m['name']:<{width}}  {m['sparkline']:<{spark}}  "
                f"{show_value(metric):>9}  {show_target(metric):<10}  "
                f"{metric.status or '-'}{flag}"
            )
        for warning, status in last["warnings"].items():
            typer.echo(f"  {warning}: {status}")
        typer.echo("")


@app.command("show", help=help_text("health.show.help"))
@command
def show_command(
    account: AccountOption = None,
    last: Annotated[
        int, typer.Option("--last", min=1, help=help_text("health.show.last"))
    ] = 30,
    db: DbOption = None,
    fmt: FormatOption = Format.text,
    lang: LangOption = None,
) -> int:
    language = lang_of(lang)

    from reinstate.cases import open_store
    from reinstate.contract import envelope
    from reinstate.health import ledger

    with open_store(db) as store:
        items = _history_json(ledger.history(store, account), last)
    emit(
        envelope("health_history", accounts=items),
        fmt,
        lambda: _render_history(items, language),
    )
    return 0


@app.command("watch", help=help_text("health.watch.help"))
@command
def watch_command(
    every: Annotated[str, typer.Option("--every", help=help_text("health.watch.every"))] = "6h",
    account: AccountOption = None,
    max_runs: Annotated[
        int | None, typer.Option("--max-runs", min=1, help=help_text("health.watch.max_runs"))
    ] = None,
    db: DbOption = None,
    fmt: FormatOption = Format.text,
    lang: LangOption = None,
) -> int:
    language = lang_of(lang)

    from reinstate.cases import open_store
    from reinstate.contract import envelope
    from reinstate.errors import ReinstateError
    from reinstate.health import service, settings, vault
    from reinstate.shell import print_json

    pause = parse_every(every)
    config = settings.load()
    run_no = 0
    while max_runs is None or run_no < max_runs:
        run_no += 1
        with open_store(db) as store:
            names = [account] if account else [a["account"] for a in vault.accounts(store)]
            if not names and fmt is Format.text:
                typer.echo(_tr("health.text.watch_none", language))
            for name in names:
                try:
                    results = service.pull(store, name, config, lang=language)
                except ReinstateError as exc:
                    if fmt is Format.json:
                        print_json(
                            envelope(
                                "health_watch_run",
                                run=run_no,
                                account=name,
                                error=exc.to_json(),
                            )
                        )
                    else:
                        typer.echo(
                            _tr(
                                "health.text.watch_failed",
                                language,
                                run=run_no,
                                account=name,
                                reason=exc.text(language),
                            ),
                            err=True,
                        )
                    continue
                if fmt is Format.json:
                    print_json(
                        _result_json("health_watch_run", results, run=run_no, account=name)
                    )
                else:
                    typer.echo(_tr("health.text.watch_run", language, run=run_no, account=name))
                    _render_processed(results, language)
        if max_runs is not None and run_no >= max_runs:
            break
        if fmt is Format.text:
            typer.echo(_tr("health.text.watch_next", language, seconds=int(pause)))
        _sleep(pause)
    return 0
