#!/usr/bin/env bash
# Create a SEPARATE virtualenv for the LibreTranslate peer row of the benchmark (bench/libretranslate.py):
# LibreTranslate is never a dependency of Transnorm. The venv lives in bench/out/lt-venv (git-ignored).
# LibreTranslate 1.9.6 does not pull torch (argos-translate-lt needs only ctranslate2, sentencepiece, minisbd
# with onnxruntime, sacremoses), so no CPU torch wheel is pre-installed; the check below fails loudly should a
# later version start to pull it (then pre-install torch==2.13.0 as scripts/install.sh does).
# onnx (the builder only, not used by LibreTranslate) writes the rule-based MiniSBD sentence splitter into the
# benchmark's argos package (bench/lt_sbd.py); it is resolved together with LibreTranslate so that its numpy stays
# within LibreTranslate's numpy<2.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3.11}
command -v "$PYTHON" >/dev/null || PYTHON=python3
VENV=${LT_VENV:-bench/out/lt-venv}
VERSION=${LIBRETRANSLATE_VERSION:-1.9.6}
[ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
"$VENV/bin/python" -m pip install -q --upgrade pip
"$VENV/bin/python" -m pip install -q "libretranslate==$VERSION" onnx
if "$VENV/bin/python" -m pip show -q torch 2>/dev/null; then
  echo "warning: libretranslate $VERSION pulled torch into $VENV: $("$VENV/bin/python" -m pip show torch | grep ^Version)" >&2
fi
echo "installed: libretranslate $("$VENV/bin/python" -m pip show libretranslate | sed -n 's/^Version: //p') into $VENV"
