#!/usr/bin/env bash
# Create .venv and install Transnorm with its test tools. torch is pinned to the CPU build 2.13.0: a plain
# `pip install torch` on Linux pulls the multi-GB CUDA build. Where a local wheel is configured for pip (find-links),
# it is used; otherwise the wheel comes from the PyTorch CPU index.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3.11}
command -v "$PYTHON" >/dev/null || PYTHON=python3
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
# The local wheel alone first (--no-deps: its dependencies need not lie beside it), then its dependencies from the
# normal index, which then finds torch already satisfied and fetches no CUDA build.
if .venv/bin/python -m pip install -q --no-index --no-deps "torch==2.13.0" 2>/dev/null; then
  .venv/bin/python -m pip install -q "torch==2.13.0"
else
  .venv/bin/python -m pip install -q "torch==2.13.0" --index-url "${TORCH_INDEX_URL:-https://download.pytorch.org/whl/cpu}" \
    --extra-index-url https://pypi.org/simple
fi
.venv/bin/python -m pip install -q -e ".[test]"
echo "installed: $(.venv/bin/transnorm --help >/dev/null && echo transnorm) into .venv"
