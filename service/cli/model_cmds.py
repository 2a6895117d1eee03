"""``transnorm models list|pull|convert`` and ``transnorm translate``: the model store and MT from the shell.

``models pull`` is the only command that downloads (see ``models.download``); ``translate`` reads stdin,
segments it with the release pipeline and translates the segments whose role is translated, offline.
"""

from __future__ import annotations

import json
import sys
from typing import Annotated, Any

import typer

from models import DEFAULT_MODELS, ModelNotAvailable, ModelStore, pair_for
from models.store import QUANTIZATIONS, ResolvedModel, directory_size
from service.config import Settings, get_settings
from service.errors import EmptyInputError, InputError, ModelUnavailableError, TransnormError

models_app = typer.Typer(help="The model store: list, download, convert.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.add_typer(models_app, name="models")
    app.command("translate")(translate_command)


def _exit(exc: TransnormError) -> typer.Exit:
    """One line on stderr, exit 2 for the user's mistakes and 3 for a missing model (as ``service.cli.main``)."""
    typer.echo(f"transnorm: error: {exc.detail}", err=True)
    return typer.Exit(2 if exc.status_code < 500 else 3)


def _pairs(requested: list[str] | None) -> list[str]:
    pairs = requested or list(DEFAULT_MODELS)
    unknown = [pair for pair in pairs if pair not in DEFAULT_MODELS]
    if unknown:
        raise _exit(InputError(f"unknown pair {unknown[0]!r}; served pairs: {', '.join(DEFAULT_MODELS)}"))
    return pairs


def _store_and_resolve(settings: Settings, pair: str) -> tuple[ModelStore, ResolvedModel]:
    store = ModelStore(settings.models_dir)
    return store, store.resolve(pair, settings.model_override(pair))


def _human_size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KiB", "MiB", "GiB"):
        if value < 1024 or unit == "GiB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} GiB"


@models_app.command("list")
def list_command() -> None:
    """Each pair's model, revision, whether it is installed, the backends it can run on, and its size."""
    settings = get_settings()
    rows = [("PAIR", "MODEL", "REVISION", "INSTALLED", "BACKENDS", "SIZE")]
    for pair in DEFAULT_MODELS:
        store, resolved = _store_and_resolve(settings, pair)
        backends = ["transformers"] if resolved.installed else []
        backends += [f"ctranslate2:{q}" for q in QUANTIZATIONS if q in resolved.conversions]
        backends += [f"ctranslate2:{q} (stale)" for q in store.stale_conversions(resolved)]
        size = directory_size(resolved.checkpoint) if resolved.installed else 0
        size += sum(directory_size(path) for path in resolved.conversions.values())
        installed = ("yes" if resolved.origin != "override-dir" else "local dir") if resolved.installed else "no"
        rows.append((
            pair, resolved.model_id, resolved.revision[:12], installed, ", ".join(backends) or "-",
            _human_size(size) if size else "-",
        ))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        typer.echo("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
    typer.echo(f"store: {settings.models_dir}")


@models_app.command("pull")
def pull_command(
    pairs: Annotated[list[str] | None, typer.Argument(help="Pairs to download (default: all), e.g. de-en")] = None,
) -> None:
    """Download the pinned checkpoints into the model store (a no-op for what is already there)."""
    from models.download import pull

    settings = get_settings()
    failures = 0
    for pair in _pairs(pairs):
        store, resolved = _store_and_resolve(settings, pair)
        try:
            result = pull(store, resolved)
        except ModelNotAvailable as exc:
            typer.echo(f"transnorm: error: {exc}", err=True)
            failures += 1
            continue
        if resolved.origin == "override-dir":
            typer.echo(f"{pair}: served from {result.path} ({resolved.spec.override_var}); nothing to pull")
        elif result.downloaded:
            typer.echo(f"{pair}: downloaded {resolved.model_id}@{resolved.revision[:12]} to {result.path}")
        else:
            typer.echo(f"{pair}: {resolved.model_id}@{resolved.revision[:12]} already in {result.path}")
    if failures:
        raise typer.Exit(3)


@models_app.command("convert")
def convert_command(
    pair: Annotated[str, typer.Argument(help="The pair to convert, e.g. de-en")],
    quantization: Annotated[str, typer.Option(help=f"One of: {', '.join(QUANTIZATIONS)}")] = "int8",
    force: Annotated[bool, typer.Option(help="Convert again even if a current conversion exists")] = False,
) -> None:
    """Convert a pair's installed checkpoint to CTranslate2 into <models_dir>/<pair>/ct2-<quantization>/."""
    from models.convert import convert

    settings = get_settings()
    _pairs([pair])
    if quantization not in QUANTIZATIONS:
        raise _exit(InputError(f"unknown quantization {quantization!r}; choose one of {', '.join(QUANTIZATIONS)}"))
    store, resolved = _store_and_resolve(settings, pair)
    try:
        path = convert(store, resolved, quantization, force=force)
    except ModelNotAvailable as exc:
        raise _exit(ModelUnavailableError(str(exc))) from None
    typer.echo(f"{pair}: {resolved.model_id}@{resolved.revision[:12]} as CTranslate2 {quantization} in {path}")


def translate_command(
    source_lang: Annotated[str, typer.Option("--from", help="Source language: de or nl")],
    as_json: Annotated[bool, typer.Option("--json", help="JSON with scores and quality flags")] = False,
) -> None:
    """Translate text on stdin into English: one sentence per line (or JSON)."""
    from service.pipeline.document import TRANSLATED_ROLES
    from service.pipeline.release import process_release
    from service.translation import load_translator

    settings = get_settings()
    pair = pair_for(source_lang)
    if pair is None:
        served = ", ".join(spec.source_lang for spec in DEFAULT_MODELS.values())
        raise _exit(InputError(f"cannot translate from {source_lang!r}; --from takes one of: {served}"))
    text = sys.stdin.read()
    try:
        if not text.strip():
            raise EmptyInputError("no text on stdin")
        document = process_release(text, source_lang=source_lang, max_sentence_chars=settings.max_sentence_chars)
        segments = [segment for segment in document.segments if segment.role in TRANSLATED_ROLES]
        translator = load_translator(pair, settings)   # one pair, once: no pool needed in a one-shot command
        translations = translator.translate([segment.text for segment in segments])
        translator.close()
    except TransnormError as exc:
        raise _exit(exc) from None
    if not as_json:
        for translation in translations:
            typer.echo(translation.target)
        return
    payload: dict[str, Any] = {
        "pair": pair, "model": translator.model_id, "revision": translator.revision, "backend": translator.backend,
        "segments": [
            {"paragraph": segment.paragraph, "sentence": segment.sentence, "role": segment.role,
             "source": t.source, "target": t.target, "score": round(t.score, 4), "flags": list(t.flags)}
            for segment, t in zip(segments, translations, strict=True)
        ],
    }
    typer.echo(json.dumps(payload, ensure_ascii=False, indent=2))
