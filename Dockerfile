# Transnorm: HTTP API + translation worker, CPU only.
#
#   docker build -t transnorm .                          # models de-en and nl-en baked in (~+600 MB)
#   docker build -t transnorm --build-arg MODELS= .      # no models: mount them (see docs/container.md)
#
# Layers, from least to most often changed: system Python -> Python dependencies (from pyproject.toml only)
# -> model weights (need only the `models` package) -> the service code. A code change rebuilds only the last
# layers (seconds); it downloads neither torch nor the models again.

# Any Debian bookworm image; CI builds the same recipe from a locally debootstrapped base.
ARG BASE_IMAGE=debian:bookworm-slim
FROM ${BASE_IMAGE}

SHELL ["/bin/bash", "-o", "pipefail", "-c"]

# Python 3.11 from Debian in a venv; an unprivileged user (fixed uid/gid, so volume ownership is predictable).
# hadolint ignore=DL3008
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      ca-certificates python3 python3-venv \
 && apt-get clean && rm -rf /var/lib/apt/lists/* \
 && python3 -m venv /opt/venv \
 && groupadd --system --gid 10001 transnorm \
 && useradd --system --uid 10001 --gid transnorm --create-home --home-dir /home/transnorm \
      --shell /usr/sbin/nologin transnorm \
 && install -d -o transnorm -g transnorm /data /models
# DL3008 (pin apt versions) is ignored on purpose: the base image pins the Debian release (bookworm);
# exact package versions vanish from the archive with every point release and would break the build.

ENV PATH=/opt/venv/bin:$PATH \
    VIRTUAL_ENV=/opt/venv \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

# Where pip finds torch. Users: the PyTorch CPU index (plain PyPI torch is the multi-GB CUDA build; `+cpu`
# sorts above the PyPI release, so the pin torch==X in pyproject.toml picks the CPU wheel).
# Offline/CI: `--build-arg TORCH_INDEX_URL= --build-arg PIP_FIND_LINKS=/opt/wheels -v /opt/wheels:/opt/wheels:ro`.
ARG TORCH_INDEX_URL=https://download.pytorch.org/whl/cpu
ARG PIP_FIND_LINKS=

WORKDIR /src

# 1. Dependencies, from pyproject.toml alone (plus the build backend, so the code layer below builds offline).
COPY pyproject.toml ./
RUN [ -n "$PIP_FIND_LINKS" ] || unset PIP_FIND_LINKS; \
    python -c 'import tomllib; p = tomllib.load(open("pyproject.toml", "rb")); \
print("\n".join(p["project"]["dependencies"] + p["build-system"]["requires"]))' > /tmp/requirements.txt \
 && pip install --no-cache-dir ${TORCH_INDEX_URL:+--extra-index-url "$TORCH_INDEX_URL"} -r /tmp/requirements.txt \
 && python -c 'import torch, sys; sys.exit("CUDA torch installed, expected the CPU build" if torch.version.cuda else 0)' \
 && rm /tmp/requirements.txt \
 && TORCH=$(python -c 'import os, torch; print(os.path.dirname(torch.__file__))') \
 && rm -rf "$TORCH"/test "$TORCH"/include "$TORCH"/bin/test_* "$TORCH"/bin/*Test "$TORCH"/bin/protoc*
# ^ torch's C++ unit-test binaries, C++ headers and protoc (~190 MB): unused at run time (no C++ extensions and
#   no torch.compile here). Byte code (~270 MB) is kept on purpose: without it start-up imports take ~2x longer.

# 2. Models baked into the image: a comma-separated list of pairs (empty: none, mount them at run time).
#    Same as `transnorm models pull $MODELS`, done with the `models` package alone (it imports nothing from
#    `service`), so that a change to the service code does not download the models again.
ARG MODELS=de-en,nl-en
ENV TRANSNORM_MODELS_DIR=/models
COPY models/ ./models/
RUN if [ -n "$MODELS" ]; then \
      python -c 'import os, sys; from pathlib import Path; from models import ModelStore; \
from models.download import pull; store = ModelStore(Path(os.environ["TRANSNORM_MODELS_DIR"])); \
[print("pulled", pull(store, store.resolve(p.strip()), progress=False).path) for p in sys.argv[1].split(",") if p.strip()]' \
        "$MODELS" \
      && chown -R transnorm:transnorm /models; \
    fi

# 3. The service itself, installed non-editable into the venv (/src is only the build context copy).
COPY . ./
RUN pip install --no-cache-dir --no-deps --no-build-isolation . \
 && rm -rf build ./*.egg-info \
 && transnorm --help > /dev/null

WORKDIR /data
# Numeric, so that runtimes enforcing runAsNonRoot can verify it (10001 = transnorm, created above).
USER 10001:10001

# SQLite by default, in the /data volume; set TRANSNORM_DATABASE_URL=postgresql+psycopg://... for PostgreSQL.
# Offline: the image's models are baked in (MODELS build argument) or mounted; serving never downloads.
ENV TRANSNORM_DATABASE_URL=sqlite:////data/transnorm.db \
    TRANSNORM_PORT=8000 \
    TRANSNORM_OFFLINE=1
VOLUME ["/data"]
EXPOSE 8000

HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/health' % os.environ.get('TRANSNORM_PORT', '8000'), timeout=4)"]

CMD ["transnorm", "serve", "--host", "0.0.0.0"]
