"""A rule-based sentence splitter in MiniSBD's ONNX format, for the LibreTranslate peer row (bench/libretranslate.py).

Run with the LibreTranslate venv's interpreter (it needs ``onnx``, installed there by scripts/libretranslate-venv.sh,
and ``minisbd`` for the self-check), never with the project's:

    bench/out/lt-venv/bin/python bench/lt_sbd.py OUT.onnx LANG

Why: argos-translate (LibreTranslate's engine) splits every paragraph with MiniSBD, which downloads a neural ONNX
model per language on first use; the benchmark runs offline, so the package ships its own model file in
``minisbd/``, which argos prefers to a download. Format, as minisbd 0.9.5 reads it (minisbd/inference.py,
minisbd/modules): inputs ``units`` (int64 [batch, chars]: character ids from the vocabulary in the metadata, 0 = pad)
and ``features`` (float32 [batch, chars, features]); output 0: scores [batch, chars, 5] whose argmax per character
is 0 (inside a token), 1 (token ends here), 2 (sentence ends here), 3/4 (the same for multi-word tokens); metadata
``lang_code``, ``config`` (JSON), ``vocab`` (JSON state of its Vocab), ``lexicon`` (JSON, null).

The rule: a sentence ends at ``.``, ``!`` or ``?`` followed by a space or the end of the paragraph, except a period
right after a digit (German ordinals and dates: "am 26. September"); a token ends before a space. Cheaper than the
neural splitter and not as good (it splits after abbreviations such as "Dr."), which only matters here for how many
sentences argos decodes — the table says which splitter was used.
"""

from __future__ import annotations

import json
import sys

PAD, UNK, SPACE, DOT, EXCLAMATION, QUESTION = 0, 1, 2, 3, 4, 5
DIGIT0 = 6                                  # "0".."9" are 6..15: one range check finds a digit
VOCAB = ["<PAD>", "<UNK>", " ", ".", "!", "?", *"0123456789"]
CONFIG = {"feat_funcs": ["space_before"], "max_seqlen": 1000, "batch_size": 32, "no_ssplit": False,
          "skip_newline": False, "use_dictionary": False, "num_dict_feat": 0}


def build(path: str, lang: str) -> None:
    import onnx
    from onnx import TensorProto, helper

    def const(name: str, value: int) -> onnx.NodeProto:
        return helper.make_node("Constant", [], [name], value=helper.make_tensor(name, TensorProto.INT64, [], [value]))

    def ints(name: str, values: list[int]) -> onnx.NodeProto:
        return helper.make_node("Constant", [], [name], value=helper.make_tensor(name, TensorProto.INT64,
                                                                                  [len(values)], values))

    node = helper.make_node
    nodes = [
        *(const(f"c_{name}", value) for name, value in
          (("pad", PAD), ("space", SPACE), ("dot", DOT), ("excl", EXCLAMATION), ("quest", QUESTION),
           ("d0", DIGIT0), ("d9", DIGIT0 + 9))),
        ints("s0", [0]), ints("s1", [1]), ints("sm1", [-1]), ints("send", [2**62]), ints("ax1", [1]),
        # the character after and before each position (pad past either end of the row)
        node("Slice", ["units", "s0", "s1", "ax1"], ["first_col"]),
        node("Mul", ["first_col", "c_pad"], ["pad_col"]),          # zeros [batch, 1] (PAD = 0)
        node("Slice", ["units", "s1", "send", "ax1"], ["tail"]),
        node("Concat", ["tail", "pad_col"], ["next"], axis=1),
        node("Slice", ["units", "s0", "sm1", "ax1"], ["head"]),
        node("Concat", ["pad_col", "head"], ["prev"], axis=1),
        node("Equal", ["next", "c_space"], ["next_space"]),
        node("Equal", ["next", "c_pad"], ["next_pad"]),
        node("Or", ["next_space", "next_pad"], ["boundary_after"]),
        node("Equal", ["units", "c_space"], ["is_space"]),
        node("Equal", ["units", "c_pad"], ["is_pad"]),
        node("Or", ["is_space", "is_pad"], ["is_blank"]),
        node("Not", ["is_blank"], ["is_char"]),
        node("And", ["boundary_after", "is_char"], ["token_end"]),
        node("Equal", ["units", "c_dot"], ["is_dot"]),
        node("Equal", ["units", "c_excl"], ["is_excl"]),
        node("Equal", ["units", "c_quest"], ["is_quest"]),
        node("Or", ["is_dot", "is_excl"], ["dot_or_excl"]),
        node("Or", ["dot_or_excl", "is_quest"], ["is_terminal"]),
        node("GreaterOrEqual", ["prev", "c_d0"], ["prev_ge0"]),
        node("LessOrEqual", ["prev", "c_d9"], ["prev_le9"]),
        node("And", ["prev_ge0", "prev_le9"], ["prev_digit"]),
        node("And", ["is_dot", "prev_digit"], ["ordinal"]),
        node("Not", ["ordinal"], ["not_ordinal"]),
        node("And", ["is_terminal", "boundary_after"], ["terminal_end"]),
        node("And", ["terminal_end", "not_ordinal"], ["sentence_end"]),
        # class = token_end + sentence_end: 0, 1 or 2 (a sentence end is always a token end)
        node("Cast", ["token_end"], ["token_i"], to=TensorProto.INT64),
        node("Cast", ["sentence_end"], ["sentence_i"], to=TensorProto.INT64),
        node("Add", ["token_i", "sentence_i"], ["cls"]),
        ints("depth", [5]),
        node("Constant", [], ["onehot_values"],
             value=helper.make_tensor("onehot_values", TensorProto.FLOAT, [2], [0.0, 1.0])),
        node("OneHot", ["cls", "depth", "onehot_values"], ["scores"], axis=-1),
    ]
    graph = helper.make_graph(
        nodes, f"rule-sbd-{lang}",
        [helper.make_tensor_value_info("units", TensorProto.INT64, ["batch", "chars"]),
         helper.make_tensor_value_info("features", TensorProto.FLOAT, ["batch", "chars", "features"])],
        [helper.make_tensor_value_info("scores", TensorProto.FLOAT, ["batch", "chars", 5])],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)], producer_name="transnorm-bench")
    model.ir_version = 8          # readable by any onnxruntime since 1.10
    vocab = {"lang": lang, "idx": 0, "cutoff": 0, "lower": False,
             "_unit2id": {unit: i for i, unit in enumerate(VOCAB)}, "_id2unit": VOCAB}
    helper.set_model_props(model, {"lang_code": lang, "config": json.dumps(CONFIG), "vocab": json.dumps(vocab),
                                   "lexicon": "null"})
    onnx.checker.check_model(model)
    onnx.save(model, path)


def check(path: str) -> list[str]:
    """Split a sample with minisbd itself, as argos will call it."""
    from minisbd import SBDetect

    sample = "Am 26. September sprach er. Wer kommt? Niemand!\nZweiter Absatz ohne Punkt"
    sentences = [str(s) for s in SBDetect(path, use_gpu=False).sentences(sample)]
    expected = ["Am 26. September sprach er.", "Wer kommt?", "Niemand!", "Zweiter Absatz ohne Punkt"]
    if sentences != expected:
        raise SystemExit(f"rule-based splitter: {sentences!r} != {expected!r}")
    return sentences


if __name__ == "__main__":
    build(sys.argv[1], sys.argv[2])
    check(sys.argv[1])
