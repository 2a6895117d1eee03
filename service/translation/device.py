"""Where inference runs (``TRANSNORM_DEVICE``) and what follows from it: precision and batch sizes.

The choice is made by pure functions of the setting and the number of CUDA devices, so that it is tested without a
GPU; ``cuda_device_count()`` is the only place that asks the libraries. ``auto`` takes the GPU when CTranslate2 (or,
without it, torch) sees one. ``cuda`` on a machine without one stops start-up with one line naming the setting,
rather than falling back to the CPU behind the operator's back.

On a GPU: CTranslate2 runs an int8 conversion as ``int8_float16`` and a float32 one as ``float16`` (int8 weights,
float16 activations: the GEMMs use the tensor cores); the transformers backend runs the model in half precision.
One batch keeps a GPU busy only when it is large: unless the operator set them, the batch budgets grow
(``GPU_BATCH_TOKENS`` source tokens, ``GPU_MAX_BATCH_SENTENCES`` rows) and one replica serves the device
(CTranslate2's ``inter_threads`` replicas are a CPU layout). The CPU keeps its int8 path and its budgets.
"""

from __future__ import annotations

from typing import Literal

from service.config import Settings
from service.errors import ConfigurationError

Device = Literal["cpu", "cuda"]

GPU_BATCH_TOKENS = 16384
GPU_MAX_BATCH_SENTENCES = 256


def cuda_device_count() -> int:
    """CUDA devices CTranslate2 can use; torch's count where CTranslate2 is not installed; 0 when neither sees one."""
    try:
        import ctranslate2
    except ImportError:
        pass
    else:
        try:
            return int(ctranslate2.get_cuda_device_count())
        except Exception:   # a CPU-only build or a broken driver: no usable device
            return 0
    try:
        import torch
    except ImportError:
        return 0
    return int(torch.cuda.device_count()) if torch.cuda.is_available() else 0


def resolve_device(requested: str, cuda_devices: int) -> Device:
    """``cpu`` | ``cuda`` for the setting ``requested`` (cpu|cuda|auto) on a machine with ``cuda_devices`` GPUs."""
    if requested == "cpu":
        return "cpu"
    if requested == "auto":
        return "cuda" if cuda_devices > 0 else "cpu"
    if requested == "cuda":
        if cuda_devices <= 0:
            raise ConfigurationError(
                "TRANSNORM_DEVICE=cuda, but no CUDA device is visible (CTranslate2 and torch see none); "
                "set TRANSNORM_DEVICE=cpu or auto, or run where a GPU and its driver are present"
            )
        return "cuda"
    raise ConfigurationError(f"TRANSNORM_DEVICE={requested!r}: expected cpu, cuda or auto")


def settings_device(settings: Settings) -> Device:
    """The device the settings select on this machine (asks the libraries only when it matters)."""
    if settings.device == "cpu":
        return "cpu"
    return resolve_device(settings.device, cuda_device_count())


def ct2_compute_type(device: Device, quantization: str) -> str:
    """CTranslate2 ``compute_type`` for a conversion stored as ``quantization`` (int8, int8_float32, float32)."""
    if device == "cpu":
        return "default"   # the stored type: int8 stays int8 on the CPU
    return "int8_float16" if quantization.startswith("int8") else "float16"


def batch_budget(settings: Settings, device: Device) -> tuple[int, int]:
    """(batch_tokens, max_batch_sentences): the settings, or the GPU's larger defaults where they were not set."""
    tokens, sentences = settings.batch_tokens, settings.max_batch_sentences
    if device == "cuda":
        chosen = settings.model_fields_set
        if "batch_tokens" not in chosen:
            tokens = GPU_BATCH_TOKENS
        if "max_batch_sentences" not in chosen:
            sentences = GPU_MAX_BATCH_SENTENCES
    return tokens, sentences
