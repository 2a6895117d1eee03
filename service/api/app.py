"""The FastAPI application: routers, problem handlers, middleware, and a lifespan that owns the runtime.

Every /v1 router is guarded (API keys, rate limits: ``service.api.security``); the operations routes
(/health, /ready, /metrics) are not, so probes and scrapers need no key.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI
from fastapi.concurrency import run_in_threadpool
from starlette.middleware.cors import CORSMiddleware

from service import __version__
from service.api import (
    routes_bridges,
    routes_documents,
    routes_libretranslate,
    routes_ops,
    routes_pairs,
    routes_stateless,
    routes_terms,
)
from service.api.middleware import BodyLimitMiddleware, MetricsMiddleware
from service.api.problems import install_problem_handlers, problem_responses
from service.api.security import Security, guard
from service.config import Settings, get_settings
from service.metrics import Metrics
from service.runtime import Runtime
from service.web import install as install_workspace


def create_app(settings: Settings | None = None, *, runtime: Runtime | None = None) -> FastAPI:
    """Build the app. With ``runtime`` given (tests), the caller owns it; otherwise the lifespan starts one."""
    settings = settings or (runtime.settings if runtime else get_settings())
    metrics = runtime.metrics if runtime else Metrics()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if runtime is not None:
            app.state.runtime = runtime
            yield
            return
        # Migrations and model loading block: keep them off the event loop.
        started = await run_in_threadpool(Runtime.start, settings, metrics=metrics)
        app.state.runtime = started
        try:
            yield
        finally:
            await run_in_threadpool(started.close)

    app = FastAPI(
        title="Transnorm",
        version=__version__,
        summary="Normalize German, Dutch and English press releases, translate them into English with MarianMT, "
        "and serve the aligned bilingual corpus.",
        lifespan=lifespan,
    )
    install_problem_handlers(app)
    app.state.security = Security.from_settings(settings)
    # What any guarded route can answer besides its own statuses: a refused key or rate, a body over
    # TRANSNORM_MAX_REQUEST_BYTES (checked before routing), a body that cannot be parsed at all.
    guarded = problem_responses(400, 401, 403, 413, 429)
    for module in (routes_documents, routes_pairs, routes_stateless, routes_bridges, routes_terms):
        app.include_router(module.router, dependencies=[Depends(guard)], responses=guarded)
    app.include_router(routes_ops.router)
    install_workspace(app)  # the web workspace at /, over the same use cases
    # LibreTranslate's routes check keys and rates themselves: the api_key is a body field there, and refusals
    # must be LibreTranslate's {"error"} bodies, not problem JSON.
    app.include_router(routes_libretranslate.router)
    app.add_middleware(MetricsMiddleware, metrics=metrics)
    app.add_middleware(BodyLimitMiddleware, limit=settings.max_request_bytes)
    if settings.cors_origin_list:  # outermost, so that refusals (413, 401, 429) carry CORS headers too
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origin_list,
            allow_methods=["GET", "POST", "PATCH", "DELETE"],
            allow_headers=["Authorization", "X-API-Key", "Content-Type"],
            expose_headers=["Location", "Retry-After", "Content-Disposition"],
            max_age=600,
        )
    return app
