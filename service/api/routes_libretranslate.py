"""LibreTranslate-compatible routes at the root, for the apps and clients that speak only its API.

LibreTranslate's contract (libretranslate/app.py): parameters from a JSON body, else form body and query string
together; ``api_key`` as a parameter (checked by service.api.security exactly as on /v1); errors as
``{"error": "..."}`` with 400, 403, 429 ("Slowdown: ...") or 500, never problem JSON. Translation goes through the
/v1/translate use case (micro-batched); texts keep their lines; ``format=html`` keeps every tag
(service.pipeline.markup); ``alternatives`` are empty lists of the right shape (greedy decoding has one output).
"""

from __future__ import annotations

import json
import re
import time
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, JSONResponse, Response

from models.registry import LANGUAGES, TARGET_LANGUAGE, source_languages
from service.api.ratelimit import retry_after_header
from service.api.security import authorize, security_of
from service.errors import AuthenticationError, ForbiddenError, TooLargeError, TransnormError
from service.pipeline.markup import translate_markup
from service.pipeline.segment import segment_paragraph
from service.runtime import Runtime
from service.translation import usecases

router = APIRouter(tags=["libretranslate"])

FILE_LIFETIME_SECONDS = 30 * 60     # translated files are served this long, then deleted
FILE_FORMATS = (".txt", ".html", ".htm")
_LINES = re.compile(r"(\n+)")


class LibreError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


async def _params(request: Request) -> dict[str, Any]:
    """LibreTranslate's parameter sources: a JSON object, else form fields and query string together."""
    if request.headers.get("content-type", "").split(";")[0].strip().lower() == "application/json":
        try:
            data = json.loads(await request.body() or b"null")
        except ValueError:
            data = None
        if not isinstance(data, dict):
            raise LibreError(400, "Invalid JSON format")
        return data
    params: dict[str, Any] = {}
    form = await request.form() if request.method != "GET" or await request.body() else None
    for source in (request.query_params, form):
        if source is None:
            continue
        for key in source:
            values = [v for v in source.getlist(key) if isinstance(v, str)]
            if values and key not in params:
                # A repeated q (httpx posts a list that way) is a batch; any other field takes its first value.
                params[key] = values if key == "q" and len(values) > 1 else values[0]
    return params


async def _check_access(request: Request, params: dict[str, Any], *, chars: int = 0) -> None:
    """Transnorm's key check and rate limit, answered as LibreTranslate answers."""
    presented = str(params.get("api_key") or "").strip() or request.headers.get("x-api-key") or None
    if not presented and (bearer := request.headers.get("authorization", "")).lower().startswith("bearer "):
        presented = bearer[7:].strip()
    try:
        principal = await authorize(request, None, presented)
    except AuthenticationError as exc:
        if presented:
            raise LibreError(403, "Invalid API key") from exc
        raise LibreError(400, "Please contact the server operator to get an API key") from exc
    except ForbiddenError as exc:
        raise LibreError(403, exc.detail) from exc
    security = security_of(request)
    wait = security.limiter.take(principal.client, chars) if security.limiter.enabled else None
    if wait is not None:
        raise LibreError(429, f"Slowdown: too many requests; retry in {retry_after_header(wait)} s")


def _require(params: dict[str, Any], name: str) -> Any:
    value = params.get(name)
    if value is None or value == "" or value == []:
        raise LibreError(400, f"Invalid request: missing {name} parameter")
    return value


def _translate_texts(runtime: Runtime, texts: Sequence[str], lang: str) -> list[str]:
    """Translate each text, keeping its line structure; all sentences go to the model in one call."""
    layouts: list[list[str | int]] = []  # per text: separators (str) and counts of sentences (int)
    sentences: list[str] = []
    for text in texts:
        layout: list[str | int] = []
        for piece in _LINES.split(text):
            if not piece.strip() or piece.startswith("\n"):
                layout.append(piece)
                continue
            spans = segment_paragraph(" ".join(piece.split()), lang, max_chars=runtime.settings.max_sentence_chars)
            sentences.extend(span.text for span in spans)
            layout.append(len(spans))
        layouts.append(layout)
    if not sentences:
        return list(texts)
    result = usecases.translate_text(runtime.pool, runtime.settings, sentences, lang)
    targets = iter(t.target for t in result.translations)
    out = []
    for layout in layouts:
        out.append("".join(p if isinstance(p, str) else " ".join(next(targets) for _ in range(p)) for p in layout))
    return out


