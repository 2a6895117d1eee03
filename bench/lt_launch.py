"""Start LibreTranslate (run with the LibreTranslate venv's interpreter; arguments are LibreTranslate's own).

``BENCH_LT_BOUND=1`` patches one thing, for the benchmark's "bounded" LibreTranslate rows only: every
``ctranslate2.Translator.translate_batch`` call gets ``max_decoding_length`` = the service's output bound
``min(512, ⌊1.5 n⌋ + 10)`` of the call's longest source (``n`` tokens including the ``</s>`` CTranslate2 appends).
argos-translate never passes ``max_decoding_length`` and no setting or model config sets it (CTranslate2's
config.json has no decoding options), so CTranslate2's default of 256 applies; the random benchmark model never
emits ``</s>``, so without this every sentence decodes 256 tokens where ours decodes ~66. Real opus-mt models stop
by themselves, so the patch stands in for the model, not for a LibreTranslate setting. Rows in one call decode to
the call's bound (argos batches a paragraph's sentences together): the measured output length shows that.
Without the variable nothing is patched and this is exactly ``libretranslate``.
"""

from __future__ import annotations

import os
import sys
from typing import Any

WINDOW = 512


def _patch_bound() -> None:
    import ctranslate2

    class BoundedTranslator(ctranslate2.Translator):  # type: ignore[misc]
        def translate_batch(self, source: list[list[str]], *args: Any, **kwargs: Any) -> Any:
            longest = max((len(tokens) for tokens in source), default=0) + 1
            kwargs.setdefault("max_decoding_length", min(WINDOW, int(1.5 * longest) + 10))
            return super().translate_batch(source, *args, **kwargs)

    # argostranslate.translate looks up ctranslate2.Translator when it loads a model, after this runs
    ctranslate2.Translator = BoundedTranslator  # type: ignore[misc]


if __name__ == "__main__":
    # run as a script, this file's folder comes first on sys.path, and its bench/libretranslate.py would shadow
    # the libretranslate package
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path[:] = [entry for entry in sys.path if os.path.abspath(entry or ".") != here]
    if os.environ.get("BENCH_LT_BOUND") == "1":
        _patch_bound()
    from libretranslate.main import main

    sys.argv[0] = "libretranslate"
    sys.exit(main())
