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
