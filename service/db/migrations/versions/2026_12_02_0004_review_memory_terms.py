"""pair review state and quality findings; imported translation memory; terminology

Pairs gain ``state`` (unreviewed | edited | approved; human revisions already stored become ``edited``),
``reviewed_by`` / ``reviewed_at``, ``checks`` (quality findings) and ``provenance``. ``memory_units`` holds TMX
imports; ``terms`` the deployment's terminology.

Revision ID: 0004_review_memory_terms
Revises: 0003_search_unaccent
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_review_memory_terms"
down_revision = "0003_search_unaccent"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.add_column("pairs", sa.Column("state", sa.String(16), nullable=False, server_default="unreviewed"))
    op.add_column("pairs", sa.Column("reviewed_by", sa.String(100)))
    op.add_column("pairs", sa.Column("reviewed_at", TZ))
    op.add_column("pairs", sa.Column("checks", sa.JSON(), nullable=False, server_default="[]"))
    op.add_column("pairs", sa.Column("provenance", sa.Text()))
    op.create_index("ix_pairs_state", "pairs", ["state"])
    op.execute("UPDATE pairs SET state = 'edited' WHERE origin = 'human'")
    op.create_table(
        "memory_units",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("source_lang", sa.String(8), nullable=False),
        sa.Column("target_lang", sa.String(8), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("source_hash", sa.String(64), nullable=False),
        sa.Column("target", sa.Text(), nullable=False),
        sa.Column("target_hash", sa.String(64), nullable=False),
        sa.Column("provenance", sa.Text()),
        sa.Column("created_at", TZ, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_memory_units"),
        sa.UniqueConstraint("source_lang", "target_lang", "source_hash", "target_hash", name="uq_memory_units_unit"),
    )
    op.create_index("ix_memory_units_lookup", "memory_units", ["source_lang", "target_lang", "source_hash"])
    op.create_table(
        "terms",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("source_lang", sa.String(8), nullable=False),
        sa.Column("source_term", sa.Text(), nullable=False),
        sa.Column("target_term", sa.Text()),
        sa.Column("dnt", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text()),
        sa.Column("created_at", TZ, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_terms"),
        sa.UniqueConstraint("source_lang", "source_term", name="uq_terms_source"),
    )


def downgrade() -> None:
    op.drop_table("terms")
    op.drop_index("ix_memory_units_lookup", table_name="memory_units")
    op.drop_table("memory_units")
    # Plain ALTER TABLE … DROP COLUMN (SQLite ≥ 3.35): a batch "move and copy" would drop the FTS triggers.
    op.drop_index("ix_pairs_state", table_name="pairs")
    for column in ("provenance", "checks", "reviewed_at", "reviewed_by", "state"):
        op.drop_column("pairs", column)
