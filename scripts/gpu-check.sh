#!/usr/bin/env bash
# The GPU check of issue 15, in one run of a few minutes on a machine with an NVIDIA GPU: builds the benchmark
# model (bench/out/), runs the GPU rows of `python -m bench.gpu` (raw CTranslate2, our translators with
# TRANSNORM_DEVICE=cuda, end-to-end over HTTP, /v1/translate latency) and prints their table.
#
#   scripts/gpu-check.sh                 pip reaches the package index: a venv .venv-gpu with the project and
#                                        PyPI's default (CUDA) torch wheel
#   scripts/gpu-check.sh --download      here, with the index: the project's wheels for Python 3.12 into .whl/
#                                        (what a machine without network lacks; torch, transformers are not fetched)
#   scripts/gpu-check.sh --wheels        there, without network: python3 (which holds CUDA torch) + .whl/ wheels
#                                        installed into /tmp/site (carry .whl with the run)
# Extra arguments after the mode go to `python -m bench.gpu` (e.g. --skip-service). Nothing is fetched from
# outside the package registries.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-venv}
[ $# -gt 0 ] && shift
export PYTHONUNBUFFERED=1

# Wheels the device image lacks (it has torch, numpy, sentencepiece, httpx, typer, rich, jinja2, lxml, protobuf,
# huggingface-hub, tokenizers, safetensors, regex, requests, pyyaml, psutil); transformers is pinned <5 here.
WHEELS="ctranslate2 transformers==4.57.6 tokenizers==0.22.1 huggingface-hub==0.36.0 pydantic pydantic-core
pydantic-settings python-dotenv typing-inspection annotated-types sqlalchemy greenlet alembic mako fastapi starlette
uvicorn h11 python-multipart prometheus-client sacremoses ftfy wcwidth sentence-splitter py3langid
charset-normalizer beautifulsoup4 soupsieve wordfreq langcodes language-data marisa-trie msgpack locate
trafilatura courlan htmldate justext lxml-html-clean dateparser tzlocal python-docx pypdf"

case "$mode" in
  --download)
    mkdir -p .whl
    # shellcheck disable=SC2086
    python3 -m pip download -q --no-deps --only-binary=:all: --python-version 3.12 --implementation cp \
      --platform manylinux_2_28_x86_64 --platform manylinux_2_17_x86_64 --platform manylinux2014_x86_64 \
      --platform any -d .whl $WHEELS
    du -sh .whl
    echo "carry .whl (the device tool takes at most 64 MiB with the working tree); then: scripts/gpu-check.sh --wheels"
    exit 0 ;;
  --wheels)
    python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site .whl/*.whl
    export PYTHONPATH="/tmp/site:$PWD"
    PY=python3 ;;
  venv)
    [ -x .venv-gpu/bin/python ] || python3 -m venv .venv-gpu
    .venv-gpu/bin/python -m pip install -q --upgrade pip
    .venv-gpu/bin/python -m pip install -q torch        # PyPI's default Linux wheel is the CUDA build
    .venv-gpu/bin/python -m pip install -q -e . --no-deps
    # The project's dependencies except the pinned CPU torch, which the CUDA wheel above replaces.
    .venv-gpu/bin/python - <<'EOF' | xargs .venv-gpu/bin/python -m pip install -q
import tomllib
deps = tomllib.load(open("pyproject.toml", "rb"))["project"]["dependencies"]
print("\n".join(f"'{d}'" for d in deps if not d.startswith("torch")))
EOF
    PY=.venv-gpu/bin/python ;;
  *) echo "usage: scripts/gpu-check.sh [--download | --wheels] [bench.gpu arguments]" >&2; exit 2 ;;
esac

nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader || true
$PY - <<'EOF'
import ctranslate2, torch
print(f"ctranslate2 {ctranslate2.__version__}: {ctranslate2.get_cuda_device_count()} CUDA device(s); "
      f"torch {torch.__version__}: cuda available {torch.cuda.is_available()}")
EOF
timeout 900 $PY -m bench.gpu "$@"
