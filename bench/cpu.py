"""Timing windows that also record what the rest of the shared machine did meanwhile.

``/proc/stat`` gives the machine's busy time; ``/proc/<pid>/stat`` (threads included) and ``children`` fields
give ours. ``others_cores`` = (machine busy − our processes' CPU) / wall seconds: 0.0 on a quiet machine, up to
the core count when other work competed for every core. ``ours_cores`` says how many cores our processes kept
busy (2.0 = both).
"""

from __future__ import annotations

import os
import resource
import time
from collections.abc import Iterable
from dataclasses import dataclass, field

TICK = os.sysconf("SC_CLK_TCK")
CORES = os.cpu_count() or 1
QUIET_CORES = 0.15      # a window where the rest of the machine used more than this is "noisy"


def machine_busy_seconds() -> float:
    with open("/proc/stat", encoding="ascii") as handle:
        fields = [int(v) for v in handle.readline().split()[1:]]
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)      # idle + iowait
    busy = sum(fields[:8]) - idle                                  # user..steal, guest is inside user
    return busy / TICK


def process_seconds(pid: int) -> float:
    """CPU seconds of ``pid`` (all its threads) and of its waited-for children."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as handle:
            parts = handle.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    utime, stime, cutime, cstime = (int(v) for v in parts[11:15])
    return (utime + stime + cutime + cstime) / TICK


def peak_rss_mib(pid: int | None = None) -> float:
    """Peak resident memory (VmHWM) of ``pid``, or of this process."""
    if pid is None:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return _status_kib(pid, "VmHWM") / 1024


def rss_mib(pid: int) -> float:
    return _status_kib(pid, "VmRSS") / 1024


def _status_kib(pid: int, key: str) -> float:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith(key + ":"):
                    return float(line.split()[1])
    except OSError:
        pass
    return 0.0


@dataclass
class Window:
    """``with Window([pids]) as w: …`` then ``w.wall``, ``w.others_cores``, ``w.ours_cores``."""

    pids: Iterable[int] = field(default_factory=lambda: [os.getpid()])
    wall: float = 0.0
    others_cores: float = 0.0
    ours_cores: float = 0.0

    def __enter__(self) -> Window:
        self.pids = list(self.pids)
        self._ours0 = sum(process_seconds(pid) for pid in self.pids)
        self._busy0 = machine_busy_seconds()
        self._t0 = time.perf_counter()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.wall = time.perf_counter() - self._t0
        busy = machine_busy_seconds() - self._busy0
        ours = sum(process_seconds(pid) for pid in self.pids) - self._ours0
        self.ours_cores = ours / self.wall if self.wall else 0.0
        self.others_cores = max(0.0, busy - ours) / self.wall if self.wall else 0.0

    @property
    def quiet(self) -> bool:
        return self.others_cores <= QUIET_CORES

    def as_dict(self) -> dict[str, float]:
        return {"wall_s": round(self.wall, 3), "others_cores": round(self.others_cores, 2),
                "ours_cores": round(self.ours_cores, 2)}
