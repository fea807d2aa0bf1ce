"""Bundle size and start-up time to a shown window, frozen beside source.

    python -m bench.startup                 # uses dist/ from `make package`, else builds one
    python -m bench.startup --dist DIR --runs 5

Start-up is wall time from launching the process until it reports the main window exposed
(``self-test --quit-when-shown --offscreen``), median of the runs. Targets: one-folder bundle
under 150 MB, start-up under 2 s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
SIZE_TARGET_MB = 150.0
START_TARGET_S = 2.0
MB = 1024 * 1024


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def build(dist: Path) -> float:
    """Build into ``dist`` with the release script; returns the seconds it took."""
    started = time.perf_counter()
    env = {**os.environ, "DIST": str(dist), "WORK": str(OUT / "work"), "PYTHON": sys.executable}
    subprocess.run(["scripts/package.sh"], cwd=ROOT, env=env, check=True)
    return time.perf_counter() - started


def time_to_window(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    with subprocess.Popen(
        [*command, "self-test", "--quit-when-shown", "--offscreen"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    ) as process:
        assert process.stdout is not None
        for line in process.stdout:
            if "window shown" in line:
                elapsed = time.perf_counter() - started
                break
        else:
            raise RuntimeError(f"{command[0]} never showed its window")
        process.wait(timeout=60)
    return elapsed


def median_start(command: list[str], env: dict[str, str], runs: int) -> float:
    time_to_window(command, env)  # warm the file cache (and the one-file unpack folder)
    return statistics.median(time_to_window(command, env) for _ in range(runs))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.startup", description=__doc__)
    parser.add_argument("--dist", type=Path, default=None,
                        help="the dist folder of a build (default: dist/, else build one)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)

    dist = args.dist or ROOT / "dist"
    if not (dist / "newsletter-desk").is_dir():
        dist = OUT / "dist"
        print(f"no build in {args.dist or ROOT / 'dist'}; building into {dist} ...", flush=True)
        print(f"build time: {build(dist):.0f} s")
    suffix = ".exe" if sys.platform == "win32" else ""
    folder_exe = dist / "newsletter-desk" / f"newsletter-desk{suffix}"
    onefile_exe = dist / f"newsletter-desk-onefile{suffix}"

    folder_mb = folder_size(dist / "newsletter-desk") / MB
    print(f"one-folder bundle: {folder_mb:7.1f} MB  (target < {SIZE_TARGET_MB:.0f} MB: "
          f"{'met' if folder_mb < SIZE_TARGET_MB else 'MISSED'})")
    if onefile_exe.is_file():
        print(f"one-file build:    {onefile_exe.stat().st_size / MB:7.1f} MB")
    for tarball in sorted(dist.glob("newsletter-desk-*.tar.gz")):
        print(f"Linux tarball:     {tarball.stat().st_size / MB:7.1f} MB  ({tarball.name})")

    env = {k: v for k, v in os.environ.items() if k != "NEWSLETTER_DESK_DATABASE"}
    print(f"start-up to a shown window, offscreen, median of {args.runs}:")
    candidates = [
        ("source", [sys.executable, "-m", "desktop"]),
        ("frozen one-folder", [str(folder_exe)]),
        ("frozen one-file", [str(onefile_exe)]),
    ]
    for label, command in candidates:
        if not Path(command[0]).exists():
            continue
        seconds = median_start(command, env, args.runs)
        verdict = "met" if seconds < START_TARGET_S else "MISSED"
        print(f"  {label:18} {seconds:6.2f} s  (target < {START_TARGET_S:.0f} s: {verdict})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
