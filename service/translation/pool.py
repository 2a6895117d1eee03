"""The process's owner of loaded translation models: built once from Settings, injected, never a global.

``ModelPool.load_available()`` loads every registered pair whose model is on disk and records a one-line
message for each that is not; ``get()`` hands out a loaded translator or raises ``ModelUnavailableError`` with
that message; ``retry_missing()`` lets the worker pick up a model installed after start-up. Serving never
downloads: the pool sets ``HF_HUB_OFFLINE`` for the process and loads with ``local_files_only``.

Backend choice (``TRANSNORM_BACKEND``): ``auto`` serves a pair with CTranslate2 when a conversion of the
resolved checkpoint is in the store (int8 preferred, then int8_float32, then float32), else with transformers;
``transformers`` / ``ctranslate2`` force one (the latter fails when nothing is converted).

Device (``TRANSNORM_DEVICE``, see ``service.translation.device``): checked once when the pool is built, so that
``cuda`` without a GPU stops start-up with one line; each loader gets the resolved device, its precision and batch
budgets.

``batcher(pair)`` is the pair's ``MicroBatcher`` (service/batching.py), which /v1/translate goes through so that
concurrent requests share batches; the pool creates it on first use and closes it before the models.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Iterable
from typing import Any

from models import DEFAULT_MODELS, TARGET_LANGUAGE, ModelNotAvailable, ModelStore, ResolvedModel
from models import pair_for as registry_pair_for
from models.convert import model_window
from models.store import QUANTIZATIONS, read_marker
from service.config import Settings
from service.errors import ModelUnavailableError
from service.translation.base import Translator
from service.translation.device import batch_budget, ct2_compute_type, settings_device
from service.translation.microbatch import MicroBatcher

log = logging.getLogger(__name__)

Loader = Callable[[ResolvedModel, Settings], Translator]


def _load_transformers(resolved: ResolvedModel, settings: Settings) -> Translator:
    from service.translation.marian import MarianTranslator

    device = settings_device(settings)
    batch_tokens, max_batch_sentences = batch_budget(settings, device)
    return MarianTranslator(
        resolved.require_checkpoint(),
        pair=resolved.pair,
        model_id=resolved.model_id,
        revision=resolved.revision,
        threads=settings.threads,
        batch_tokens=batch_tokens,
        max_batch_sentences=max_batch_sentences,
        beam_size=settings.beam_size,
        device=device,
    )


def _load_ctranslate2(resolved: ResolvedModel, settings: Settings) -> Translator:
    from service.translation.ct2 import CTranslate2Translator

    quantization = next((q for q in QUANTIZATIONS if q in resolved.conversions), None)
    if quantization is None:
        raise ModelNotAvailable(
            f"no CTranslate2 model for {resolved.pair} (TRANSNORM_BACKEND=ctranslate2); run "
            f"`transnorm models convert {resolved.pair} --quantization int8`, or set TRANSNORM_BACKEND=auto",
            pair=resolved.pair,
        )
    model_dir = resolved.conversions[quantization]
    window = int((read_marker(model_dir) or {}).get("window") or model_window(model_dir))
    device = settings_device(settings)
    batch_tokens, max_batch_sentences = batch_budget(settings, device)
    return CTranslate2Translator(
        model_dir,
        pair=resolved.pair,
        model_id=resolved.model_id,
        revision=resolved.revision,
        window=window,
        threads=settings.threads,
        batch_tokens=batch_tokens,
        max_batch_sentences=max_batch_sentences,
        beam_size=settings.beam_size,
        device=device,
        compute_type=ct2_compute_type(device, quantization),
        latency_path=settings.latency_path == "auto",
    )


BACKENDS: dict[str, Loader] = {"transformers": _load_transformers, "ctranslate2": _load_ctranslate2}


def choose_backend(resolved: ResolvedModel, settings: Settings) -> str:
    if settings.backend == "auto":
        return "ctranslate2" if resolved.conversions else "transformers"
    return settings.backend


def forbid_downloads() -> None:
    """Serving never touches the hub: a missing file fails at once instead of retrying a download. Set once per
    process, when the first pool is built (after any start-up provisioning)."""
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"


def resolve(pair: str, settings: Settings) -> ResolvedModel:
    try:
        return ModelStore(settings.models_dir).resolve(pair, settings.model_override(pair))
    except ModelNotAvailable as exc:
        raise ModelUnavailableError(str(exc), extra={"pair": pair}) from exc


def load_translator(pair: str, settings: Settings) -> Translator:
    """Load ``pair``'s model with the configured backend, or raise ModelUnavailableError saying how to get it."""
    resolved = resolve(pair, settings)
    backend = choose_backend(resolved, settings)
    try:
        return BACKENDS[backend](resolved, settings)
    except ModelNotAvailable as exc:
        raise ModelUnavailableError(str(exc), extra={"pair": pair}) from exc
    except Exception as exc:  # a present but unreadable model: corrupt weights, wrong architecture, …
        first_line = (str(exc).strip().splitlines() or [type(exc).__name__])[0][:300]
        raise ModelUnavailableError(
            f"the {backend} model for {pair} ({resolved.model_id}) could not be loaded: "
            f"{type(exc).__name__}: {first_line}",
            extra={"pair": pair},
        ) from exc


