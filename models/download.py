"""``transnorm models pull``: the one place that downloads weights (into the store, at the pinned revision).

Serving never calls this. Offline (``HF_HUB_OFFLINE``) or an unreachable hub fails within seconds with one
message naming the pair and the alternatives: short hub timeouts, one metadata request first, and every hub or
network exception turned into ``ModelNotAvailable``.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from models.errors import ModelNotAvailable
from models.store import (
    REQUIRED_FILES,
    TOKENIZER_FILES,
    WEIGHT_FILES,
    ModelStore,
    ResolvedModel,
    missing_checkpoint_files,
    write_marker,
)

METADATA_TIMEOUT_S = 10.0
# Read by huggingface_hub when it is first imported; the defaults (10 s / 10 s with retries) are kept short.
_HUB_TIMEOUTS = {"HF_HUB_ETAG_TIMEOUT": "10", "HF_HUB_DOWNLOAD_TIMEOUT": "30"}
_OPTIONAL_FILES = ("generation_config.json", "README.md")


@dataclass(frozen=True)
class PullResult:
    pair: str
    path: Path
    downloaded: bool    # False: it was already in the store


def hub_offline() -> bool:
    return os.environ.get("HF_HUB_OFFLINE", "").strip().lower() in {"1", "true", "yes", "on"}


def pull(store: ModelStore, resolved: ResolvedModel, *, progress: bool = True) -> PullResult:
    """Download ``resolved``'s checkpoint into the store; a no-op when it is already there."""
    pair = resolved.pair
    if resolved.origin == "override-dir":
        # A local directory is never downloaded into: it is used as it is, or reported as broken.
        resolved.require_checkpoint()
        return PullResult(pair, resolved.checkpoint, downloaded=False)
    if resolved.installed:
        return PullResult(pair, resolved.checkpoint, downloaded=False)

    what = f"{resolved.model_id}@{resolved.revision[:12]} for {pair}"
    fix = f"copy a model directory to this machine and point {resolved.spec.override_var} at it"
    if hub_offline():
        raise ModelNotAvailable(f"cannot download {what}: offline (HF_HUB_OFFLINE is set); {fix}", pair=pair)
    for name, value in _HUB_TIMEOUTS.items():
        os.environ.setdefault(name, value)
    try:
        sha, files = _download(resolved, progress=progress)
    except ModelNotAvailable:
        raise
    except Exception as exc:  # the hub raises requests, urllib3, OSError and its own errors: all mean "failed"
        raise ModelNotAvailable(f"cannot download {what}: {_reason(exc)}; {fix}", pair=pair) from exc
    write_marker(resolved.checkpoint, {
        "model_id": resolved.model_id, "revision": resolved.revision, "sha": sha, "files": files, "pair": pair,
    })
    return PullResult(pair, resolved.checkpoint, downloaded=True)


def _download(resolved: ResolvedModel, *, progress: bool) -> tuple[str, list[str]]:
    from huggingface_hub import HfApi, snapshot_download
    from huggingface_hub.utils import disable_progress_bars, enable_progress_bars

    info = HfApi().model_info(resolved.model_id, revision=resolved.revision, timeout=METADATA_TIMEOUT_S)
    available = {sibling.rfilename for sibling in info.siblings or ()}
    weights = next((name for name in WEIGHT_FILES if name in available), None)
    if weights is None:
        raise ModelNotAvailable(
            f"{resolved.model_id}@{resolved.revision[:12]} has no PyTorch weights ({' or '.join(WEIGHT_FILES)})",
            pair=resolved.pair,
        )
    wanted = sorted({*REQUIRED_FILES, *TOKENIZER_FILES, *_OPTIONAL_FILES, weights} & available)
    sha = info.sha or resolved.revision

    final = resolved.checkpoint
    final.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{final.name}.", dir=final.parent))
    try:
        (enable_progress_bars if progress else disable_progress_bars)()
        snapshot_download(resolved.model_id, revision=sha, local_dir=staging, allow_patterns=wanted)
        if missing := missing_checkpoint_files(staging):
            raise ModelNotAvailable(
                f"{resolved.model_id}@{resolved.revision[:12]} is not a MarianMT checkpoint "
                f"(missing {', '.join(missing)})",
                pair=resolved.pair,
            )
        shutil.rmtree(staging / ".cache", ignore_errors=True)
        if final.exists():   # an unfinished earlier download (no marker): replace it
            shutil.rmtree(final)
        staging.rename(final)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return sha, wanted


def _reason(exc: BaseException) -> str:
    """A one-line cause: unreachable, not found, or the exception's first line."""
    name = type(exc).__name__
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else name
    if "OfflineModeIsEnabled" in name:
        return "offline (HF_HUB_OFFLINE is set)"
    if "RepositoryNotFound" in name or "RevisionNotFound" in name or "EntryNotFound" in name:
        return f"not found on the hub ({name})"
    if isinstance(exc, (ConnectionError, TimeoutError)) or "Connection" in name or "Timeout" in name:
        return "the Hugging Face hub is unreachable (no network?)"
    return f"{name}: {text[:200]}"
