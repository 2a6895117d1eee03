"""/v1/tm and /v1/documents/{id}/xliff: translators' files in (TMX memory, reviewed XLIFF).

Each takes the file as a multipart ``file`` field or as the raw request body.
"""

from __future__ import annotations

import io

from fastapi import APIRouter, Request

from service import corpus
from service.api.deps import DocumentId, RuntimeDep, WriteSession
from service.api.problems import problem_responses
from service.errors import EmptyInputError

router = APIRouter(tags=["bridges"])


async def _upload(request: Request) -> tuple[bytes, str]:
    """The file's bytes and name, from a multipart ``file`` field or the raw body."""
    if request.headers.get("content-type", "").startswith("multipart/form-data"):
        form = await request.form()
        upload = form.get("file")
        if upload is None or isinstance(upload, str):
            raise EmptyInputError("the multipart body has no 'file' field")
        return await upload.read(), upload.filename or "upload"
    return await request.body(), "upload"


@router.post("/v1/tm", responses=problem_responses(422))
async def import_tm(request: Request, runtime: RuntimeDep) -> dict[str, int]:
    """Import a TMX file's de→en and nl→en units as translation memory: {read, imported, duplicates, ...}."""
    from fastapi.concurrency import run_in_threadpool

    from service.db.engine import begin_write

    data, name = await _upload(request)
    if not data:
        raise EmptyInputError("no TMX file was sent")

    def work() -> dict[str, int]:
        with runtime.sessions() as session:
            begin_write(session)
            report = corpus.import_tmx(session, io.BytesIO(data), provenance=name)
            session.commit()
        return report.as_dict()

    return await run_in_threadpool(work)


@router.post("/v1/documents/{document_id}/xliff", responses=problem_responses(404, 422))
async def import_xliff(document_id: DocumentId, request: Request, session: WriteSession) -> dict[str, object]:
    """Import the document's reviewed XLIFF 1.2: changed targets become human revisions, all or nothing."""
    data, _ = await _upload(request)
    if not data:
        raise EmptyInputError("no XLIFF file was sent")
    corpus.require_document(session, document_id)
    report = corpus.import_xliff(session, data, document_id=document_id)
    session.commit()
    return report.as_dict()
