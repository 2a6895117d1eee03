"""The PostgreSQL the tests and the stress harness use, and whether it answers.

PostgreSQL runs in CI (TRANSNORM_TEST_POSTGRES_URL is set there and TRANSNORM_REQUIRE_POSTGRES=1 turns a missing
server into a failure, not a skip). Locally the same default is used when the server answers.
"""

from __future__ import annotations

import os

import sqlalchemy as sa

POSTGRES_URL = os.environ.get("TRANSNORM_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def postgres_available() -> bool:
    try:
        engine = sa.create_engine(POSTGRES_URL, connect_args={"connect_timeout": 2})
        with engine.connect() as connection:
            connection.execute(sa.text("SELECT 1"))
        engine.dispose()
        return True
    except Exception:
        return False


def reset_postgres() -> None:
    """An empty ``public`` schema in the test database."""
    engine = sa.create_engine(POSTGRES_URL)
    with engine.begin() as connection:
        connection.execute(sa.text("DROP SCHEMA IF EXISTS public CASCADE"))
        connection.execute(sa.text("CREATE SCHEMA public"))
    engine.dispose()
