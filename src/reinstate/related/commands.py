"""`reinstate related check`: which accounts Amazon can link, through what, and how strongly."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from reinstate.cases.commands import DbOption
from reinstate.i18n.help import help_text
from reinstate.related.attributes import JOIN
from reinstate.related.crowd import ADDRESS_CROWD
from reinstate.shell import Format, FormatOption, LangOption, command, lang_of

if TYPE_CHECKING:
    from reinstate.related.check import RelatedReport

TEXT_CLUSTERS = 30
TEXT_LINKS = 12
PROBLEMS_SHOWN = 10


class EngineChoice(StrEnum):
    duckdb = "duckdb"
    spark = "spark"


def _render(report: RelatedReport, lang: str) -> None:
    from reinstate.i18n import tr
    from reinstate.shell import console, render_findings

    out = console()

    def say(text: str) -> None:
        out.print(text, markup=False, soft_wrap=True)

    def lab(strength: float) -> str:
        from reinstate.related.attributes import label

        return tr(f"related.label.{label(strength)}", lang)

    def link_line(link: Any, indent: str) -> None:
        strength = f"{link.strength:.2f}"
        say(
            indent
            + tr(
                "related.text.link",
                lang,
                a=link.a,
                b=link.b,
                label=lab(link.strength),
                strength=strength,
            )
        )
        evidence_lines(link)

    def evidence_lines(link: Any) -> None:
        for e in sorted(link.evidence, key=lambda e: -e.strength):
            prob = f" p={e.probability:.2f}" if e.probability is not None else ""
            raw = e.raw_a if e.raw_a == e.raw_b else f"{e.raw_a} | {e.raw_b}"
            note = tr(n, lang, count=e.sharers) if (n := e.note_id) else ""
            say(
                "      - "
                + tr(
                    "related.text.evidence",
                    lang,
                    attribute=e.namespace,
                    method=e.method,
                    probability=prob,
                    value=raw,
                )
                + (f" ({note})" if note else "")
            )

    # the counts only: the whole JSON (every cluster, link and finding) is not needed here
    summary = report.summary()
    say(
        tr(
            "related.text.summary",
            lang,
            accounts=report.accounts,
            clusters=summary["clusters"],
            links=summary["links"],
            engine=report.engine,
        )
    )
    if report.inferred:
        items = ", ".join(
            f"{a.id}={a.inferred_country} ({a.inferred_from})" for a in report.inferred[:10]
        )
        more = " …" if len(report.inferred) > 10 else ""
        say(tr("related.text.inferred", lang, count=len(report.inferred), items=items + more))
    if report.problems:
        say(tr("related.text.problems", lang, count=len(report.problems)))
        # The links are the answer: a messy file's problems must not push them off the screen.
        for problem in report.problems[:PROBLEMS_SHOWN]:
            say("  " + problem.to_json()["message"][lang])
        if len(report.problems) > PROBLEMS_SHOWN:
            say(tr("related.text.more_problems", lang, more=len(report.problems) - PROBLEMS_SHOWN))
    for line in render_findings(report.found.head(100), lang, layout="related", markup=False):
        say(line)
    if report.focus:
        key = "related.text.candidate" if report.candidate else "related.text.focus"
        say(tr(key, lang, account=report.focus, count=len(report.links)))
        for link in report.links[:50]:
            link_line(link, "  ")
        for path in report.paths[:50]:
            if len(path.links) > 1:
                say(
                    "  "
                    + tr(
                        "related.text.path",
                        lang,
                        target=path.accounts[-1],
                        hops=len(path.links),
                        label=lab(path.strength),
                        chain=" -> ".join(path.accounts),
                    )
                )
    else:
        for cluster in report.clusters[:TEXT_CLUSTERS]:
            say(
                tr(
                    "related.text.cluster",
                    lang,
                    id=cluster.id,
                    size=len(cluster.accounts),
                    accounts=", ".join(cluster.accounts[:20]),
                )
            )
            if cluster.suspended:
                say(
                    "  " + tr("related.text.suspended", lang, accounts=", ".join(cluster.suspended))
                )
            for link in cluster.links[:TEXT_LINKS]:
                link_line(link, "    ")
            for link in cluster.also_shares[:TEXT_LINKS]:
                say(
                    "    "
                    + tr(
                        "related.text.also_shares",
                        lang,
                        a=link.a,
                        b=link.b,
                        label=lab(link.strength),
                        strength=f"{link.strength:.2f}",
                        attributes=", ".join(link.attributes),
                    )
                )
                noted = max(
                    (e for e in link.evidence if e.note_id), key=lambda e: e.sharers, default=None
                )
                if noted is not None and noted.note_id:
                    say("      " + tr(noted.note_id, lang, count=noted.sharers))
            for hub in cluster.hubs:
                say(
                    "    "
                    + tr(
                        "related.text.hub",
                        lang,
                        attribute=hub["attribute"],
                        value=hub["value"],
                        count=hub["shared_by"],
                    )
                )
        if report.weak_links:
            say(tr("related.text.weak_links", lang, count=report.weak_links))
    say(tr("related.text.join", lang, join=report.join))
    say(tr("related.text.crowd", lang, crowd=report.crowd))
    if not report.linked:
        say(tr("related.text.none", lang))
    else:
        say(tr("related.text.disclose", lang))


def _attach(case_id: str, db: str | None, data: dict[str, Any], source: str) -> dict[str, Any]:
    """Keep the result with the case: the JSON as a document, and a note in the timeline."""

    from reinstate.cases import EventKind, open_store

    payload = json.dumps(data, ensure_ascii=False, indent=2, default=str).encode("utf-8")
    linked = sum(len(c.get("accounts", [])) for c in data.get("clusters", []) or [])
    with open_store(db) as store:
        event = store.log_event(
            case_id,
            EventKind.note,
            note=f"related accounts checked ({source}): {len(data.get('findings', []))} "
            f"findings, {linked} accounts in clusters",
            files=[(f"related-accounts-{source}.json", payload)],
            role="related_accounts",
        )
    return {"case_id": int(case_id), "event_id": event.id, "sha256": event.documents[0]}


def register(app: typer.Typer) -> None:
    """Add the `related` sub-app to the main app."""
    related = typer.Typer(
        help=help_text("related.help"),
        no_args_is_help=True,
    )

    @related.command("check", help=help_text("related.check.help"))
    @command
    def check_command(
        accounts: Annotated[
            Path,
            typer.Option("--accounts", help=help_text("related.check.accounts")),
        ],
        account: Annotated[
            str | None,
            typer.Option("--account", help=help_text("related.check.account")),
        ] = None,
        candidate: Annotated[
            Path | None,
            typer.Option(
                "--candidate",
                help=help_text("related.check.candidate"),
            ),
        ] = None,
        graph: Annotated[
            Path | None,
            typer.Option("--graph", help=help_text("related.check.graph")),
        ] = None,
        engine: Annotated[
            EngineChoice, typer.Option("--engine", help=help_text("related.check.engine"))
        ] = EngineChoice.duckdb,
        join: Annotated[
            float,
            typer.Option(
                "--join",
                min=0.0,
                max=1.0,
                help=help_text("related.check.join"),
            ),
        ] = JOIN,
        address_crowd: Annotated[
            int,
            typer.Option(
                "--address-crowd",
                min=2,
                help=help_text("related.check.address_crowd"),
            ),
        ] = ADDRESS_CROWD,
        fuzzy: Annotated[
            bool,
            typer.Option(
                "--fuzzy/--no-fuzzy",
                help=help_text("related.check.fuzzy"),
            ),
        ] = True,
        show_progress: Annotated[
            bool | None,
            typer.Option(
                "--progress/--no-progress",
                help=help_text("related.check.progress"),
            ),
        ] = None,
        case: Annotated[
            str | None,
            typer.Option(
                "--case",
                help=help_text("related.check.case"),
            ),
        ] = None,
        db: DbOption = None,
        fmt: FormatOption = Format.text,
        lang: LangOption = None,
    ) -> int:
        language = lang_of(lang)
        import gc

        from reinstate.errors import ReinstateError
        from reinstate.related import progress
        from reinstate.related.check import check
        from reinstate.related.load import load_accounts, load_candidate

        if account is not None and candidate is not None:
            raise ReinstateError("related_usage.options")
        visible = sys.stderr.isatty() if show_progress is None else show_progress
        with progress.shown(language, visible):
            # A large file makes millions of small objects and no reference cycles: the cyclic
            # collector would rescan them all again and again (a third of the run at 100k).
            gc.disable()
            try:
                progress.step("read")
                accs, problems = load_accounts(accounts)
                cand = load_candidate(candidate) if candidate is not None else None
                report = check(
                    accs,
                    account_id=account,
                    candidate=cand,
                    engine=engine.value,
                    fuzzy=fuzzy,
                    problems=problems,
                    join=join,
                    crowd=address_crowd,
                    # the accounts are this command's own: their values go once linked
                    drop_values=True,
                )
            finally:
                # The accounts and the report live until the command ends and hold no cycles:
                # frozen, the collector never scans them again (re-enabled, it scanned their
                # millions of objects while the JSON was written: ~10 s at 1M accounts).
                gc.freeze()
                gc.enable()
            progress.step("json")
            # Streamed (not built whole) unless the case keeps a copy of the document.
            data = report.to_json(lazy=case is None)
            if graph is not None:
                from reinstate.related.graph import draw

                draw(report, graph)
                data["graph"] = str(graph)
            if case is not None:
                data["attached_to_case"] = _attach(case, db, data, accounts.name)
            if fmt is Format.json:
                from reinstate.related import jsonout

                jsonout.write(data, sys.stdout)
        if fmt is not Format.json:
            _render(report, language)
        if graph is not None and fmt is Format.text:
            from reinstate.i18n import tr

            typer.echo(tr("related.text.graph", language, path=str(graph)))
        return 1 if report.found else 0

    app.add_typer(related, name="related")
