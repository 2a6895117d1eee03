"""First start that translates: pull the registry's missing models, convert them for CTranslate2 int8, then serve.

``transnorm serve`` and ``transnorm worker`` call :func:`provision_models` before they load the pool, as
LibreTranslate and the TGI launcher do. With ``TRANSNORM_OFFLINE=1`` (the container image; machines without a
route to the hub) nothing is downloaded: each missing pair is reported once, with the command that installs it,
and its documents wait (``waiting_for_model``). A failed pull costs one log line and, offline, about a second:
the hub client fails fast (``models.download``), and the next pair is tried regardless.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from models import ModelNotAvailable, ModelStore, ResolvedModel
from models.convert import convert
from models.download import PullResult, pull
from service.config import Settings

log = logging.getLogger("transnorm.models")

Puller = Callable[[ModelStore, ResolvedModel], PullResult]


@dataclass(frozen=True)
class Provisioned:
    pair: str
    pulled: bool
    converted: bool
    error: str | None = None


def _pull_with_progress(store: ModelStore, resolved: ResolvedModel) -> PullResult:
    return pull(store, resolved, progress=True)


def provision_models(settings: Settings, *, puller: Puller = _pull_with_progress) -> list[Provisioned]:
    """Make every registered pair servable where that needs only a download and a conversion."""
    from models import DEFAULT_MODELS

    store = ModelStore(settings.models_dir)
    results: list[Provisioned] = []
    for pair in DEFAULT_MODELS:
        resolved = store.resolve(pair, settings.model_override(pair))
        if resolved.origin == "override-dir" or (resolved.installed and _converted_or_unwanted(resolved, settings)):
            continue
        if settings.offline and not resolved.installed:
            log.warning("model for %s missing and TRANSNORM_OFFLINE is set: run `transnorm models pull %s` on a "
                        "machine with network, or point %s at a local model directory",
                        pair, pair, resolved.spec.override_var)
            results.append(Provisioned(pair, False, False, "offline"))
            continue
        results.append(_provision(store, resolved, settings, puller))
    return results


def _converted_or_unwanted(resolved: ResolvedModel, settings: Settings) -> bool:
    return bool(resolved.conversions) or settings.backend == "transformers"


def _provision(store: ModelStore, resolved: ResolvedModel, settings: Settings, puller: Puller) -> Provisioned:
    pair = resolved.pair
    pulled = False
    try:
        if not resolved.installed:
            log.info("pulling %s: %s@%s into %s (progress below)", pair, resolved.model_id, resolved.revision[:12],
                     settings.models_dir)
            pulled = puller(store, resolved).downloaded
            resolved = store.resolve(pair, settings.model_override(pair))
        if settings.backend != "transformers" and not resolved.conversions:
            log.info("converting %s for CTranslate2 int8", pair)
            convert(store, resolved, "int8")
            return Provisioned(pair, pulled, True)
    except ModelNotAvailable as exc:
        log.warning("model for %s not provisioned: %s", pair, exc)
        return Provisioned(pair, pulled, False, str(exc))
    except OSError as exc:
        # A read-only or full model store (a mounted volume): serve what is there, with the transformers backend.
        log.warning("model for %s not converted for CTranslate2 (%s); serving it with transformers", pair, exc)
        return Provisioned(pair, pulled, False, f"{type(exc).__name__}: {exc}")
    return Provisioned(pair, pulled, False)
