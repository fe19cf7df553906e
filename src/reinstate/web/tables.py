"""The web workbench's own tables: organisations, users, roles, invitations, sessions, case owners.

They sit beside the ledger's tables on the same `Base` and never change them: which organisation a
case belongs to is a row in `case_orgs`, so the CLI and the ledger work exactly as before.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from reinstate.cases.tables import Base

ROLES = ("owner", "member", "viewer")


class OrgRow(Base):
    __tablename__ = "web_orgs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class UserRow(Base):
    __tablename__ = "web_users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    email: Mapped[str] = mapped_column(String(320), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    password_hash: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class MembershipRow(Base):
    __tablename__ = "web_memberships"
    __table_args__ = (UniqueConstraint("user_id", "org_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("web_users.id", ondelete="CASCADE"), index=True)
    org_id: Mapped[int] = mapped_column(ForeignKey("web_orgs.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(10))


class InvitationRow(Base):
    __tablename__ = "web_invitations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    org_id: Mapped[int] = mapped_column(ForeignKey("web_orgs.id", ondelete="CASCADE"), index=True)
    email: Mapped[str] = mapped_column(String(320))
    role: Mapped[str] = mapped_column(String(10))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    invited_by: Mapped[int | None] = mapped_column(
        ForeignKey("web_users.id", ondelete="SET NULL"), nullable=True
    )
    created_at: Mapped[datetime] = mapped_column(DateTime)
    expires_at: Mapped[datetime] = mapped_column(DateTime)
    accepted_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class SessionRow(Base):
    """A signed-in browser. The cookie holds a random token; only its sha256 is stored."""

    __tablename__ = "web_sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("web_users.id", ondelete="CASCADE"), index=True)
    org_id: Mapped[int] = mapped_column(ForeignKey("web_orgs.id", ondelete="CASCADE"))
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    expires_at: Mapped[datetime] = mapped_column(DateTime)


class CaseOrgRow(Base):
    """Which organisation owns a case (team mode). Cases without a row are local-mode cases."""

    __tablename__ = "case_orgs"

    case_id: Mapped[int] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True
    )
    org_id: Mapped[int] = mapped_column(ForeignKey("web_orgs.id", ondelete="CASCADE"), index=True)


class RateCounterRow(Base):
    """One fixed-window counter of the `limits` library (see `ratelimit.LedgerStorage`)."""

    __tablename__ = "web_rate_counters"

    key: Mapped[str] = mapped_column(String(400), primary_key=True)
    count: Mapped[int] = mapped_column(Integer)
    expires_at: Mapped[float] = mapped_column(Float)  # seconds since the epoch


class DraftRow(Base):
    """The appeal being written for a case: saved as the user types, never sent anywhere."""

    __tablename__ = "web_drafts"

    case_id: Mapped[int] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True
    )
    text: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    updated_by: Mapped[int | None] = mapped_column(
        ForeignKey("web_users.id", ondelete="SET NULL"), nullable=True
    )


class InvoiceCheckRow(Base):
    """A stored invoice's pre-flight, kept so that pages show it instead of reading the file on
    every view, in every worker and after a restart. `key` hashes everything the answer depends
    on (the bytes, the file name, the rule set's version, the case's invoice context, the day);
    one row per stored file name is kept, so a new rule set or a new day replaces the old row."""

    __tablename__ = "web_invoice_checks"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    filename: Mapped[str] = mapped_column(String(400))
    rules_version: Mapped[str] = mapped_column(String(64))
    findings: Mapped[str] = mapped_column(Text)  # the findings' JSON, as the pages show them
    checked_at: Mapped[datetime] = mapped_column(DateTime)
