"""`reinstate invoice FILE...`: check supplier invoices before they go to Amazon."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated, Any

import typer

from reinstate.cases.commands import DbOption
from reinstate.i18n.help import help_text
from reinstate.shell import FormatOption, LangOption, command, emit, lang_of, parse_units


def register(app: typer.Typer) -> None:
    """Add the `invoice` command to the main app."""
    app.command("invoice", help=help_text("invoice.help"))(invoice)


@command
def invoice(
    files: Annotated[list[Path], typer.Argument(help=help_text("invoice.files"))],
    notice_date: Annotated[
        str | None,
        typer.Option("--notice-date", help=help_text("invoice.notice_date")),
    ] = None,
    window_days: Annotated[
        int | None,
        typer.Option(
            "--window-days",
            help=help_text("invoice.window_days"),
        ),
    ] = None,
    seller_name: Annotated[
        str | None,
        typer.Option("--seller-name", help=help_text("invoice.seller_name")),
    ] = None,
    seller_address: Annotated[
        str | None,
        typer.Option("--seller-address", help=help_text("invoice.seller_address")),
    ] = None,
    units_sold: Annotated[
        list[str] | None,
        typer.Option("--units-sold", help=help_text("invoice.units_sold")),
    ] = None,
    sales: Annotated[Path | None, typer.Option("--sales", help=help_text("invoice.sales"))] = None,
    annotate: Annotated[
        Path | None,
        typer.Option("--annotate", help=help_text("invoice.annotate")),
    ] = None,
    case: Annotated[
        str | None,
        typer.Option(
            "--case",
            help=help_text("invoice.case"),
        ),
    ] = None,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs",
            min=1,
            help=help_text("invoice.jobs"),
        ),
    ] = None,
    db: DbOption = None,
    fmt: FormatOption = "text",  # type: ignore[assignment]
    lang: LangOption = None,
) -> int:
    language = lang_of(lang)
    from reinstate.invoices import sandbox

    sandbox.warm()

    from datetime import date

    from reinstate.contract import envelope
    from reinstate.errors import ReinstateError
    from reinstate.invoices.check import check_invoice

    notice = None
    if notice_date:
        try:
            notice = date.fromisoformat(notice_date)
        except ValueError:
            raise ReinstateError("bad_date.notice_date", notice_date=notice_date) from None
    sold = _units(units_sold or [], sales)
    context: dict[str, Any] = {}
    if case is not None:
        from reinstate.cases import open_store
        from reinstate.invoices.guard import case_context

        with open_store(db) as store:
            context = case_context(store.get_case(case))
    # What the user says on the command line wins over what the case holds.
    notice = notice or context.get("notice_date")
    window = window_days if window_days is not None else context.get("window_days")
    name = seller_name or context.get("seller_name")
    address = seller_address or context.get("seller_address")
    sold = sold or context.get("units_sold") or {}
    progress = _progress(len(files), fmt.value == "text")
    from reinstate.rules import default_registry

    # Built here, once: threads that each found it missing would each build it, under the GIL.
    registry = default_registry()

    def one(path: Path) -> Any:
        report = check_invoice(
            path,
            registry=registry,
            notice_date=notice,
            window_days=window,
            seller_name=name,
            seller_address=address,
            units_sold=sold or None,
        )
        progress(path.name)
        return report

    # Each file is read and digested in its own child process (and Tesseract in another), so
    # the threads only wait and merge: they keep every core busy without holding the GIL for
    # long. Results keep the order of the files given.
    workers = min(len(files), jobs or os.cpu_count() or 1)
    if workers > 1:
        from concurrent.futures import ThreadPoolExecutor

        order = heaviest_first(files)
        with ThreadPoolExecutor(max_workers=workers) as pool:
            done = list(pool.map(one, [files[i] for i in order]))
        reports = [done[n] for n in sorted(range(len(order)), key=order.__getitem__)]
    else:
        reports = [one(path) for path in files]
    progress(None)
    if annotate is not None:
        from reinstate.invoices.annotate import annotate_pages

        for path, report in zip(files, reports, strict=True):
            annotate_pages(path.read_bytes(), report, annotate)
    data = envelope(
        "invoice",
        files=[r.body() for r in reports],
        verdict=_overall(r.verdict for r in reports),
    )
    emit(data, fmt, lambda: _render(reports, language))
    return 0 if all(r.verdict == "ok" for r in reports) else 1


def heaviest_first(files: list[Path]) -> list[int]:
    """The files' indices, largest file first (ties in the order given). A scan takes a hundred
    times longer to read than a text PDF; started first, the last files to finish are quick ones
    and no core waits at the end of a batch for one long OCR."""

    def size(i: int) -> int:
        try:
            return files[i].stat().st_size
        except OSError:
            return 0

    return sorted(range(len(files)), key=lambda i: -size(i))


def _overall(verdicts: Any) -> str:
    order = {"ok": 0, "warn": 1, "reject": 2}
    return max(verdicts, key=lambda v: order[v], default="ok")


def _units(pairs: list[str], sales: Path | None) -> dict[str, int]:
    from reinstate.errors import ReinstateError

    out = parse_units(pairs)
    if sales is not None:
        import csv

        try:
            with open(sales, encoding="utf-8-sig", newline="") as handle:
                reader = csv.DictReader(handle)
                cols = {c.lower().strip(): c for c in reader.fieldnames or []}
                item_col = next(
                    (
                        cols[c]
                        for c in ("item", "sku", "asin", "model", "upc", "product")
                        if c in cols
                    ),
                    None,
                )
                qty_col = next(
                    (
                        cols[c]
                        for c in ("quantity", "qty", "units", "units_sold", "sold")
                        if c in cols
                    ),
                    None,
                )
                if not item_col or not qty_col:
                    raise ReinstateError("bad_sales.columns", path=str(sales))
                for row in reader:
                    item, qty = (row.get(item_col) or "").strip(), (row.get(qty_col) or "").strip()
                    if item and qty.replace(",", "").isdigit():
                        out[item] = out.get(item, 0) + int(qty.replace(",", ""))
        except (OSError, UnicodeDecodeError) as exc:
            raise ReinstateError("bad_sales", exc=exc, path=str(sales)) from None
    return out


def _progress(total: int, visible: bool) -> Any:
    """A progress bar on stderr for batches; silent for one file or JSON output."""
    if total < 3 or not visible:
        return lambda name: None
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    bar = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=Console(stderr=True),
        transient=True,
    )
    bar.start()
    task = bar.add_task("invoices", total=total)

    def step(name: str | None) -> None:
        if name is None:
            bar.stop()
        else:
            bar.update(task, advance=1, description=name[:30])

    return step


def _render(reports: list[Any], lang: str) -> None:
    from reinstate.i18n import tr
    from reinstate.shell import console, render_findings

    out = console()
    for report in reports:
        verdict = tr(f"invoices.verdict.{report.verdict}", lang)
        colour = {"ok": "green", "warn": "yellow", "reject": "red"}[report.verdict]
        out.print(f"[bold]{report.filename}[/bold]  [{colour}]{verdict}[/{colour}]")
        f = report.fields
        out.print(
            "  "
            + tr(
                "invoices.fields.summary",
                lang,
                type=f.document_type or "?",
                number=f.invoice_number or "?",
                date=f.invoice_date.isoformat() if f.invoice_date else "?",
                supplier=f.supplier.name or "?",
                buyer=f.buyer.name or "?",
                items=len(f.items),
                currency=f.currency or "?",
            )
        )
        for finding, mark in zip(report.findings, report.marks, strict=True):
            where = {"mark": mark.text()}
            lines = render_findings([finding], lang, layout="invoice", markup=False, extra=where)
            for line in lines:
                out.print(line, markup=False)
        if not report.findings:
            out.print("  " + tr("invoices.clean", lang))
    out.print(tr("invoices.never_edit", lang), markup=False)
