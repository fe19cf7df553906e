"""Reminders: what `reinstate remind` sent, once per reminder and channel.

Revision ID: notify_0001
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "notify_0001"
down_revision = "0001"
branch_labels = ("notify",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "notify_reminders",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("key", sa.String(200), nullable=False),
        sa.Column("channel", sa.String(40), nullable=False),
        sa.Column("case_id", sa.Integer, nullable=True, index=True),
        sa.Column("state", sa.String(10), nullable=False),
        sa.Column("detail", sa.Text, nullable=True),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("key", "channel"),
    )


def downgrade() -> None:
    op.drop_table("notify_reminders")
