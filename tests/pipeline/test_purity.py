"""The pipeline stages are pure: importing them brings in no model runtime, no threads and no database."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import service.pipeline

PIPELINE = Path(service.pipeline.__file__).parent
FORBIDDEN = ("torch", "transformers", "ctranslate2", "threading", "concurrent", "sqlalchemy", "service.db",
             "service.translation", "fastapi")


def imported_names(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_pipeline_module_imports_a_runtime_concern() -> None:
    offending = {
        f"{path.name}: {name}"
        for path in PIPELINE.glob("*.py")
        for name in imported_names(path)
        if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN)
    }
    assert len(list(PIPELINE.glob("*.py"))) >= 7
    assert not offending


def test_importing_the_pipeline_loads_no_model_runtime() -> None:
    code = (
        "import sys, service.pipeline.release, service.pipeline.ingest;"
        "print(','.join(m for m in ('torch', 'ctranslate2', 'sqlalchemy', 'transformers') if m in sys.modules))"
    )
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert loaded == ""
