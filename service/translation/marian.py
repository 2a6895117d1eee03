"""The MarianMT backend: transformers/PyTorch, behind the shared ``BatchedTranslator``.

On ``device="cuda"`` the model runs in half precision on the GPU (the inputs are moved there per batch; scores are
taken in float32 from the half-precision logits, so they can differ from the CPU's in the last digits)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from service.translation.base import Hypothesis
from service.translation.scheduler import BatchedTranslator


class _ChosenLogProbs:
    """A logits processor (it runs after ``<pad>`` is banned, before greedy picks the best token) that records
    each row's best log-probability, i.e. the chosen token's, as the renormalized softmax gives it."""

    def __init__(self) -> None:
        self._steps: list[Any] = []

    def __call__(self, input_ids: Any, scores: Any) -> Any:
        self._steps.append(scores.float().log_softmax(-1).max(-1).values)
        return scores

    def per_row(self) -> Any:
        import torch

        return torch.stack(self._steps, dim=1)   # [rows, steps]


class MarianTranslator(BatchedTranslator[int]):
    """MarianMT through transformers/PyTorch: loaded once from a local directory, eval mode, inference mode."""

    backend = "transformers"

    def __init__(
        self,
        checkpoint: Path,
        *,
        pair: str,
        model_id: str,
        revision: str,
        threads: int = 0,
        batch_tokens: int = 2048,
        max_batch_sentences: int = 64,
        beam_size: int = 1,
        device: str = "cpu",
    ) -> None:
        import torch
        from transformers import GenerationConfig, MarianMTModel, MarianTokenizer

        if threads > 0:
            torch.set_num_threads(threads)
        self._torch = torch
        self._tokenizer: Any = MarianTokenizer.from_pretrained(checkpoint, local_files_only=True)
        model: Any = MarianMTModel.from_pretrained(checkpoint, local_files_only=True)
        model.eval()
        if device != "cpu":
            model = model.half().to(device)
        self.device = device
        config = model.config
        self._pad_id: int = config.pad_token_id
        self._eos_id: int = config.eos_token_id
        # Replaces the checkpoint's generation config (opus-mt: beam 4, forced </s> at max_length), so that the
        # settings decide and nothing is merged in behind our back. <pad> is banned and the softmax renormalized,
        # which matches CTranslate2 (its converter drops the <pad> row).
        model.generation_config = GenerationConfig(
            decoder_start_token_id=config.decoder_start_token_id,
            eos_token_id=self._eos_id,
            pad_token_id=self._pad_id,
            bad_words_ids=[[self._pad_id]],
            num_beams=beam_size,
            do_sample=False,
            length_penalty=1.0,
            renormalize_logits=True,
            output_scores=True,
            return_dict_in_generate=True,
        )
        self._model = model
        window = min(int(config.max_position_embeddings), int(self._tokenizer.model_max_length))
        super().__init__(
            pair=pair, model_id=model_id, revision=revision, window=window,
            batch_tokens=batch_tokens, max_batch_sentences=max_batch_sentences, beam_size=beam_size,
        )

    def _encode(self, text: str) -> list[int]:
        return list(self._tokenizer(text, verbose=False)["input_ids"])

    def _decode(self, tokens: list[int]) -> str:
        return str(self._tokenizer.decode(tokens, skip_special_tokens=True, clean_up_tokenization_spaces=False))

    def _generate(self, sources: list[list[int]], bounds: list[int]) -> list[Hypothesis[int]]:
        torch = self._torch
        width = max(len(tokens) for tokens in sources)
        input_ids = torch.full((len(sources), width), self._pad_id, dtype=torch.long)
        attention_mask = torch.zeros((len(sources), width), dtype=torch.long)
        for row, tokens in enumerate(sources):
            input_ids[row, : len(tokens)] = torch.tensor(tokens, dtype=torch.long)
            attention_mask[row, : len(tokens)] = 1
        input_ids, attention_mask = input_ids.to(self.device), attention_mask.to(self.device)
        with torch.inference_mode():
            if self.beam_size == 1:
                # Greedy: keep only each row's chosen log-probability per step. Keeping every step's full
                # [rows, 58,101] scores (output_scores) held 3.2 GB at batch 64 in the benchmark.
                chosen = _ChosenLogProbs()
                out = self._model.generate(
                    input_ids=input_ids, attention_mask=attention_mask, max_new_tokens=max(bounds),
                    output_scores=False, logits_processor=self._processors([chosen]),
                )
                steps = chosen.per_row()
            else:
                out = self._model.generate(
                    input_ids=input_ids, attention_mask=attention_mask, max_new_tokens=max(bounds)
                )
                steps = self._model.compute_transition_scores(
                    out.sequences, out.scores, getattr(out, "beam_indices", None), normalize_logits=False
                )
        generated = out.sequences[:, 1:].tolist()   # drop the decoder start token
        return [
            self._hypothesis(tokens, logprobs, bound)
            for tokens, logprobs, bound in zip(generated, steps.tolist(), bounds, strict=True)
        ]

    def _processors(self, extra: list[Any]) -> Any:
        from transformers import LogitsProcessorList

        return LogitsProcessorList(extra)

    def _hypothesis(self, tokens: list[int], logprobs: list[float], bound: int) -> Hypothesis[int]:
        kept: list[int] = []
        total = 0.0
        scored = 0
        for token, logprob in zip(tokens[:bound], logprobs[:bound], strict=False):
            if token == self._pad_id:
                break
            total += logprob
            scored += 1
            if token == self._eos_id:
                break
            kept.append(token)
        return Hypothesis(kept, total, scored)

    def close(self) -> None:
        super().close()
        self._model = None