def _translate(runtime: Runtime, texts: list[str], lang: str, target: str, fmt: str) -> list[str]:
    if lang == target:
        return texts
    if fmt == "html":
        return [translate_markup(t, lambda blocks: _translate_texts(runtime, blocks, lang)) for t in texts]
    return _translate_texts(runtime, texts, lang)


def _detect(text: str) -> dict[str, Any]:
    best = usecases.detect(text)[0]
    return {"confidence": float(round(best.confidence * 100, 1)), "language": best.language}


def _supported(code: str) -> None:
    if code not in source_languages() and code != TARGET_LANGUAGE:
        raise LibreError(400, f"{code} is not supported")


def _translate_sync(runtime: Runtime, params: dict[str, Any]) -> dict[str, Any]:
    q = _require(params, "q")
    source = str(_require(params, "source"))
    target = str(_require(params, "target"))
    fmt = str(params.get("format") or "text")
    if fmt not in ("text", "html"):
        raise LibreError(400, f"{fmt} format is not supported")
    batch = isinstance(q, list)
    texts = [str(t) for t in q] if batch else [str(q)]
    size = sum(len(t) for t in texts)
    if size > runtime.settings.max_translate_chars:
        raise LibreError(
            400, f"Invalid request: request ({size}) exceeds text limit ({runtime.settings.max_translate_chars})"
        )
    if target != TARGET_LANGUAGE:
        raise LibreError(400, f"{target} is not supported")
    detected = [_detect(t) if t.strip() else {"confidence": 0.0, "language": TARGET_LANGUAGE} for t in texts] \
        if source == "auto" else None
    langs = [str(d["language"]) for d in detected] if detected else [source] * len(texts)
    for lang in langs:
        _supported(lang)
    translated: list[str] = list(texts)
    for lang in dict.fromkeys(langs):
        indexes = [i for i, item in enumerate(langs) if item == lang]
        for i, text in zip(indexes, _translate(runtime, [texts[i] for i in indexes], lang, target, fmt),
                           strict=True):
            translated[i] = text
    body: dict[str, Any] = {"translatedText": translated if batch else translated[0]}
    if detected is not None:
        body["detectedLanguage"] = detected if batch else detected[0]
    try:
        wanted = int(params.get("alternatives") or 0)
    except (TypeError, ValueError) as exc:
        raise LibreError(400, "Invalid request: alternatives must be an integer") from exc
    if wanted > 0:
        body["alternatives"] = [[] for _ in texts] if batch else []
    return body


async def _answer(request: Request, work: Any, *, chars_of: str | None = None) -> Response:
    """Parse, check access, run ``work(params)`` off the loop, and map every failure to LibreTranslate's shape."""
    try:
        params = await _params(request)
        chars = 0
        if chars_of:
            value = params.get(chars_of)
            chars = sum(len(str(v)) for v in value) if isinstance(value, list) else len(str(value or ""))
        await _check_access(request, params, chars=chars)
        result = await run_in_threadpool(work, params)
    except LibreError as exc:
        return _error(exc.status, exc.message)
    except TooLargeError as exc:
        return _error(400, f"Invalid request: {exc.detail}")
    except TransnormError as exc:
        status = 500 if exc.status_code >= 500 else 400
        return _error(status, exc.detail if status == 400 else f"Cannot translate text: {exc.detail}")
    except Exception as exc:  # LibreTranslate answers 500 with the reason; so do we (logged by uvicorn too)
        return _error(500, f"Cannot translate text: {type(exc).__name__}: {exc}")
    return result if isinstance(result, Response) else JSONResponse(result)


@router.post("/translate")
async def translate(request: Request) -> Response:
    """LibreTranslate's translate: q (string or list), source (a code or auto), target, format, alternatives."""
    runtime: Runtime = request.app.state.runtime
    return await _answer(request, lambda p: _translate_sync(runtime, p), chars_of="q")


