"""The benchmark model: a random-weight MarianMT of the exact opus-mt base shape, cached under ``bench/out/``.

Shape (as Helsinki-NLP/opus-mt-de-en): d_model 512, 6 encoder + 6 decoder layers, 8 heads, FFN 2048, swish,
shared and tied embeddings, window 512, vocabulary 58,101. The SentencePiece model is trained on the seed
releases (as ``tests/tiny_marian.py`` does, but BPE with ``SPM_PIECES`` = 1,850 pieces, chosen so that the
workload's sentences average ~37 source tokens as they do with opus-mt's real vocabulary,
see ../shared/design/PERFORMANCE.md).
A 12 KB corpus cannot give 58k pieces, so ``vocab.json`` holds the trained pieces and is then padded with dummy
pieces (``▁zz00001`` …) up to 58,101 entries, ``<pad>`` last, so that the embedding and the output projection
(58,101 × 512: ~40 % of the FLOPs per output token) cost what they cost in the real model. The dummy pieces are
never produced by the tokenizer, but the random model may emit them like any other id.

Random weights under greedy decoding would stop at once or never; ``final_logits_bias[</s>] = -1e4`` (converted
by CTranslate2 into the projection's bias) makes "never" certain, so every system decodes exactly to the
service's ``output_bound`` and the comparison is on equal output lengths.

The same checkpoint is laid out as a model store (``<store>/<pair>/ct2-int8``, converted with the service's own
``models.convert``) so the service loads it exactly as it would load a pulled model.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from tests.tiny_marian import marian_vocab, seed_lines

OUT = Path(__file__).resolve().parent / "out"
VOCAB_SIZE = 58_101
SPM_PIECES = 1850           # BPE pieces: the workload then averages ~37 source tokens per sentence
D_MODEL, LAYERS, HEADS, FFN, WINDOW = 512, 6, 8, 2048, 512
EOS_BIAS = -1e4
FORMAT = 2                  # bump to rebuild cached models after a change here


@dataclass(frozen=True)
class BenchModel:
    pair: str
    checkpoint: Path          # transformers checkpoint (save_pretrained)
    store: Path               # model store root holding <pair>/ct2-int8
    model_id: str
    revision: str

    @property
    def ct2_int8(self) -> Path:
        return self.store / self.pair / "ct2-int8"


def _padded_vocab(spm_path: Path) -> dict[str, int]:
    vocab = marian_vocab(spm_path)
    vocab.pop("<pad>")
    index = 0
    while len(vocab) < VOCAB_SIZE - 1:
        index += 1
        vocab.setdefault(f"\u2581zz{index:05d}", len(vocab))
    vocab["<pad>"] = len(vocab)
    assert len(vocab) == VOCAB_SIZE
    return vocab


def _train_sentencepiece(out_dir: Path) -> Path:
    import sentencepiece as spm

    prefix = out_dir / "spm"
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(seed_lines({"de", "nl", "en"})), model_prefix=str(prefix), vocab_size=SPM_PIECES,
        hard_vocab_limit=False, model_type="bpe", character_coverage=1.0, num_threads=1, minloglevel=2,
    )
    (out_dir / "spm.vocab").unlink()
    return prefix.with_suffix(".model")


def _build_checkpoint(out_dir: Path, pair: str, seed: int) -> None:
    import torch
    from transformers import GenerationConfig, MarianConfig, MarianMTModel, MarianTokenizer

    source_lang, target_lang = pair.split("-")
    out_dir.mkdir(parents=True, exist_ok=True)
    spm_path = _train_sentencepiece(out_dir)
    for name in ("source.spm", "target.spm"):
        (out_dir / name).write_bytes(spm_path.read_bytes())
    spm_path.unlink()
    vocab = _padded_vocab(out_dir / "source.spm")
    (out_dir / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    pad_id, eos_id = vocab["<pad>"], vocab["</s>"]
    config = MarianConfig(
        vocab_size=VOCAB_SIZE, d_model=D_MODEL, encoder_layers=LAYERS, decoder_layers=LAYERS,
        encoder_attention_heads=HEADS, decoder_attention_heads=HEADS, encoder_ffn_dim=FFN, decoder_ffn_dim=FFN,
        max_position_embeddings=WINDOW, pad_token_id=pad_id, eos_token_id=eos_id, bos_token_id=eos_id,
        decoder_start_token_id=pad_id, forced_eos_token_id=eos_id, activation_function="swish",
        scale_embedding=True, share_encoder_decoder_embeddings=True, tie_word_embeddings=True,
    )
    torch.manual_seed(seed)
    model = MarianMTModel(config).eval()
    with torch.no_grad():
        model.final_logits_bias[0, eos_id] = EOS_BIAS
    model.generation_config = GenerationConfig(
        bad_words_ids=[[pad_id]], bos_token_id=eos_id, decoder_start_token_id=pad_id, eos_token_id=eos_id,
        forced_eos_token_id=eos_id, max_length=WINDOW, num_beams=4, pad_token_id=pad_id, renormalize_logits=True,
    )
    model.save_pretrained(out_dir)
    MarianTokenizer(
        source_spm=str(out_dir / "source.spm"), target_spm=str(out_dir / "target.spm"),
        vocab=str(out_dir / "vocab.json"), source_lang=source_lang, target_lang=target_lang,
        model_max_length=WINDOW,
    ).save_pretrained(out_dir)


def ensure_model(pair: str = "de-en", *, out: Path = OUT) -> BenchModel:
    """Build (first run, ~1 min) or reuse the cached checkpoint and its int8 conversion for ``pair``."""
    from models import ModelStore
    from models.convert import convert
    from models.store import read_marker, write_marker

    model_id, revision = f"bench/opus-mt-base-random-{pair}", f"random-v{FORMAT}"
    checkpoint = out / "checkpoints" / pair
    marker = read_marker(checkpoint) or {}
    if marker.get("revision") != revision:
        _build_checkpoint(checkpoint, pair, seed={"de-en": 1, "nl-en": 2}.get(pair, 3))
        write_marker(checkpoint, {"model_id": model_id, "revision": revision, "pair": pair, "bench": True})
    store_root = out / "store"
    store = ModelStore(store_root)
    resolved = store.resolve(pair, str(checkpoint))
    convert(store, resolved, "int8")
    return BenchModel(pair, checkpoint, store_root, model_id, revision)
