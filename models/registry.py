"""The language registry: the one list of languages Transnorm reads, the pairs it translates, and the checkpoint
(with its pinned revision) that serves each pair. Everything else derives from here: language detection, the API's
language enums, /v1/languages, the LibreTranslate routes, the worker, the override variables and the model store.
Adding a language is a ``Language`` entry plus a ``ModelSpec``, and nothing else.

Revisions are commit shas of the hub repositories, so a pull is reproducible and a model change is a code change.
Where the shas come from: both appear, as Hugging Face cache snapshot names and pinned ``revision=`` constants, in
several independent public projects that load these checkpoints (e.g. ``models--Helsinki-NLP--opus-mt-de-en/
snapshots/1a922f3b…``); they could not be re-checked against the hub from the build machine (no network).
"""

from __future__ import annotations

from dataclasses import dataclass

from models.errors import ModelNotAvailable

TARGET_LANGUAGE = "en"


@dataclass(frozen=True)
class Language:
    code: str            # ISO 639-1, as py3langid and the API use it
    name: str            # English name, for /languages


@dataclass(frozen=True)
class ModelSpec:
    pair: str            # "de-en"
    source_lang: str     # "de"
    target_lang: str     # "en"
    model_id: str        # hub repository id
    revision: str        # hub commit sha (pinned)

    @property
    def override_var(self) -> str:
        """The environment variable that overrides this pair's model: TRANSNORM_MODEL_<SRC>_<TGT>."""
        return "TRANSNORM_MODEL_" + self.pair.replace("-", "_").upper()


LANGUAGES: dict[str, Language] = {
    language.code: language
    for language in (Language("de", "German"), Language("nl", "Dutch"), Language("en", "English"))
}

DEFAULT_MODELS: dict[str, ModelSpec] = {
    spec.pair: spec
    for spec in (
        ModelSpec("de-en", "de", "en", "Helsinki-NLP/opus-mt-de-en", "1a922f3b32a8e809e17a47d4b32142d8105924e5"),
        ModelSpec("nl-en", "nl", "en", "Helsinki-NLP/opus-mt-nl-en", "48af999f2c59b10c05ca6e008dcedc07677a9b15"),
    )
}


def served_languages() -> tuple[str, ...]:
    """Every language a document may be in: the sources of the pairs, and the target."""
    return tuple(LANGUAGES)


def source_languages() -> tuple[str, ...]:
    """Languages that are translated (the sources of the registered pairs), in registry order."""
    return tuple(dict.fromkeys(spec.source_lang for spec in DEFAULT_MODELS.values()))


def spec_for(pair: str) -> ModelSpec:
    try:
        return DEFAULT_MODELS[pair]
    except KeyError:
        served = ", ".join(DEFAULT_MODELS)
        raise ModelNotAvailable(f"no model is registered for {pair!r}; served pairs: {served}", pair=pair) from None


def pair_for(source_lang: str, target_lang: str = TARGET_LANGUAGE) -> str | None:
    """The registered pair translating ``source_lang`` into ``target_lang`` ("de" → "de-en"), else None."""
    pair = f"{source_lang}-{target_lang}"
    return pair if pair in DEFAULT_MODELS else None
