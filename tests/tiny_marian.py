"""Build a tiny, real MarianMT checkpoint for tests: same files and loading path as a Helsinki-NLP opus-mt model.

The weights are random (seeded), so translations are nonsense, but everything around the model is genuine:
a SentencePiece model trained on the seed releases, a Marian ``vocab.json`` with opus-mt's id layout (``</s>`` = 0,
``<unk>`` = 1, ``<pad>`` = last, decoding starts from ``<pad>``), a generation config shaped like opus-mt's
(beam 4, ``<pad>`` banned, max length 512), and ``save_pretrained`` for model and tokenizer. Builds in a few
seconds on one core and writes only into ``out_dir``.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

VOCAB_SIZE = 400   # SentencePiece pieces asked for; the seeds are ~12 KB, so the trainer may return fewer
D_MODEL = 32
FFN_DIM = 64
HEADS = 2
LAYERS = 1
WINDOW = 512       # max_position_embeddings and tokenizer.model_max_length, as in opus-mt

# Tiny stopword lists: enough to tell the seed files' languages apart.
_STOPWORDS = {
    "de": {"der", "die", "das", "und", "mit", "des", "den", "ist", "nicht", "von"},
    "nl": {"de", "het", "een", "van", "en", "met", "is", "niet", "werden", "op"},
    "en": {"the", "and", "of", "with", "is", "not", "to", "has", "was", "on"},
}


def seed_language(text: str) -> str:
    words = Counter(re.findall(r"\w+", text.casefold()))
    return max(_STOPWORDS, key=lambda lang: sum(words[w] for w in _STOPWORDS[lang]))


def seed_lines(langs: set[str]) -> list[str]:
    lines: list[str] = []
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        if seed_language(text) in langs:
            lines.extend(line.strip() for line in text.splitlines() if line.strip())
    return lines


def _train_sentencepiece(lines: list[str], out_dir: Path) -> Path:
    import sentencepiece as spm

    prefix = out_dir / "spm"
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(lines),
        model_prefix=str(prefix),
        vocab_size=VOCAB_SIZE,
        hard_vocab_limit=False,
        model_type="unigram",
        character_coverage=1.0,
        num_threads=1,
        minloglevel=2,
    )
    (out_dir / "spm.vocab").unlink()
    return prefix.with_suffix(".model")


def marian_vocab(spm_path: Path) -> dict[str, int]:
    """opus-mt layout: ``</s>`` 0, ``<unk>`` 1, the pieces, ``<pad>`` last."""
    import sentencepiece as spm

    processor = spm.SentencePieceProcessor(model_file=str(spm_path))
    vocab = {"</s>": 0, "<unk>": 1}
    for index in range(processor.get_piece_size()):
        if not (processor.is_control(index) or processor.is_unknown(index)):
            vocab.setdefault(processor.id_to_piece(index), len(vocab))
    vocab["<pad>"] = len(vocab)
    return vocab


def build_tiny_marian(out_dir: Path, pair: str = "de-en", seed: int = 0) -> Path:
    """Write a loadable tiny MarianMT checkpoint for ``pair`` (e.g. "de-en") into ``out_dir`` and return it."""
    import torch
    from transformers import GenerationConfig, MarianConfig, MarianMTModel, MarianTokenizer

    source_lang, target_lang = pair.split("-")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)

    spm_path = _train_sentencepiece(seed_lines({source_lang, target_lang}), out_dir)
    # One joint SentencePiece model serves both sides (opus-mt ships two; the tokenizer does not care).
    (out_dir / "source.spm").write_bytes(spm_path.read_bytes())
    (out_dir / "target.spm").write_bytes(spm_path.read_bytes())
    spm_path.unlink()
    vocab = marian_vocab(out_dir / "source.spm")
    (out_dir / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False, indent=1), encoding="utf-8")

    pad_id, eos_id = vocab["<pad>"], vocab["</s>"]
    config = MarianConfig(
        vocab_size=len(vocab),
        d_model=D_MODEL,
        encoder_layers=LAYERS,
        decoder_layers=LAYERS,
        encoder_attention_heads=HEADS,
        decoder_attention_heads=HEADS,
        encoder_ffn_dim=FFN_DIM,
        decoder_ffn_dim=FFN_DIM,
        max_position_embeddings=WINDOW,
        pad_token_id=pad_id,
        eos_token_id=eos_id,
        bos_token_id=eos_id,
        decoder_start_token_id=pad_id,
        forced_eos_token_id=eos_id,
        activation_function="swish",
        scale_embedding=True,
        share_encoder_decoder_embeddings=True,
        tie_word_embeddings=True,
        # Wide random weights: the output depends on the input and sometimes stops by itself (at 0.02, the
        # default, every input gives the same endless string), so ordering and batching bugs show.
        init_std=0.5,
    )
    torch.manual_seed(seed)
    model = MarianMTModel(config).eval()
    model.generation_config = GenerationConfig(
        bad_words_ids=[[pad_id]],
        bos_token_id=eos_id,
        decoder_start_token_id=pad_id,
        eos_token_id=eos_id,
        forced_eos_token_id=eos_id,
        max_length=WINDOW,
        num_beams=4,
        pad_token_id=pad_id,
        renormalize_logits=True,
    )
    model.save_pretrained(out_dir)

    tokenizer = MarianTokenizer(
        source_spm=str(out_dir / "source.spm"),
        target_spm=str(out_dir / "target.spm"),
        vocab=str(out_dir / "vocab.json"),
        source_lang=source_lang,
        target_lang=target_lang,
        model_max_length=WINDOW,
    )
    tokenizer.save_pretrained(out_dir)
    return out_dir
