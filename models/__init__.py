"""Which checkpoint serves which language pair, where it lives on disk, and how it gets there.

This package imports nothing from ``service``: it knows the registry (``registry``), the local model store
(``store``), the one explicit download (``download``) and the CTranslate2 conversion (``convert``). It raises
``models.errors.ModelNotAvailable`` with a message that names the pair and the fix; the service wraps that into
its own error type.
"""

from models.errors import ModelNotAvailable
from models.registry import (
    DEFAULT_MODELS,
    LANGUAGES,
    TARGET_LANGUAGE,
    Language,
    ModelSpec,
    pair_for,
    served_languages,
    source_languages,
    spec_for,
)
from models.store import ModelStore, ResolvedModel

__all__ = [
    "DEFAULT_MODELS",
    "LANGUAGES",
    "TARGET_LANGUAGE",
    "Language",
    "ModelNotAvailable",
    "ModelSpec",
    "ModelStore",
    "ResolvedModel",
    "pair_for",
    "served_languages",
    "source_languages",
    "spec_for",
]
