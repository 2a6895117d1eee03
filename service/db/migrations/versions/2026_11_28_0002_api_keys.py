"""api keys: name, scope, SHA-256 digest of the key, created / revoked

Revision ID: 0002_api_keys
Revises: 0001_initial
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_api_keys"
down_revision = "0001_initial"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "api_keys",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("scope", sa.String(16), nullable=False),
        sa.Column("key_hash", sa.String(64), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("revoked_at", TZ),
        sa.PrimaryKeyConstraint("id", name="pk_api_keys"),
        sa.UniqueConstraint("name", name="uq_api_keys_name"),
        sa.UniqueConstraint("key_hash", name="uq_api_keys_key_hash"),
        sa.CheckConstraint("scope IN ('read', 'write')", name="ck_api_keys_scope"),
    )


def downgrade() -> None:
    op.drop_table("api_keys")
