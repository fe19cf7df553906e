"""The first ledger: cases, events, content-addressed blobs and case documents.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "cases",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("account", sa.String(200), nullable=False),
        sa.Column("marketplace", sa.String(8), nullable=False),
        sa.Column("category", sa.String(40), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("notice_date", sa.Date, nullable=True),
        sa.Column("deadline_days", sa.Integer, nullable=True),
        sa.Column("appeal_limit", sa.Integer, nullable=True),
        sa.Column("asins", sa.JSON, nullable=False),
        sa.Column("requested_documents", sa.JSON, nullable=False),
        sa.Column("final_decision", sa.Boolean, nullable=False),
        sa.Column("invoice_window_days", sa.Integer, nullable=True),
        sa.Column("notice_text", sa.Text, nullable=True),
        sa.Column("notice", sa.JSON, nullable=True),
        sa.Column("profile", sa.JSON, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "events",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "case_id", sa.Integer, sa.ForeignKey("cases.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("channel", sa.String(40), nullable=True),
        sa.Column("text", sa.Text, nullable=True),
        sa.Column("note", sa.Text, nullable=True),
    )
    op.create_index("ix_events_case_id", "events", ["case_id"])
    op.create_index("ix_events_at", "events", ["at"])
    op.create_table(
        "blobs",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("content", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "case_id", sa.Integer, sa.ForeignKey("cases.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("sha256", sa.String(64), sa.ForeignKey("blobs.sha256"), nullable=False),
        sa.Column("filename", sa.String(400), nullable=False),
        sa.Column("role", sa.String(40), nullable=False),
        sa.Column("media_type", sa.String(100), nullable=False),
        sa.Column("added_at", sa.DateTime, nullable=False),
        sa.Column(
            "event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="SET NULL"), nullable=True
        ),
    )
    op.create_index("ix_documents_case_id", "documents", ["case_id"])


def downgrade() -> None:
    op.drop_table("documents")
    op.drop_table("blobs")
    op.drop_table("events")
    op.drop_table("cases")
