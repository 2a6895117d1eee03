"""Where /translate_file keeps its results until /download_file serves them: a folder in the data directory,
each file kept ``FILE_LIFETIME_SECONDS``."""

from __future__ import annotations

import time
from pathlib import Path

from service.runtime import Runtime

FILE_LIFETIME_SECONDS = 30 * 60     # translated files are served this long, then deleted
FILE_FORMATS = (".txt", ".html", ".htm")


def files_dir(runtime: Runtime) -> Path:
    """Where translated files wait to be downloaded: beside the model store, in the data directory."""
    folder = runtime.settings.models_dir.parent / "translated-files"
    folder.mkdir(parents=True, exist_ok=True)
    cutoff = time.time() - FILE_LIFETIME_SECONDS
    for old in folder.iterdir():  # a bounded lifetime: whatever is older is removed on the next upload
        if old.stat().st_mtime < cutoff:
            old.unlink(missing_ok=True)
    return folder
