"""Migrations: up to head, all the way down and up again, on both databases; search folding on PostgreSQL."""

from __future__ import annotations

import sqlalchemy as sa

from service.db import migrate
from service.db.engine import make_engine


def test_migrations_go_down_to_base_and_up_again(database_url: str) -> None:
    engine = make_engine(database_url)
    try:
        migrate.upgrade(engine)
        assert migrate.current_revision(engine) == migrate.head_revision()
        migrate.downgrade(engine, "base")
        assert migrate.current_revision(engine) is None
        assert "documents" not in sa.inspect(engine).get_table_names()
        migrate.upgrade(engine)
        assert migrate.current_revision(engine) == migrate.head_revision()
        if engine.dialect.name == "postgresql":
            with engine.connect() as connection:
                # The search columns are built through transnorm_fold; with unaccent installed it strips marks.
                folded = connection.execute(sa.text("SELECT transnorm_fold('Präsident reïntegreren')")).scalar()
                assert folded == "Prasident reintegreren"
                matches = connection.execute(
                    sa.text("SELECT to_tsvector('simple', transnorm_fold('Präsident')) "
                            "@@ plainto_tsquery('simple', transnorm_fold('prasident'))")
                ).scalar()
                assert matches is True
    finally:
        engine.dispose()


def test_a_downgrade_of_one_step_keeps_the_search_triggers(tmp_path) -> None:
    """0004 adds pair columns with plain ALTER TABLE: a batch rebuild of ``pairs`` would drop its FTS triggers."""
    engine = make_engine(f"sqlite:///{tmp_path / 'steps.db'}")

    def triggers() -> list[str]:
        with engine.connect() as connection:
            rows = connection.execute(sa.text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))
            return sorted(row[0] for row in rows)

    try:
        migrate.upgrade(engine)
        at_head = triggers()
        migrate.downgrade(engine, "0003_search_unaccent")
        assert "pairs_fts_ai" in at_head
        assert triggers() == at_head
        assert "state" not in {column["name"] for column in sa.inspect(engine).get_columns("pairs")}
    finally:
        engine.dispose()
