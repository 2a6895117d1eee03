"""Operations: liveness, readiness, Prometheus metrics."""

from __future__ import annotations

from fastapi import APIRouter, Response
from fastapi.responses import JSONResponse
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from service.api.deps import RuntimeDep
from service.api.schemas import HealthOut, LanguageOut, ReadyOut
from service.db import repository

router = APIRouter(tags=["operations"])


@router.get("/health", response_model=HealthOut)
def health() -> HealthOut:
    """The process is alive."""
    return HealthOut(status="ok")


@router.get("/ready", response_model=ReadyOut, responses={503: {"model": ReadyOut, "description": "Not ready"}})
def ready(runtime: RuntimeDep) -> JSONResponse:
    """Database reachable and every served model loaded; lists the models that are missing."""
    database = runtime.database_ok()
    models = [LanguageOut(**status) for status in runtime.pool.status()]
    queue: dict[str, int] = {}
    if database:
        with runtime.sessions() as session:
            queue = repository.status_counts(session)
    missing = [m.pair for m in models if not m.loaded]
    body = ReadyOut(ready=database and not missing, database=database, models=models, missing_models=missing,
                    queue=queue)
    return JSONResponse(body.model_dump(mode="json"), status_code=200 if body.ready else 503)


@router.get("/metrics", response_class=Response, responses={200: {"content": {CONTENT_TYPE_LATEST: {}}}})
def metrics(runtime: RuntimeDep) -> Response:
    """Prometheus metrics: requests, latency, sentences translated, queue depth, batch sizes."""
    if runtime.database_ok():
        with runtime.sessions() as session:
            counts = repository.status_counts(session)
        for status in ("queued", "translating", "done", "failed", "waiting_for_model"):
            runtime.metrics.queue_depth.labels(status).set(counts.get(status, 0))
    return Response(generate_latest(runtime.metrics.registry), media_type=CONTENT_TYPE_LATEST)
