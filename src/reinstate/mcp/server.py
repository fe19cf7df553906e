"""The MCP server: tools, resources and a drafting prompt over the library the CLI uses.

Every tool answers with the CLI's JSON envelope (docs/contract.md); its input schema names the
contract's closed vocabularies (actions, channels, event kinds, roles) as enums. Writes are refused
unless the server was started with --allow-writes, and each write says which case it touched and
what it recorded.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Annotated, Any

from mcp.server.mcpserver import Context, MCPServer
from mcp.server.mcpserver.exceptions import ToolError
from mcp_types import ToolAnnotations
from pydantic import Field

from reinstate import __version__
from reinstate.cases import CATEGORIES, DOCUMENT_ROLES, Channel, EventKind
from reinstate.contract import envelope
from reinstate.errors import ReinstateError
from reinstate.guard import Action
from reinstate.i18n import both, tr

if TYPE_CHECKING:
    from reinstate.cases import Case, Store
    from reinstate.web.auth import Principal

INSTRUCTIONS = (
    "reinstate checks Amazon seller appeals before they are sent. Draft from the case's facts "
    "only, leave [placeholders] for facts you do not have, and pass lint_appeal and "
    "guard(action='appeal') before presenting a draft. The guard's verdict is binding: block "
    "means do not send."
)


def _enum(values: Any, description: str, *, optional: bool = False) -> Any:
    """A string argument whose schema lists the contract's closed vocabulary."""
    choices: list[Any] = [getattr(v, "value", v) for v in values]
    if optional:  # the schema's enum sits beside anyOf, so it must admit the null default
        choices.append(None)
    return Field(description=description, json_schema_extra={"enum": choices})


CaseId = Annotated[int, Field(description="Case id in the ledger (see list_cases).", gt=0)]
ActionArg = Annotated[str, _enum(Action, "What the seller wants to do now.")]
ChannelArg = Annotated[
    str | None,
    _enum(Channel, "Where the text goes (default: the appeal form).", optional=True),
]
EventArg = Annotated[str, _enum(EventKind, "The kind of event to record.")]
RoleArg = Annotated[str, _enum(DOCUMENT_ROLES, "What the document is evidence of.")]
CategoryArg = Annotated[
    str | None, _enum((*CATEGORIES, "generic"), "The violation category.", optional=True)
]
LangArg = Annotated[str, _enum(("en", "zh"), "Language of the skeleton's guidance.")]
Text = Annotated[str, Field(description="The text, as the seller would send it.", min_length=1)]

READ = ToolAnnotations(read_only_hint=True, open_world_hint=False)
WRITE = ToolAnnotations(read_only_hint=False, destructive_hint=False, open_world_hint=False)


@dataclass
class Settings:
    db: str | None = None
    allow_writes: bool = False
    team: bool = False  # HTTP for a team: every request needs a workbench session token
    today: date | None = None  # fixed day for tests; None = the real date

    def day(self) -> date:
        return self.today or date.today()


def build_server(settings: Settings, store: Store | None = None) -> MCPServer:
    """The server for one ledger (opened here unless given)."""
    from reinstate.cases import open_store

    store = store or open_store(settings.db)
    server = MCPServer(
        "reinstate",
        instructions=INSTRUCTIONS,
        version=__version__,
        log_level="WARNING",
    )
    tools = _Tools(store, settings)
    for name in (
        "read_notice",
        "lint_appeal",
        "guard",
        "list_cases",
        "show_case",
        "outline",
        "check_invoice",
        "related_check",
    ):
        fn = getattr(tools, name)
        server.add_tool(fn, name=name, description=fn.__doc__, annotations=READ)
    for name in ("log_event", "add_document"):
        fn = getattr(tools, name)
        server.add_tool(fn, name=name, description=fn.__doc__, annotations=WRITE)
    _resources(server, tools)
    _prompts(server, tools)
    return server


def _fail(error: ReinstateError) -> ToolError:
    """The error envelope as the tool's error text: the assistant sees code and both languages."""
    return ToolError(json.dumps(envelope("error", error=error.to_json()), ensure_ascii=False))