class ModelPool:
    """Loaded translators by pair, with the reason for each pair that is not loaded. Thread-safe."""

    def __init__(
        self,
        settings: Settings,
        *,
        pairs: Iterable[str] | None = None,
        loader: Callable[[str, Settings], Translator] = load_translator,
    ) -> None:
        self.device = settings_device(settings)   # cuda without a GPU: ConfigurationError, before anything loads
        forbid_downloads()
        self.settings = settings
        self.pairs = tuple(pairs if pairs is not None else DEFAULT_MODELS)
        self._loader = loader
        self._translators: dict[str, Translator] = {}
        self._batchers: dict[str, MicroBatcher] = {}
        self._errors: dict[str, str] = {}
        self._state_lock = threading.Lock()   # guards the two dicts (held briefly)
        self._load_lock = threading.Lock()    # one load at a time (loads take seconds)

    def _load(self, pair: str) -> bool:
        with self._load_lock:
            if pair in self._translators:
                return True
            try:
                translator = self._loader(pair, self.settings)
            except ModelUnavailableError as exc:
                with self._state_lock:
                    known = self._errors.get(pair) == exc.detail
                    self._errors[pair] = exc.detail
                # Workers retry every few seconds: say it once, and again only when the reason changes.
                log.log(logging.DEBUG if known else logging.WARNING, "translation model unavailable: %s", exc.detail)
                return False
            with self._state_lock:
                self._translators[pair] = translator
                self._errors.pop(pair, None)
            log.info("loaded %s: %s@%s (%s)", pair, translator.model_id, translator.revision, translator.backend)
            return True

    def load_available(self) -> None:
        """Load every pair that can be loaded; never raises (failures are kept for ``status``/``get``)."""
        for pair in self.pairs:
            self._load(pair)

    def retry_missing(self) -> list[str]:
        """Try again the pairs that are not loaded; returns those loaded now."""
        return [pair for pair in self.pairs if not self.is_loaded(pair) and self._load(pair)]

    def get(self, pair: str) -> Translator:
        with self._state_lock:
            translator = self._translators.get(pair)
            error = self._errors.get(pair)
        if translator is not None:
            return translator
        if pair not in self.pairs:
            raise ModelUnavailableError(
                f"no model is served for {pair!r}; served pairs: {', '.join(self.pairs)}", extra={"pair": pair}
            )
        if error is None and self._load(pair):   # never tried: load on first use
            return self._translators[pair]
        raise ModelUnavailableError(self._errors.get(pair) or f"no model for {pair}", extra={"pair": pair})

    def batcher(self, pair: str) -> MicroBatcher:
        """The pair's micro-batcher (created on first use); raises ModelUnavailableError like ``get``."""
        translator = self.get(pair)
        with self._state_lock:
            batcher = self._batchers.get(pair)
            if batcher is None:
                batcher = MicroBatcher(
                    translator.translate,
                    wait_ms=self.settings.microbatch_wait_ms,
                    max_sentences=self.settings.max_batch_sentences,
                    name=pair,
                )
                self._batchers[pair] = batcher
            return batcher

    def is_loaded(self, pair: str) -> bool:
        with self._state_lock:
            return pair in self._translators

    def pair_for(self, source_lang: str, target_lang: str = TARGET_LANGUAGE) -> str | None:
        """The registry's pair for ``source_lang`` when this pool serves it; None for English or an unserved one."""
        pair = registry_pair_for(source_lang, target_lang)
        return pair if pair in self.pairs else None

    def source_languages(self) -> tuple[str, ...]:
        return tuple(pair.partition("-")[0] for pair in self.pairs)

    def status(self) -> list[dict[str, Any]]:
        """One entry per pair for /v1/languages and /ready: pair, source_lang, target_lang, model, revision,
        backend, loaded, error (the one-line reason when not loaded)."""
        entries: list[dict[str, Any]] = []
        for pair in self.pairs:
            with self._state_lock:
                translator = self._translators.get(pair)
                error = self._errors.get(pair)
            model_id: str = DEFAULT_MODELS[pair].model_id if pair in DEFAULT_MODELS else pair
            revision: str | None = None
            backend: str | None = None
            if translator is not None:
                model_id, revision, backend = translator.model_id, translator.revision, translator.backend
            else:
                try:
                    resolved = resolve(pair, self.settings)
                except ModelUnavailableError as exc:
                    error = error or exc.detail
                else:
                    model_id, revision = resolved.model_id, resolved.revision
                    backend = choose_backend(resolved, self.settings)
                    if error is None and not resolved.installed and not resolved.conversions:
                        error = resolved.problem
            source_lang, _, target_lang = pair.partition("-")
            entries.append({
                "pair": pair, "source_lang": source_lang, "target_lang": target_lang, "model": model_id,
                "revision": revision, "backend": backend, "loaded": translator is not None, "error": error,
            })
        return entries

    def close(self) -> None:
        with self._state_lock:
            batchers = list(self._batchers.values())
            self._batchers.clear()
        for batcher in batchers:   # outside the lock: a batch in flight may finish first
            batcher.close()
        with self._load_lock, self._state_lock:
            for translator in self._translators.values():
                translator.close()
            self._translators.clear()

