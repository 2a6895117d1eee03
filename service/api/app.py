"""The FastAPI application: routers, problem handlers, middleware, and a lifespan that owns the runtime."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.concurrency import run_in_threadpool

from service import __version__
from service.api import routes_documents, routes_ops, routes_pairs, routes_stateless
from service.api.middleware import BodyLimitMiddleware, MetricsMiddleware
from service.api.problems import install_problem_handlers
from service.config import Settings, get_settings
from service.metrics import Metrics
from service.runtime import Runtime


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
    for module in (routes_documents, routes_pairs, routes_stateless, routes_ops):
        app.include_router(module.router)
    app.add_middleware(MetricsMiddleware, metrics=metrics)
    app.add_middleware(BodyLimitMiddleware, limit=settings.max_request_bytes)
    return app