class _Tools:
    def __init__(self, store: Store, settings: Settings) -> None:
        self.store = store
        self.settings = settings

    # who is asking

    def who(self, ctx: Context | None) -> Principal:
        """Local single user over stdio or loopback; in team mode, the session behind the token."""
        from reinstate.web.auth import AuthError, Principal, session_principal

        if not self.settings.team:
            return Principal(local=True, name="local")
        headers = ctx.headers if ctx is not None else None
        value = (headers or {}).get("authorization", "")
        scheme, _, token = value.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise ReinstateError("mcp_unauthorised")
        try:
            return session_principal(self.store, token.strip())
        except AuthError:
            raise ReinstateError("mcp_unauthorised") from None

    def case(self, ctx: Context | None, case_id: int) -> Case:
        from reinstate.web import services

        return services.load_case(self.store, self.who(ctx), case_id)

    def writable(self, ctx: Context | None, case_id: int, what: dict[str, str]) -> Case:
        from reinstate.web import services

        if not self.settings.allow_writes:
            raise ReinstateError("writes_off", case_id=case_id, what=what)
        who = self.who(ctx)
        case = services.load_case(self.store, who, case_id)
        services.need_write(who)
        return case

    def call(self, fn: Any, *args: Any, **kwargs: Any) -> dict[str, Any]:
        try:
            result: dict[str, Any] = fn(*args, **kwargs)
        except ReinstateError as error:
            raise _fail(error) from None
        except ModuleNotFoundError as exc:
            from reinstate.errors import missing_dependency

            problem = missing_dependency(exc)
            if problem is None:
                raise
            raise _fail(problem) from None
        return result

    # read-only tools

    def read_notice(
        self,
        text: Annotated[str, Field(description="The notice Amazon sent, pasted.", min_length=1)],
        ctx: Context,
    ) -> dict[str, Any]:
        """Read an Amazon suspension or warning notice: category, deadline, appeals allowed,
        ASINs, documents asked for (kind notice_parse)."""

        def run() -> dict[str, Any]:
            from reinstate.notices import case_fields
            from reinstate.web import services

            self.who(ctx)
            notice = services.parse_notice_text(text)
            fields = case_fields(notice)
            return envelope(
                "notice_parse",
                notice=notice.to_json(),
                case_fields={
                    k: (v.isoformat() if isinstance(v, date) else v) for k, v in fields.items()
                },
            )

        return self.call(run)

    def lint_appeal(
        self,
        text: Text,
        ctx: Context,
        case_id: Annotated[
            int | None, Field(description="Check against this case (ASINs, texts sent).")
        ] = None,
        channel: ChannelArg = None,
    ) -> dict[str, Any]:
        """Review a draft Plan of Action or message: findings with why and fix, score, verdict
        (kind lint). Threats (P101) and rude language (P102) are errors."""

        def run() -> dict[str, Any]:
            from reinstate.appeals import lint_text
            from reinstate.appeals.context import case_context

            if case_id is None:
                self.who(ctx)
                report = lint_text(text, channel=channel)
            else:
                report = lint_text(text, **case_context(self.case(ctx, case_id), channel=channel))
            result: dict[str, Any] = report.to_json()
            return result

        return self.call(run)

    def guard(
        self,
        action: ActionArg,
        case_id: CaseId,
        ctx: Context,
        text: Annotated[str | None, Field(description="The appeal or message text.")] = None,
        channel: ChannelArg = None,
        document_sha256: Annotated[
            str | None, Field(description="For action invoice: a document already in the case.")
        ] = None,
        declare_need: Annotated[
            bool, Field(description="new-account: the seller declares a business need.")
        ] = False,
    ) -> dict[str, Any]:
        """May the seller do this now? allow / warn / block with rule codes, why, fix and the
        public source (kind guard). Ask before every appeal, message, new account, invoice, call."""

        def run() -> dict[str, Any]:
            from reinstate.web import services

            case = self.case(ctx, case_id)
            decision = services.guard(
                self.store,
                case,
                self.settings.day(),
                action,
                text=text,
                channel=channel,
                document=document_sha256,
                declared_need=declare_need,
            )
            result: dict[str, Any] = decision.to_json()
            return result

        return self.call(run)

    def list_cases(self, ctx: Context) -> dict[str, Any]:
        """Every case the caller may see, with its next deadline and next step (kind case_list)."""

        def run() -> dict[str, Any]:
            from reinstate.web import services

            cases = services.list_cases(self.store, self.who(ctx))
            return services.case_list_json(cases, self.settings.day())

        return self.call(run)

    def show_case(self, case_id: CaseId, ctx: Context) -> dict[str, Any]:
        """A case: timeline, deadlines with days left, appeals used, documents still missing and
        the next step (kind case, as `reinstate case show --format json`)."""

        def run() -> dict[str, Any]:
            from reinstate.cases.report import case_report

            return case_report(self.case(ctx, case_id), self.settings.day())

        return self.call(run)

    def outline(
        self,
        ctx: Context,
        category: CategoryArg = None,
        case_id: Annotated[
            int | None, Field(description="Take category and ASINs from it.")
        ] = None,
        lang: LangArg = "en",
    ) -> dict[str, Any]:
        """A Plan of Action skeleton for the category, facts left as [placeholders] (kind
        outline)."""

        def run() -> dict[str, Any]:
            from reinstate.appeals.skeleton import categories
            from reinstate.appeals.skeleton import outline as skeleton

            chosen, asins = category, []
            if case_id is not None:
                case = self.case(ctx, case_id)
                chosen, asins = chosen or case.category, list(case.asins)
            else:
                self.who(ctx)
            if chosen is None:
                raise ReinstateError("category_or_case")
            known = {*categories(), *CATEGORIES, "generic"}
            if chosen not in known:
                raise ReinstateError(
                    "category_unknown", category=chosen, choices=", ".join(sorted(known))
                )
            language = "zh" if lang == "zh" else "en"
            return envelope(
                "outline",
                category=chosen,
                specific=chosen in categories(),
                lang=language,
                text=skeleton(chosen, lang=language, asins=asins),
            )

        return self.call(run)

    def check_invoice(
        self,
        case_id: CaseId,
        sha256: Annotated[str, Field(description="The invoice's sha256 (see show_case).")],
        ctx: Context,
    ) -> dict[str, Any]:
        """Check an invoice file already stored in the case: the guard (file type, unchanged
        since stored) and the invoice pre-flight (kind invoice_upload)."""

        def run() -> dict[str, Any]:
            from reinstate.web import services

            case = self.case(ctx, case_id)
            ref = services.document_of(case, sha256)
            decision = services.guard(
                self.store, case, self.settings.day(), "invoice", document=sha256
            )
            report, _ = services.invoice_report(
                case, ref.filename, self.store.document_bytes(sha256)
            )
            return envelope(
                "invoice_upload",
                document=ref.to_json(),
                guard=decision.to_json(),
                report=report,
            )

        return self.call(run)

    def related_check(
        self,
        accounts: Annotated[
            str, Field(description="The seller's account records (CSV, JSON or JSONL).")
        ],
        ctx: Context,
        format: Annotated[str, _enum(("csv", "json", "jsonl"), "Format of accounts.")] = "csv",
        candidate: Annotated[
            dict[str, Any] | None,
            Field(description="A prospective new account's record: which records would link it."),
        ] = None,
    ) -> dict[str, Any]:
        """Which records link the seller's accounts, or would link a candidate new account
        (kind related). It explains links; it never advises how to hide them."""

        def run() -> dict[str, Any]:
            from reinstate.related.check import check
            from reinstate.related.load import parse
            from reinstate.web import services

            self.who(ctx)
            if candidate is None:
                return services.related_report(accounts, format)
            if format not in ("csv", "json", "jsonl"):
                raise ReinstateError("format_unknown")
            records, problems = parse(accounts, format)
            result: dict[str, Any] = check(
                records, candidate=candidate, problems=problems
            ).to_json()
            return result

        return self.call(run)

    # writing tools

    def log_event(
        self,
        case_id: CaseId,
        kind: EventArg,
        ctx: Context,
        channel: ChannelArg = None,
        text: Annotated[str | None, Field(description="The text sent or received.")] = None,
        note: Annotated[str | None, Field(description="A note.")] = None,
        at: Annotated[
            str | None, Field(description="When it happened, YYYY-MM-DD[THH:MM] UTC (default now).")
        ] = None,
    ) -> dict[str, Any]:
        """Record an event in the case's timeline (needs --allow-writes). The answer names the
        case and the event recorded (kind event)."""

        def run() -> dict[str, Any]:
            from reinstate.cases import parse_moment
            from reinstate.errors import one_of

            case = self.writable(ctx, case_id, both("mcp.what.log_event", kind=kind))
            event = EventKind(one_of(kind, EventKind, code="unknown_event", what="event"))
            chan = (
                Channel(one_of(channel, Channel, code="unknown_channel", what="channel"))
                if channel
                else None
            )
            logged = self.store.log_event(
                case.id,
                event,
                at=parse_moment(at) if at else None,
                channel=chan,
                text=text,
                note=note,
            )
            return envelope(
                "event",
                case_id=case.id,
                event=logged.to_json(),
                recorded={
                    lang: tr(
                        "mcp.recorded.event",
                        lang,
                        case_id=case.id,
                        account=case.account,
                        event_id=logged.id,
                        kind=logged.kind.value,
                        at=f"{logged.at:%Y-%m-%d %H:%M} UTC",
                        channel=f", {chan.value}" if chan else "",
                    )
                    for lang in ("en", "zh")
                },
            )

        return self.call(run)

    def add_document(
        self,
        case_id: CaseId,
        filename: Annotated[str, Field(description="The file's name.", min_length=1)],
        content_base64: Annotated[str, Field(description="The file's bytes, base64.")],
        ctx: Context,
        role: RoleArg = "other",
    ) -> dict[str, Any]:
        """Store an evidence file in the case byte for byte (needs --allow-writes). The answer
        names the case and the document recorded (kind document)."""

        def run() -> dict[str, Any]:
            from reinstate.web import services

            case = self.writable(ctx, case_id, both("mcp.what.add_document", filename=filename))
            try:
                data = base64.b64decode(content_base64, validate=True)
            except (binascii.Error, ValueError):
                raise ReinstateError("document_base64") from None
            services.check_upload(data, services.DOCUMENT_TYPES, filename)
            doc = self.store.add_document(case.id, filename, data, role=role)
            return envelope(
                "document",
                case_id=case.id,
                document=doc.to_json(),
                recorded=both(
                    "mcp.recorded.document",
                    case_id=case.id,
                    account=case.account,
                    filename=doc.filename,
                    media_type=doc.media_type,
                    role=doc.role,
                    sha256=doc.sha256,
                ),
            )

        return self.call(run)

    # shared by the resources and the prompt

    def facts(self, case: Case, lang: str) -> str:
        from reinstate.cases import deadlines, missing_documents, next_step

        day = self.settings.day()
        none = tr("mcp.facts.none", lang)
        limit, _ = case.effective_appeal_limit()
        lines = [
            tr("mcp.facts.account", lang, account=case.account, marketplace=case.marketplace),
            tr(
                "mcp.facts.category",
                lang,
                category=case.category,
                status=case.status.value,
                date=case.notice_date.isoformat() if case.notice_date else none,
            ),
            tr("mcp.facts.asins", lang, asins=", ".join(case.asins) or none),
            tr(
                "mcp.facts.documents",
                lang,
                requested=", ".join(case.requested_documents) or none,
                held=", ".join(sorted(case.document_roles())) or none,
                missing=", ".join(missing_documents(case)) or none,
            ),
            tr(
                "mcp.facts.appeals",
                lang,
                used=case.appeals_used(),
                limit=limit if limit is not None else "?",
            ),
        ]
        lines += [
            tr(
                "mcp.facts.deadline",
                lang,
                label=d.label[lang],
                due=d.due.isoformat(),
                days=d.days_left(day),
            )
            for d in deadlines(case)
        ]
        lines.append(tr("mcp.facts.next", lang, step=next_step(case, day)[lang]))
        return "\n".join(f"- {line}" for line in lines)


