"""The registry: which Hugging Face checkpoint serves which language pair, at which pinned revision.

Revisions are commit shas of the hub repositories, so a pull is reproducible and a model change is a code change.
Where the shas come from: both appear, as Hugging Face cache snapshot names and pinned ``revision=`` constants, in
several independent public projects that load these checkpoints (e.g. ``models--Helsinki-NLP--opus-mt-de-en/
snapshots/1a922f3b…``); they could not be re-checked against the hub from the build machine (no network).
Per-pair overrides (``TRANSNORM_MODEL_DE_EN`` …) are read by the service and passed to ``ModelStore.resolve``.
"""

from __future__ import annotations

from dataclasses import dataclass

from models.errors import ModelNotAvailable


@dataclass(frozen=True)
class ModelSpec:
    pair: str            # "de-en"
    source_lang: str     # "de"
    target_lang: str     # "en"
    model_id: str        # hub repository id
    revision: str        # hub commit sha (pinned)

    @property
    def override_var(self) -> str:
        """The environment variable that overrides this pair's model."""
        return "TRANSNORM_MODEL_" + self.pair.replace("-", "_").upper()


DEFAULT_MODELS: dict[str, ModelSpec] = {
    spec.pair: spec
    for spec in (
        ModelSpec("de-en", "de", "en", "Helsinki-NLP/opus-mt-de-en", "1a922f3b32a8e809e17a47d4b32142d8105924e5"),
        ModelSpec("nl-en", "nl", "en", "Helsinki-NLP/opus-mt-nl-en", "48af999f2c59b10c05ca6e008dcedc07677a9b15"),
    )
}


def spec_for(pair: str) -> ModelSpec:
    try:
        return DEFAULT_MODELS[pair]
    except KeyError:
        served = ", ".join(DEFAULT_MODELS)
        raise ModelNotAvailable(f"no model is registered for {pair!r}; served pairs: {served}", pair=pair) from None


def pair_for(source_lang: str, target_lang: str = "en") -> str | None:
    """The registered pair translating ``source_lang`` into ``target_lang`` ("de" → "de-en"), else None."""
    pair = f"{source_lang}-{target_lang}"
    return pair if pair in DEFAULT_MODELS else None
