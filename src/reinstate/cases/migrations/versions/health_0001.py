"""Account health: snapshots per account and marketplace, metrics, alerts sent, encrypted
credentials, and the deactivation episodes that opened draft cases.

Revision ID: health_0001
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "health_0001"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "health_snapshots",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("account", sa.String(200), nullable=False),
        sa.Column("marketplace_id", sa.String(20), nullable=False),
        sa.Column("marketplace", sa.String(8), nullable=False),
        sa.Column("taken_at", sa.DateTime, nullable=False),
        sa.Column("report_date", sa.Date, nullable=True),
        sa.Column("account_status", sa.String(20), nullable=False),
        sa.Column("ahr_status", sa.String(20), nullable=True),
        sa.Column("warnings", sa.JSON, nullable=False),
        sa.Column("source", sa.String(400), nullable=False),
        sa.Column("report_id", sa.String(100), nullable=True),
    )
    op.create_index("ix_health_snapshots_account", "health_snapshots", ["account"])
    op.create_index("ix_health_snapshots_taken_at", "health_snapshots", ["taken_at"])
    op.create_table(
        "health_metrics",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "snapshot_id",
            sa.Integer,
            sa.ForeignKey("health_snapshots.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("name", sa.String(80), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("value", sa.Float, nullable=False),
        sa.Column("target", sa.Float, nullable=True),
        sa.Column("condition", sa.String(20), nullable=True),
        sa.Column("status", sa.String(10), nullable=True),
        sa.Column("count", sa.Integer, nullable=True),
        sa.Column("total", sa.Integer, nullable=True),
        sa.Column("date_from", sa.String(40), nullable=True),
        sa.Column("date_to", sa.String(40), nullable=True),
    )
    op.create_index("ix_health_metrics_snapshot_id", "health_metrics", ["snapshot_id"])
    op.create_table(
        "health_alerts",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "snapshot_id",
            sa.Integer,
            sa.ForeignKey("health_snapshots.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("code", sa.String(8), nullable=False),
        sa.Column("key", sa.String(200), nullable=False),
        sa.Column("channel", sa.String(20), nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("detail", sa.Text, nullable=True),
        sa.Column("at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_health_alerts_snapshot_id", "health_alerts", ["snapshot_id"])
    op.create_table(
        "health_credentials",
        sa.Column("account", sa.String(200), primary_key=True),
        sa.Column("region", sa.String(4), nullable=False),
        sa.Column("marketplace_ids", sa.JSON, nullable=False),
        sa.Column("secret", sa.LargeBinary, nullable=False),
        sa.Column("key_source", sa.String(20), nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "health_episodes",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("account", sa.String(200), nullable=False),
        sa.Column("marketplace_id", sa.String(20), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column(
            "case_id", sa.Integer, sa.ForeignKey("cases.id", ondelete="SET NULL"), nullable=True
        ),
        sa.Column(
            "snapshot_id",
            sa.Integer,
            sa.ForeignKey("health_snapshots.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("active", sa.Boolean, nullable=False),
        sa.Column("started_at", sa.DateTime, nullable=False),
        sa.Column("ended_at", sa.DateTime, nullable=True),
    )
    op.create_index("ix_health_episodes_account", "health_episodes", ["account"])


def downgrade() -> None:
    op.drop_table("health_episodes")
    op.drop_table("health_credentials")
    op.drop_table("health_alerts")
    op.drop_table("health_metrics")
    op.drop_table("health_snapshots")
