"""Benchmark: generate a TMX file of N de→en units and time ``transnorm tm import`` on it (SQLite in a temp dir).

    .venv/bin/python bench/tm_import.py [--units 100000]

Prints one table row: units, seconds, units/s, peak RSS of the import process (MiB). The import runs as a child
process so its peak RSS is its own; run it with --units 10000 as well to see that memory does not grow with size.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import escape


def write_tmx(path: Path, units: int) -> None:
    with path.open("w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="bench" '
                  'creationtoolversion="1" segtype="sentence" o-tmf="bench" adminlang="en" srclang="de-DE" '
                  'datatype="plaintext"/><body>\n')
        for i in range(units):
            de = escape(f"Die Behörde Nummer {i} hat am Montag ihren Jahresbericht für {1990 + i % 30} vorgelegt.")
            en = escape(f"Authority number {i} presented its annual report for {1990 + i % 30} on Monday.")
            out.write(f'<tu tuid="{i}"><tuv xml:lang="de-DE"><seg>{de}</seg></tuv>'
                      f'<tuv xml:lang="en-US"><seg>{en}</seg></tuv></tu>\n')
        out.write("</body></tmx>\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmx = Path(tmp) / "memory.tmx"
        write_tmx(tmx, args.units)
        env = {**os.environ, "TRANSNORM_DATABASE_URL": f"sqlite:///{Path(tmp) / 'bench.db'}"}
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", "from service.cli import main; main()", "tm", "import", str(tmx)],
                       env=env, check=True, stdout=subprocess.DEVNULL)
        seconds = time.perf_counter() - started
        peak_mib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print("| units | seconds | units/s | peak RSS (MiB) |")
    print("| ---: | ---: | ---: | ---: |")
    print(f"| {args.units:,} | {seconds:.1f} | {args.units / seconds:,.0f} | {peak_mib:.0f} |")


if __name__ == "__main__":
    main()
