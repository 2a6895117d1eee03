"""Engine and session factory for SQLite (embedded default) and PostgreSQL."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

WRITE_OPTION = "transnorm_write"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # WAL lets readers run beside the one writer; foreign keys make ON DELETE CASCADE real; the busy timeout
    # makes concurrent writers wait for the lock instead of failing.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA synchronous=FULL")  # committed means kept, power loss included
    cursor.close()


def _sqlite_begin(conn: Any) -> None:
    # pysqlite runs in autocommit mode (isolation_level=None) so that we choose how a transaction begins:
    # a write transaction takes the write lock at once (BEGIN IMMEDIATE), so a read-then-write transaction
    # (a claim) is never overtaken between its read and its write and never fails with "database is locked";
    # reads stay deferred so that long exports never block writers (WAL).
    immediate = conn.get_execution_options().get(WRITE_OPTION, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": 30, "isolation_level": None},
            pool_pre_ping=False,
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20)


def begin_write(session: Session) -> None:
    """Mark the session's transaction as a writer before its first statement (no-op on PostgreSQL)."""
    session.connection(execution_options={WRITE_OPTION: True})


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False)


@dataclass
class Store:
    """An open database: the engine and its session factory. Close it (or use it as a context manager)."""

    engine: Engine
    sessions: sessionmaker[Session]

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def open_store(url: str, *, upgrade: bool) -> Store:
    """The one way a process opens the database: engine, migrations when asked, session factory."""
    from service.db import migrate  # migrate imports the tables, which need nothing from here

    engine = make_engine(url)
    if upgrade:
        migrate.upgrade(engine)
    return Store(engine, make_session_factory(engine))
