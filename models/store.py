"""The local model store (``settings.models_dir``, git-ignored, default ``./data/models``) and model resolution.

Layout::

    <models_dir>/
      de-en/
        Helsinki-NLP--opus-mt-de-en@1a922f3b32a8/   the checkpoint `transnorm models pull de-en` downloaded
        ct2-int8/                                    `transnorm models convert de-en --quantization int8`
      nl-en/ …

Every directory the store writes carries ``transnorm-model.json`` (model id, revision, …), written last, so a
half-finished download or conversion never counts as installed. A conversion is per pair and quantization; its
marker names the checkpoint it was made from, and it is only used while that checkpoint is the one resolved
(change the override and the stale conversion is ignored until converted again).

Resolution (``ModelStore.resolve``): the override (a local directory, or a hub id with an optional ``@revision``)
wins over the registry default; a hub id is looked up in the store, never downloaded.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from models.errors import ModelNotAvailable
from models.registry import ModelSpec, spec_for

MARKER = "transnorm-model.json"
WEIGHT_FILES = ("model.safetensors", "pytorch_model.bin")
REQUIRED_FILES = ("config.json", "source.spm", "target.spm", "vocab.json")
TOKENIZER_FILES = ("source.spm", "target.spm", "vocab.json", "tokenizer_config.json", "special_tokens_map.json")
QUANTIZATIONS = ("int8", "int8_float32", "float32")   # CTranslate2 choices, in `auto`'s order of preference
_HUB_ID = re.compile(r"^[A-Za-z0-9][\w.-]*/[\w.-]+(@[\w.-]+)?$")
_SHA = re.compile(r"^[0-9a-f]{40}$")

Origin = Literal["registry", "override-hub", "override-dir"]


@dataclass(frozen=True)
class ResolvedModel:
    """The model a pair would be served with, and what of it is on disk."""

    spec: ModelSpec
    model_id: str
    revision: str
    origin: Origin
    checkpoint: Path                       # where the transformers checkpoint is (or would be) on disk
    installed: bool                        # the checkpoint is complete
    conversions: dict[str, Path] = field(default_factory=dict)   # quantization → current CTranslate2 dir
    problem: str | None = None             # why it is not installed, in the user's terms

    @property
    def pair(self) -> str:
        return self.spec.pair

    def require_checkpoint(self) -> Path:
        if not self.installed:
            raise ModelNotAvailable(self.problem or f"no model for {self.pair}", pair=self.pair)
        return self.checkpoint


def read_marker(directory: Path) -> dict[str, Any] | None:
    try:
        data = json.loads((directory / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def write_marker(directory: Path, data: dict[str, Any]) -> None:
    (directory / MARKER).write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def missing_checkpoint_files(directory: Path) -> list[str]:
    missing = [name for name in REQUIRED_FILES if not (directory / name).is_file()]
    if not any((directory / name).is_file() for name in WEIGHT_FILES):
        missing.append(" or ".join(WEIGHT_FILES))
    return missing


def directory_size(directory: Path) -> int:
    return sum(p.stat().st_size for p in directory.rglob("*") if p.is_file() and not p.is_symlink())


def parse_override(value: str) -> tuple[Literal["dir"], Path] | tuple[Literal["hub"], str, str | None]:
    """A local directory when one exists at ``value`` (or it looks like a path), else a hub id[@revision]."""
    path = Path(value).expanduser()
    if path.is_dir() or not _HUB_ID.match(value):
        return ("dir", path)
    model_id, _, revision = value.partition("@")
    return ("hub", model_id, revision or None)


class ModelStore:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def pair_dir(self, pair: str) -> Path:
        return self.root / pair

    def checkpoint_dir(self, pair: str, model_id: str, revision: str) -> Path:
        return self.pair_dir(pair) / f"{model_id.replace('/', '--')}@{revision[:12]}"

    def conversion_dir(self, pair: str, quantization: str) -> Path:
        return self.pair_dir(pair) / f"ct2-{quantization}"

    def resolve(self, pair: str, override: str | None = None) -> ResolvedModel:
        """What serves ``pair``: the override (directory or hub id) if given, else the registry default."""
        origin: Origin
        spec = spec_for(pair)
        model_id, revision, origin = spec.model_id, spec.revision, "registry"
        if override:
            parsed = parse_override(override)
            if parsed[0] == "dir":
                return self._resolve_directory(spec, parsed[1])
            model_id, revision, origin = parsed[1], parsed[2] or "main", "override-hub"
        checkpoint = self.checkpoint_dir(pair, model_id, revision)
        installed = read_marker(checkpoint) is not None and not missing_checkpoint_files(checkpoint)
        problem = None if installed else (
            f"no model for {pair}: {model_id}@{revision[:12]} is not in the model store ({self.root}); "
            f"run `transnorm models pull {pair}`, or point {spec.override_var} at a model directory"
        )
        return ResolvedModel(
            spec, model_id, revision, origin, checkpoint, installed,
            self._current_conversions(pair, model_id, revision), problem,
        )

    def _resolve_directory(self, spec: ModelSpec, directory: Path) -> ResolvedModel:
        directory = directory.resolve()
        marker = read_marker(directory) or {}
        model_id = str(marker.get("model_id") or directory)
        revision = str(marker.get("revision") or (directory.name if _SHA.match(directory.name) else "local"))
        problem = None
        if not directory.is_dir():
            problem = f"no model for {spec.pair}: {spec.override_var}={directory} is not a directory"
        elif missing := missing_checkpoint_files(directory):
            problem = (
                f"no model for {spec.pair}: {spec.override_var}={directory} is not a MarianMT checkpoint "
                f"(missing {', '.join(missing)}); point it at a directory saved with save_pretrained, "
                f"or unset it and run `transnorm models pull {spec.pair}`"
            )
        return ResolvedModel(
            spec, model_id, revision, "override-dir", directory, problem is None,
            self._current_conversions(spec.pair, model_id, revision), problem,
        )

    def _current_conversions(self, pair: str, model_id: str, revision: str) -> dict[str, Path]:
        found: dict[str, Path] = {}
        for quantization in QUANTIZATIONS:
            directory = self.conversion_dir(pair, quantization)
            marker = read_marker(directory)
            if (
                marker is not None
                and marker.get("model_id") == model_id
                and marker.get("revision") == revision
                and (directory / "model.bin").is_file()
            ):
                found[quantization] = directory
        return found

    def stale_conversions(self, resolved: ResolvedModel) -> list[str]:
        """Quantizations converted from another checkpoint than the one now resolved."""
        return [
            q for q in QUANTIZATIONS
            if q not in resolved.conversions and read_marker(self.conversion_dir(resolved.pair, q)) is not None
        ]
