"""Dependencies: the runtime, sessions (read and write), and validated path parameters."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Path, Request
from sqlalchemy.orm import Session

from service.config import Settings
from service.corpus import require_document
from service.db.engine import begin_write
from service.db.tables import Document
from service.runtime import Runtime


def get_runtime(request: Request) -> Runtime:
    runtime: Runtime = request.app.state.runtime
    return runtime


RuntimeDep = Annotated[Runtime, Depends(get_runtime)]


def get_settings(runtime: RuntimeDep) -> Settings:
    return runtime.settings


SettingsDep = Annotated[Settings, Depends(get_settings)]


def read_session(runtime: RuntimeDep) -> Iterator[Session]:
    with runtime.sessions() as session:
        yield session


def write_session(runtime: RuntimeDep) -> Iterator[Session]:
    """A session whose transaction writes: the route commits once; anything uncommitted is rolled back."""
    with runtime.sessions() as session:
        begin_write(session)
        yield session


ReadSession = Annotated[Session, Depends(read_session)]
WriteSession = Annotated[Session, Depends(write_session)]

DocumentId = Annotated[int, Path(ge=1, le=2**62, description="Document id")]
PairId = Annotated[int, Path(ge=1, le=2**62, description="Pair id")]


def valid_document(document_id: DocumentId, session: ReadSession) -> Document:
    return require_document(session, document_id)


ValidDocument = Annotated[Document, Depends(valid_document)]
