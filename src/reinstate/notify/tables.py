"""What `reinstate remind` has sent (migration: cases/migrations/versions/notify_0001.py)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from reinstate.cases.tables import Base


class ReminderRow(Base):
    """One reminder on one channel. A row is claimed (`sending`) before the message goes out,
    so two runs at once cannot both send it; `failed` rows are tried again by the next run."""

    __tablename__ = "notify_reminders"
    __table_args__ = (UniqueConstraint("key", "channel"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(String(200))
    channel: Mapped[str] = mapped_column(String(40))
    case_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    state: Mapped[str] = mapped_column(String(10))  # sending, sent, failed
    detail: Mapped[str | None] = mapped_column(Text, nullable=True)
    at: Mapped[datetime] = mapped_column(DateTime)
