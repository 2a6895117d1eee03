"""``transnorm models convert``: a pair's checkpoint → a CTranslate2 model in the store (``<pair>/ct2-<q>/``).

The converter needs the tokenizer files beside the weights and drops Marian's ``<pad>`` row (CTranslate2 starts
the decoder from a zero embedding instead); the tokenizer files are copied into the output so the CTranslate2
backend loads SentencePiece from the same folder. The marker records the source checkpoint (id, revision) and
the model's input window, which the CTranslate2 config does not keep.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

from models.errors import ModelNotAvailable
from models.store import QUANTIZATIONS, TOKENIZER_FILES, ModelStore, ResolvedModel, write_marker

DEFAULT_WINDOW = 512


def model_window(checkpoint: Path) -> int:
    """Most source tokens the model takes: min(config.max_position_embeddings, tokenizer model_max_length)."""
    limits = [DEFAULT_WINDOW]
    for name, key in (("config.json", "max_position_embeddings"), ("tokenizer_config.json", "model_max_length")):
        try:
            value = json.loads((checkpoint / name).read_text(encoding="utf-8")).get(key)
        except (OSError, ValueError):
            continue
        if isinstance(value, int | float) and 0 < value < 1_000_000:
            limits.append(int(value))
    return min(limits[1:] or limits)


def convert(store: ModelStore, resolved: ResolvedModel, quantization: str, *, force: bool = False) -> Path:
    """Convert the resolved checkpoint; a no-op when a current conversion exists (unless ``force``)."""
    if quantization not in QUANTIZATIONS:
        raise ModelNotAvailable(f"unknown quantization {quantization!r}; choose one of {', '.join(QUANTIZATIONS)}")
    checkpoint = resolved.require_checkpoint()
    if quantization in resolved.conversions and not force:
        return resolved.conversions[quantization]

    import ctranslate2

    final = store.conversion_dir(resolved.pair, quantization)
    final.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{final.name}.", dir=final.parent))
    try:
        copy_files = [name for name in TOKENIZER_FILES if (checkpoint / name).is_file()]
        converter = ctranslate2.converters.TransformersConverter(str(checkpoint), copy_files=copy_files)
        try:
            converter.convert(str(staging), quantization=quantization, force=True)
        except Exception as exc:  # the converter raises ValueError, OSError, RuntimeError, …
            raise ModelNotAvailable(
                f"cannot convert {resolved.model_id} for {resolved.pair} to CTranslate2: {exc}", pair=resolved.pair
            ) from exc
        write_marker(staging, {
            "model_id": resolved.model_id, "revision": resolved.revision, "source": str(checkpoint),
            "quantization": quantization, "window": model_window(checkpoint), "pair": resolved.pair,
        })
        if final.exists():
            shutil.rmtree(final)
        staging.rename(final)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return final
