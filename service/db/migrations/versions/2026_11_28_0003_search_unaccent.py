"""full-text search folds diacritics on PostgreSQL too, as FTS5's unicode61 tokenizer does on SQLite

"Prasident" finds "Präsident" and "reintegreren" finds "reïntegreren" on both databases. The generated
``search`` columns are rebuilt through ``transnorm_fold``, an IMMUTABLE wrapper around the ``unaccent``
extension (a generated column may only call immutable functions; ``unaccent`` itself is only STABLE). Where
the extension cannot be created (contrib not installed, or the role may not create it: it is a trusted
extension from PostgreSQL 13 on), ``transnorm_fold`` is the identity and search keeps diacritics, as before.

Revision ID: 0003_search_unaccent
Revises: 0002_api_keys
Create Date: 2026-11-28
"""

import logging

from alembic import op
from sqlalchemy.exc import DBAPIError

revision = "0003_search_unaccent"
down_revision = "0002_api_keys"
branch_labels = None
depends_on = None

log = logging.getLogger("alembic.runtime.migration")

SEARCH_SOURCES = {
    "pairs": "coalesce(source, '') || ' ' || coalesce(target, '')",
    "documents": "coalesce(title, '') || ' ' || text",
}


def _unaccent_schema() -> str | None:
    """Create the unaccent extension if we may; the schema it lives in, or None."""
    bind = op.get_bind()
    try:
        with bind.begin_nested():
            bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS unaccent")
    except DBAPIError as exc:
        log.warning("unaccent extension unavailable, search keeps diacritics on PostgreSQL: %s",
                    str(exc.orig).splitlines()[0])
        return None
    schema = bind.exec_driver_sql(
        "SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'unaccent'"
    ).scalar()
    return str(schema) if schema else None


def _rebuild_search(expression: str) -> None:
    for table, source in SEARCH_SOURCES.items():
        op.execute(f"ALTER TABLE {table} DROP COLUMN search")   # drops ix_<table>_search with it
        op.execute(
            f"ALTER TABLE {table} ADD COLUMN search tsvector GENERATED ALWAYS AS "
            f"(to_tsvector('simple', {expression.format(source)})) STORED"
        )
        op.execute(f"CREATE INDEX ix_{table}_search ON {table} USING gin (search)")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    schema = _unaccent_schema()
    body = f"SELECT {schema}.unaccent('{schema}.unaccent'::regdictionary, $1)" if schema else "SELECT $1"
    op.execute(
        "CREATE OR REPLACE FUNCTION transnorm_fold(text) RETURNS text "
        f"LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $fold$ {body} $fold$"
    )
    _rebuild_search("transnorm_fold({})")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    _rebuild_search("{}")
    op.execute("DROP FUNCTION IF EXISTS transnorm_fold(text)")