def _resources(server: MCPServer, tools: _Tools) -> None:
    @server.resource(
        "reinstate://rules",
        name="rules",
        description="Every rule: code, severity, message, why, fix, public source (kind rules).",
        mime_type="application/json",
    )
    def rules() -> str:  # public data: the HTTP gate alone guards it in team mode
        from reinstate.web import services

        return json.dumps(envelope("rules", rules=services.rules_json("en")), ensure_ascii=False)

    @server.resource(
        "reinstate://cases/{case_id}/timeline",
        name="case_timeline",
        description="A case's timeline with its deadlines and next step (kind case).",
        mime_type="application/json",
    )
    def timeline(case_id: int, ctx: Context) -> str:
        from reinstate.cases.report import case_report

        try:
            data = case_report(tools.case(ctx, int(case_id)), tools.settings.day())
        except ReinstateError as error:
            raise _fail(error) from None
        return json.dumps(data, ensure_ascii=False, default=str)


def _prompts(server: MCPServer, tools: _Tools) -> None:
    @server.prompt(
        name="draft_appeal",
        description="Draft a Plan of Action from the case's facts, with placeholders for facts "
        "not known, that passes lint_appeal and guard(appeal) before it is shown.",
    )
    def draft_appeal(case_id: str, ctx: Context, lang: str = "en") -> str:
        from reinstate.appeals.skeleton import categories
        from reinstate.appeals.skeleton import outline as skeleton

        language = "zh" if lang == "zh" else "en"
        try:
            case = tools.case(ctx, int(case_id))
        except ReinstateError as error:
            raise _fail(error) from None
        except ValueError:
            raise _fail(ReinstateError("unknown_case", case_id=case_id)) from None
        category = case.category if case.category in categories() else "generic"
        return tr(
            "mcp.prompt.draft",
            language,
            case_id=case.id,
            facts=tools.facts(case, language),
            outline=skeleton(category, lang=language, asins=list(case.asins)),
        )
