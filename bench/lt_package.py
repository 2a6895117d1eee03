"""argos-translate packages of the benchmark's own models, and a private LibreTranslate home that holds them.

LibreTranslate translates with argos-translate packages: a zip of one directory holding ``metadata.json``, a
CTranslate2 model in ``model/``, ``sentencepiece.model`` and, here, ``minisbd/<lang>.onnx``. The package is made from
the int8 model the service itself loads (bench/model.py ``ensure_model``: same weights, same quantization, same
SentencePiece model), so LibreTranslate serves exactly our weights. Two changes to the copy, both needed by argos:

- ``config.json``: ``add_source_eos: true``. argos passes SentencePiece pieces without ``</s>`` (its OPUS
  packages ask CTranslate2 to append it); Marian needs it, and ours appends it itself.
- ``minisbd/<lang>.onnx``: the rule-based splitter of bench/lt_sbd.py. Without a packaged model argos downloads
  MiniSBD's neural one on the first translation, which fails offline.

The home (``bench/out/lt-home``, rebuilt each run) is LibreTranslate's HOME and XDG directories, so nothing is
read from or written to the user's home; its package index (``ARGOS_PACKAGE_INDEX``) is a local file holding
``[]``. LibreTranslate refreshes that index at start only with fewer than two packages installed; de→en and
nl→en are two, so it starts offline (with one pair, a second, metadata-only package would be needed).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile
from pathlib import Path

from bench.model import OUT, BenchModel

LT_VENV = OUT / "lt-venv"
LT_HOME = OUT / "lt-home"
PACKAGES = OUT / "lt-packages"
SBD_BUILDER = Path(__file__).resolve().parent / "lt_sbd.py"
NAMES = {"de": "German", "nl": "Dutch", "en": "English"}
FORMAT = 1                  # bump to rebuild cached packages after a change here


def lt_python() -> Path:
    python = LT_VENV / "bin" / "python"
    if not python.exists():
        raise SystemExit(f"{python} missing: run scripts/libretranslate-venv.sh first")
    return python


def lt_version() -> str:
    out = subprocess.run([str(lt_python()), "-c", "import importlib.metadata as m; "
                          "print(m.version('libretranslate'), m.version('argos-translate-lt'), "
                          "m.version('ctranslate2'), m.version('minisbd'))"],
                         check=True, capture_output=True, text=True).stdout.split()
    return "libretranslate {} (argos-translate-lt {}, CTranslate2 {}, minisbd {})".format(*out)


def build_package(model: BenchModel) -> Path:
    """``bench/out/lt-packages/translate-<src>_en.argosmodel`` from ``model``'s int8 conversion (cached)."""
    source, target = model.pair.split("-")
    name = f"translate-{source}_{target}"
    archive = PACKAGES / f"{name}.argosmodel"
    stamp = f"{model.model_id}@{model.revision} package v{FORMAT}"
    marker = archive.with_suffix(".stamp")
    if archive.exists() and marker.exists() and marker.read_text() == stamp:
        return archive
    staging = PACKAGES / name
    shutil.rmtree(staging, ignore_errors=True)
    (staging / "model").mkdir(parents=True)
    (staging / "minisbd").mkdir()
    for file in ("model.bin", "shared_vocabulary.json"):
        shutil.copyfile(model.ct2_int8 / file, staging / "model" / file)
    config = json.loads((model.ct2_int8 / "config.json").read_text(encoding="utf-8"))
    config["add_source_eos"] = True
    (staging / "model" / "config.json").write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")
    shutil.copyfile(model.ct2_int8 / "source.spm", staging / "sentencepiece.model")
    subprocess.run([str(lt_python()), str(SBD_BUILDER), str(staging / "minisbd" / f"{source}.onnx"), source],
                   check=True)
    metadata = {"package_version": "1.0", "argos_version": "1.9", "type": "translate",
                "from_code": source, "from_name": NAMES[source], "to_code": target, "to_name": NAMES[target],
                "code": name, "links": [], "bench": stamp}
    (staging / "metadata.json").write_text(json.dumps(metadata, indent=2) + "\n", encoding="utf-8")
    # stored, not deflated: model.bin (75 MB of int8) hardly compresses, and this is rebuilt with the model
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_STORED) as out:
        for path in sorted(staging.rglob("*")):
            out.write(path, Path(name) / path.relative_to(staging))
    shutil.rmtree(staging)
    marker.write_text(stamp)
    return archive


def prepare_home(models: list[BenchModel], home: Path = LT_HOME) -> dict[str, str]:
    """A fresh LibreTranslate home with ``models`` installed; returns the environment variables that select it."""
    shutil.rmtree(home, ignore_errors=True)
    data, index = home / "data", home / "index"
    packages = data / "argos-translate" / "packages"
    packages.mkdir(parents=True)
    index.mkdir()
    (index / "index.json").write_text("[]\n")
    for model in models:
        # what argostranslate.package.install_from_path does with a package file
        with zipfile.ZipFile(build_package(model)) as archive:
            archive.extractall(packages)
    (home / "tmp").mkdir()
    return {
        "HOME": str(home), "XDG_DATA_HOME": str(data), "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"), "TMPDIR": str(home / "tmp"),
        "ARGOS_PACKAGE_INDEX": index.as_uri() + "/",   # argos appends "index.json"
    }
