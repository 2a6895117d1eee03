"""RFC 9457 problem documents: one JSON shape for every error the API returns."""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from service.errors import TransnormError

log = logging.getLogger("transnorm.api")
PROBLEM_JSON = "application/problem+json"


class ValidationIssue(BaseModel):
    loc: list[str | int]
    msg: str
    type: str


class Problem(BaseModel):
    type: str
    title: str
    status: int
    detail: str
    errors: list[ValidationIssue] | None = None


def problem_response(
    status: int, slug: str, title: str, detail: str, *, headers: dict[str, str] | None = None, **extra: Any
) -> JSONResponse:
    body: dict[str, Any] = {"type": f"urn:transnorm:problem:{slug}", "title": title, "status": status,
                            "detail": detail}
    body.update({k: v for k, v in extra.items() if v is not None})
    return JSONResponse(body, status_code=status, media_type=PROBLEM_JSON, headers=headers)


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


async def _transnorm_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, TransnormError)
    headers: dict[str, str] | None = getattr(exc, "headers", None)
    return problem_response(exc.status_code, exc.type_slug, exc.title, exc.detail, headers=headers, **exc.extra)


async def _validation_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = [
        {"loc": [str(p) if not isinstance(p, int) else p for p in e.get("loc", ())], "msg": str(e.get("msg", "")),
         "type": str(e.get("type", ""))}
        for e in exc.errors()
    ]
    first = errors[0] if errors else None
    detail = f"{'.'.join(map(str, first['loc']))}: {first['msg']}" if first else "request is invalid"
    return problem_response(422, "validation-error", "Request validation failed", detail, errors=errors)


async def _http_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    headers = dict(exc.headers) if exc.headers else None
    slug = _phrase(exc.status_code).lower().replace(" ", "-")
    return problem_response(exc.status_code, slug, _phrase(exc.status_code), str(exc.detail), headers=headers)


async def _unexpected(_: Request, exc: Exception) -> JSONResponse:
    log.exception("unhandled error", exc_info=exc)
    return problem_response(500, "internal-error", "Internal server error", "an unexpected error occurred")


def install_problem_handlers(app: FastAPI) -> None:
    app.add_exception_handler(TransnormError, _transnorm_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(Exception, _unexpected)


# Headers that always come with a status (RFC 9110: 401 names the auth scheme; 429 says when to retry).
PROBLEM_HEADERS: dict[int, dict[str, dict[str, Any]]] = {
    401: {"WWW-Authenticate": {"description": "The authentication scheme (Bearer)", "required": True,
                               "schema": {"type": "string"}}},
    429: {"Retry-After": {"description": "Seconds until the rate limit allows the request", "required": True,
                          "schema": {"type": "integer", "minimum": 1}}},
}


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI entries for the problem statuses a route can answer."""
    return {
        status: {"model": Problem, "description": _phrase(status), "content": {PROBLEM_JSON: {}},
                 **({"headers": PROBLEM_HEADERS[status]} if status in PROBLEM_HEADERS else {})}
        for status in statuses
    }
