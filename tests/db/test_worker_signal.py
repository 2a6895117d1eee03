"""``transnorm worker`` stopped by SIGTERM while it is still starting (loading models, warming up) exits cleanly.

The stress crash scenario's draining worker met this: when the queue was already empty, it was stopped during its
start-up, before its handlers were installed, and died by the signal (exit -15) instead of exiting 0.
"""

from __future__ import annotations

import signal
import subprocess
import time
from pathlib import Path

from tests.stress.harness import child_env, transnorm_command


def test_sigterm_during_start_up_is_a_clean_exit(tmp_path: Path) -> None:
    env = child_env(f"sqlite:///{tmp_path / 'worker.db'}", tmp_path)
    log_path = tmp_path / "worker.log"
    with log_path.open("wb") as log:
        proc = subprocess.Popen(transnorm_command("worker"), env=env, stdout=log, stderr=subprocess.STDOUT,
                                cwd=tmp_path, start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        # "loaded de-en: …" is logged while the runtime starts, before the warm-up and the worker loop.
        while "loaded de-en" not in log_path.read_text(errors="replace"):
            assert proc.poll() is None, log_path.read_text(errors="replace")
            assert time.monotonic() < deadline, "the worker never loaded its model"
            time.sleep(0.02)
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(60) == 0, log_path.read_text(errors="replace")
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
