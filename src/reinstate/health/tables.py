"""The health tables on the ledger's Base (migration: cases/migrations/versions/health_0001.py)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from reinstate.cases.tables import Base


class SnapshotRow(Base):
    """One report's view of one account in one marketplace."""

    __tablename__ = "health_snapshots"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    account: Mapped[str] = mapped_column(String(200), index=True)
    marketplace_id: Mapped[str] = mapped_column(String(20))
    marketplace: Mapped[str] = mapped_column(String(8))
    taken_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    report_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    account_status: Mapped[str] = mapped_column(String(20))
    ahr_status: Mapped[str | None] = mapped_column(String(20), nullable=True)
    warnings: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    source: Mapped[str] = mapped_column(String(400))
    report_id: Mapped[str | None] = mapped_column(String(100), nullable=True)


class MetricRow(Base):
    __tablename__ = "health_metrics"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    snapshot_id: Mapped[int] = mapped_column(
        ForeignKey("health_snapshots.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(80))
    kind: Mapped[str] = mapped_column(String(20))
    value: Mapped[float] = mapped_column(Float)
    target: Mapped[float | None] = mapped_column(Float, nullable=True)
    condition: Mapped[str | None] = mapped_column(String(20), nullable=True)
    status: Mapped[str | None] = mapped_column(String(10), nullable=True)
    count: Mapped[int | None] = mapped_column(Integer, nullable=True)
    total: Mapped[int | None] = mapped_column(Integer, nullable=True)
    date_from: Mapped[str | None] = mapped_column(String(40), nullable=True)
    date_to: Mapped[str | None] = mapped_column(String(40), nullable=True)


class AlertRow(Base):
    """An alert raised on a snapshot and what happened when it was sent on one channel."""

    __tablename__ = "health_alerts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    snapshot_id: Mapped[int] = mapped_column(
        ForeignKey("health_snapshots.id", ondelete="CASCADE"), index=True
    )
    code: Mapped[str] = mapped_column(String(8))
    key: Mapped[str] = mapped_column(String(200))
    channel: Mapped[str] = mapped_column(String(20))
    state: Mapped[str] = mapped_column(String(20))  # sent, failed, repeat, shown
    detail: Mapped[str | None] = mapped_column(Text, nullable=True)
    at: Mapped[datetime] = mapped_column(DateTime)


class CredentialRow(Base):
    """Selling Partner API credentials of one account, encrypted (Fernet) as one token."""

    __tablename__ = "health_credentials"

    account: Mapped[str] = mapped_column(String(200), primary_key=True)
    region: Mapped[str] = mapped_column(String(4))
    marketplace_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    secret: Mapped[bytes] = mapped_column(LargeBinary)
    key_source: Mapped[str] = mapped_column(String(20))
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class EpisodeRow(Base):
    """A deactivation (or at-risk) episode and the draft case it opened: one case per episode."""

    __tablename__ = "health_episodes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    account: Mapped[str] = mapped_column(String(200), index=True)
    marketplace_id: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20))
    case_id: Mapped[int | None] = mapped_column(
        ForeignKey("cases.id", ondelete="SET NULL"), nullable=True
    )
    snapshot_id: Mapped[int | None] = mapped_column(
        ForeignKey("health_snapshots.id", ondelete="SET NULL"), nullable=True
    )
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    started_at: Mapped[datetime] = mapped_column(DateTime)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
