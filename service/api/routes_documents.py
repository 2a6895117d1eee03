"""/v1/documents: ingest, list, read, delete, the document's pairs and its export."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import StreamingResponse
from pydantic import ValidationError
from starlette.datastructures import UploadFile

from service import corpus
from service.api.deps import DocumentId, ReadSession, RuntimeDep, ValidDocument, WriteSession
from service.api.exports import EXPORT_RESPONSES, ExportFormat, stream_export
from service.api.problems import problem_responses
from service.api.schemas import (
    DocumentIn,
    DocumentList,
    DocumentOut,
    PairList,
    SourceLang,
    Status,
    document_out,
    document_summary,
    pair_out,
    with_qa,
)
from service.db import repository
from service.errors import InputError, UnsupportedMediaTypeError
from service.runtime import Runtime
from service.vocabulary import FINAL_STATUSES, PairState

router = APIRouter(prefix="/v1/documents", tags=["documents"])

UPLOAD_FIELDS = ("source_lang", "title", "source", "url", "published", "external_id")

_POST_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/DocumentIn"}},
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["file"],
                    "properties": {
                        "file": {"type": "string", "format": "binary"},
                        **{name: {"type": "string"} for name in UPLOAD_FIELDS},
                    },
                }
            },
        },
    }
}


async def _read_document_in(request: Request) -> tuple[DocumentIn | None, bytes | None, str | None, str | None]:
    """The JSON body, or the uploaded file and its form fields. Validation errors become 422 problems."""
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type == "application/json":
        try:
            return DocumentIn.model_validate_json(await request.body()), None, None, None
        except ValidationError as exc:
            from fastapi.exceptions import RequestValidationError

            raise RequestValidationError(exc.errors(include_url=False)) from exc
    if media_type == "multipart/form-data":
        settings = request.app.state.runtime.settings
        form = await request.form(max_files=1, max_fields=20, max_part_size=settings.max_document_bytes + 1)
        upload = form.get("file")
        if not isinstance(upload, UploadFile):
            raise InputError("multipart upload needs a 'file' part")
        data = await upload.read()
        fields = {name: form.get(name) for name in UPLOAD_FIELDS if isinstance(form.get(name), str) and form.get(name)}
        try:
            meta = DocumentIn.model_validate({"text": "", **fields})
        except ValidationError as exc:
            from fastapi.exceptions import RequestValidationError

            raise RequestValidationError(exc.errors(include_url=False)) from exc
        # The client's file name is only a hint for the decoder; it never becomes a path.
        return meta, data, upload.content_type, upload.filename
    raise UnsupportedMediaTypeError(
        f"POST /v1/documents takes application/json or multipart/form-data, not {media_type or 'no content type'}"
    )


def _view_out(view: corpus.DocumentView) -> DocumentOut:
    return with_qa(document_out(view.document, view.segments, view.pair_count), view.qa)


def _document_out(runtime: Runtime, document_id: int) -> DocumentOut:
    with runtime.sessions() as session:
        return _view_out(corpus.document_view(session, document_id))


@router.post(
    "",
    status_code=201,
    response_model=DocumentOut,
    openapi_extra=_POST_BODY,
    responses={200: {"model": DocumentOut, "description": "The same content was already stored"},
               202: {"model": DocumentOut, "description": "Accepted; still being translated"},
               **problem_responses(400, 413, 415, 422)},
)
async def create_document(
    request: Request,
    response: Response,
    runtime: RuntimeDep,
    wait: Annotated[float | None, Query(ge=0, le=300, description="Seconds to wait for the translation")] = None,
) -> DocumentOut:
    """Ingest one release (JSON text or an uploaded file); it is normalized, stored and queued for translation."""
    body, data, content_type, filename = await _read_document_in(request)
    assert body is not None

    submission = corpus.Submission(
        text=body.text, data=data, content_type=content_type, filename=filename, source_lang=body.source_lang,
        meta=corpus.DocumentMeta(title=body.title, source=body.source, url=body.url, published=body.published,
                                 external_id=body.external_id),
    )
    seconds = runtime.settings.wait_seconds if wait is None else wait

    def work() -> tuple[corpus.IngestResult, DocumentOut]:
        result = corpus.ingest(runtime.sessions, runtime.settings, submission, on_queued=runtime.work_arrived)
        if result.created:
            corpus.wait_until_final(runtime.sessions, result.document.id, seconds, wait=runtime.events.wait)
        return result, _document_out(runtime, result.document.id)

    result, out = await run_in_threadpool(work)
    if not result.created:
        response.status_code = 200
    elif out.status not in FINAL_STATUSES:
        response.status_code = 202
        response.headers["Location"] = f"/v1/documents/{out.id}"
    return out


@router.get("", response_model=DocumentList, responses=problem_responses(422))
def list_documents(
    session: ReadSession,
    source_lang: SourceLang | None = None,
    status: Status | None = None,
    q: Annotated[str | None, Query(max_length=500, description="Full-text query")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
) -> DocumentList:
    """List documents, newest first, with filters and cursor paging."""
    page = corpus.list_documents(session, source_lang=source_lang, status=status, q=q, limit=limit, cursor=cursor)
    return DocumentList(items=[with_qa(document_summary(d), page.qa[d.id]) for d in page.documents],
                        next_cursor=page.next_cursor)


@router.get("/{document_id}", response_model=DocumentOut, responses=problem_responses(404, 422))
def get_document(document: ValidDocument, session: ReadSession) -> DocumentOut:
    """A document: metadata, status, structure, segments and counts."""
    return _view_out(corpus.document_view(session, document.id))


@router.delete("/{document_id}", status_code=204, responses=problem_responses(404, 422))
def delete_document(document_id: DocumentId, session: WriteSession) -> Response:
    """Delete a document with its segments and pairs."""
    corpus.delete_document(session, document_id)
    session.commit()
    return Response(status_code=204)


@router.get("/{document_id}/pairs", response_model=PairList, responses=problem_responses(404, 422))
def document_pairs(
    document: ValidDocument,
    session: ReadSession,
    limit: Annotated[int, Query(ge=1, le=5000)] = 1000,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
) -> PairList:
    """The document's aligned pairs (current revisions) in document order, a page at a time."""
    records, next_cursor = repository.page_of_document(session, document.id, limit=limit, cursor=cursor)
    return PairList(items=[pair_out(r) for r in records], next_cursor=next_cursor)


@router.get(
    "/{document_id}/export",
    response_class=StreamingResponse,
    responses={**EXPORT_RESPONSES, **problem_responses(404, 422)},
)
def export_document(
    document: ValidDocument, runtime: RuntimeDep, format: ExportFormat = "tmx", state: PairState | None = None
) -> StreamingResponse:
    """Download the document's pairs (or those in one review state, e.g. approved) as TMX, TSV or JSONL."""
    return stream_export(runtime, format, filters=corpus.PairFilters(document_id=document.id, state=state),
                         srclang=document.source_lang, filename=f"transnorm-document-{document.id}")
