"""initial schema: documents, segments, pairs, full-text search

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("source_lang", sa.String(8), nullable=False),
        sa.Column("language_confidence", sa.Float(), nullable=False),
        sa.Column("title", sa.Text()),
        sa.Column("source", sa.Text()),
        sa.Column("url", sa.Text()),
        sa.Column("published", sa.Date()),
        sa.Column("external_id", sa.String(256)),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("structure", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(32), nullable=False),
        sa.Column("error", sa.Text()),
        sa.Column("lease_owner", sa.String(128)),
        sa.Column("lease_expires_at", TZ),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("segment_count", sa.Integer(), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("updated_at", TZ, nullable=False),
        sa.Column("translated_at", TZ),
        sa.PrimaryKeyConstraint("id", name="pk_documents"),
        sa.UniqueConstraint("content_hash", name="uq_documents_content_hash"),
    )
    op.create_index("ix_documents_source_lang", "documents", ["source_lang"])
    op.create_index("ix_documents_status", "documents", ["status"])

    op.create_table(
        "segments",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("paragraph", sa.Integer(), nullable=False),
        sa.Column("sentence", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(32), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("flags", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_segments"),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name="fk_segments_document_id_documents", ondelete="CASCADE"
        ),
        sa.UniqueConstraint("document_id", "paragraph", "sentence", name="uq_segments_position"),
    )
    op.create_index("ix_segments_document_id", "segments", ["document_id"])

    op.create_table(
        "pairs",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("segment_id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("is_current", sa.Boolean(), nullable=False),
        sa.Column("source_lang", sa.String(8), nullable=False),
        sa.Column("target_lang", sa.String(8), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("source_hash", sa.String(64), nullable=False),
        sa.Column("target", sa.Text(), nullable=False),
        sa.Column("origin", sa.String(16), nullable=False),
        sa.Column("model", sa.String(256)),
        sa.Column("model_revision", sa.String(64)),
        sa.Column("score", sa.Float()),
        sa.Column("flags", sa.JSON(), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_pairs"),
        sa.ForeignKeyConstraint(
            ["segment_id"], ["segments.id"], name="fk_pairs_segment_id_segments", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name="fk_pairs_document_id_documents", ondelete="CASCADE"
        ),
        sa.UniqueConstraint("segment_id", "revision", name="uq_pairs_segment_revision"),
    )
    op.create_index("ix_pairs_segment_id", "pairs", ["segment_id"])
    op.create_index("ix_pairs_document_id", "pairs", ["document_id"])
    op.create_index("ix_pairs_tm_lookup", "pairs", ["source_hash", "model", "model_revision"])
    op.create_index(
        "uq_pairs_current",
        "pairs",
        ["segment_id"],
        unique=True,
        sqlite_where=sa.text("is_current"),
        postgresql_where=sa.text("is_current"),
    )

    if op.get_bind().dialect.name == "sqlite":
        _sqlite_fts()
    else:
        _postgresql_fts()


def _sqlite_fts() -> None:
    # External-content FTS5 indexes kept in step by triggers; unicode61 folds case and diacritics so
    # "Aserbaidschan" finds "aserbaidschan" and "reintegreren" finds "reïntegreren".
    for table, columns in (("pairs", "source, target"), ("documents", "title, text")):
        cols = [c.strip() for c in columns.split(",")]
        new = ", ".join(f"new.{c}" for c in cols)
        old = ", ".join(f"old.{c}" for c in cols)
        op.execute(
            f"CREATE VIRTUAL TABLE {table}_fts USING fts5({columns}, content='{table}', content_rowid='id', "
            "tokenize='unicode61 remove_diacritics 2')"
        )
        op.execute(
            f"CREATE TRIGGER {table}_fts_ai AFTER INSERT ON {table} BEGIN "
            f"INSERT INTO {table}_fts(rowid, {columns}) VALUES (new.id, {new}); END"
        )
        op.execute(
            f"CREATE TRIGGER {table}_fts_ad AFTER DELETE ON {table} BEGIN "
            f"INSERT INTO {table}_fts({table}_fts, rowid, {columns}) VALUES ('delete', old.id, {old}); END"
        )
        op.execute(
            f"CREATE TRIGGER {table}_fts_au AFTER UPDATE ON {table} BEGIN "
            f"INSERT INTO {table}_fts({table}_fts, rowid, {columns}) VALUES ('delete', old.id, {old}); "
            f"INSERT INTO {table}_fts(rowid, {columns}) VALUES (new.id, {new}); END"
        )


def _postgresql_fts() -> None:
    # The 'simple' configuration: the corpus mixes German, Dutch and English, so no one language's stemmer
    # may stand for all; unaccent is not assumed to be installed.
    op.execute(
        "ALTER TABLE pairs ADD COLUMN search tsvector GENERATED ALWAYS AS "
        "(to_tsvector('simple', coalesce(source, '') || ' ' || coalesce(target, ''))) STORED"
    )
    op.execute("CREATE INDEX ix_pairs_search ON pairs USING gin (search)")
    op.execute(
        "ALTER TABLE documents ADD COLUMN search tsvector GENERATED ALWAYS AS "
        "(to_tsvector('simple', coalesce(title, '') || ' ' || text)) STORED"
    )
    op.execute("CREATE INDEX ix_documents_search ON documents USING gin (search)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for table in ("pairs", "documents"):
            for suffix in ("ai", "ad", "au"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_fts_{suffix}")
            op.execute(f"DROP TABLE IF EXISTS {table}_fts")
    op.drop_table("pairs")
    op.drop_table("segments")
    op.drop_table("documents")