@router.post("/detect")
async def detect(request: Request) -> Response:
    """LibreTranslate's detect: ``[{"confidence": 0-100, "language"}]``, most likely first."""
    def work(params: dict[str, Any]) -> list[dict[str, Any]]:
        q = str(_require(params, "q"))
        return [{"confidence": float(round(g.confidence * 100, 1)), "language": g.language}
                for g in usecases.detect(q)]

    return await _answer(request, work)


@router.get("/languages")
async def languages(request: Request) -> Response:
    """The languages, each with the codes it translates into (a body, as libretranslatepy sends, is ignored)."""
    def work(_: dict[str, Any]) -> list[dict[str, Any]]:
        sources = source_languages()
        return [{"code": lang.code, "name": lang.name, "targets": [TARGET_LANGUAGE] if lang.code in sources else []}
                for lang in LANGUAGES.values()]

    return await _answer(request, work)


@router.get("/frontend/settings")
async def frontend_settings(request: Request) -> Response:
    runtime: Runtime = request.app.state.runtime
    security = security_of(request)
    keyed = bool(security.keys.env_keys)
    source, target = LANGUAGES[source_languages()[0]], LANGUAGES[TARGET_LANGUAGE]
    return JSONResponse({
        "charLimit": runtime.settings.max_translate_chars,
        "frontendTimeout": 500,
        "apiKeys": keyed,
        "keyRequired": keyed,
        "suggestions": False,
        "filesTranslation": True,
        "supportedFilesFormat": list(FILE_FORMATS),
        "language": {"source": {"code": source.code, "name": source.name},
                     "target": {"code": target.code, "name": target.name}},
    })


def files_dir(runtime: Runtime) -> Path:
    """Where translated files wait to be downloaded: beside the model store, in the data directory."""
    folder = runtime.settings.models_dir.parent / "translated-files"
    folder.mkdir(parents=True, exist_ok=True)
    cutoff = time.time() - FILE_LIFETIME_SECONDS
    for old in folder.iterdir():  # a bounded lifetime: whatever is older is removed on the next upload
        if old.stat().st_mtime < cutoff:
            old.unlink(missing_ok=True)
    return folder


@router.post("/translate_file")
async def translate_file(request: Request) -> Response:
    """Translate an uploaded .txt or .html file; answers ``{"translatedFileUrl"}`` served by /download_file."""
    runtime: Runtime = request.app.state.runtime
    try:
        form = await request.form()
    except Exception:
        return _error(400, "Invalid request: missing file parameter")
    upload = form.get("file")
    if upload is None or isinstance(upload, str):
        return _error(400, "Invalid request: missing file parameter")
    data = await upload.read()
    name = Path(upload.filename or "").name

    def work(params: dict[str, Any]) -> dict[str, Any]:
        source, target = str(_require(params, "source")), str(_require(params, "target"))
        suffix = Path(name).suffix.lower()
        if not name:
            raise LibreError(400, "Invalid request: empty file")
        if suffix not in FILE_FORMATS:
            raise LibreError(400, "Invalid request: file format not supported")
        text = data.decode("utf-8", errors="replace")
        fmt = "text" if suffix == ".txt" else "html"
        translated = _translate_sync(runtime, {"q": text, "source": source, "target": target, "format": fmt})
        stored = f"{uuid.uuid4().hex}.{re.sub(r'[^A-Za-z0-9._-]', '_', name)}"
        (files_dir(runtime) / stored).write_text(translated["translatedText"], encoding="utf-8")
        return {"translatedFileUrl": str(request.url_for("download_file", filename=stored))}

    return await _answer(request, work, chars_of=None)


@router.get("/download_file/{filename}", name="download_file")
async def download_file(request: Request, filename: str) -> Response:
    runtime: Runtime = request.app.state.runtime
    folder = files_dir(runtime)
    path = (folder / filename).resolve()
    if path.parent != folder.resolve() or not path.is_file():
        return _error(404 if path.parent == folder.resolve() else 400, "Invalid filename")
    return FileResponse(path, filename=filename.partition(".")[2] or filename)
