"""Bench: clean a generated 1,000,000-row CSV, and a plain pandas read-dedupe-write beside it.

    python -m bench.clean_list [--rows N] [--keep]

Targets (issue 7): under 60 s and under 300 MB peak memory for 1,000,000 rows, by streaming.
Each side runs in its own process so its peak memory (max RSS) is its own. pandas is only for
the comparison (``pip install .[bench]``); without it our figures still print.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

FIRST = ["Anna", "Ben", "Chloé", "Dmitri", "Eva", "Farid", "Grete", "Hiro", "Inès", "Jon"]
LAST = ["Müller", "Smith", "Dubois", "Rossi", "Nowak", "García", "Lee", "Khan", "Olsen"]
DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "example.org", "acme.co.uk", "web.de",
           "gmial.com", "mailinator.com", "firma.de", "shop.example"]
SUPPRESSED = 20_000


def generate(path: Path, rows: int, seed: int = 7) -> list[str]:
    """A list with ~5% duplicates, ~2% invalid rows; returns addresses to suppress."""
    rng = random.Random(seed)
    suppress: list[str] = []
    recent: list[str] = []
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write("email,first_name,last_name,city,signed_up\r\n")
        for n in range(rows):
            roll = rng.random()
            if roll < 0.05 and recent:
                address = rng.choice(recent).upper() if roll < 0.01 else rng.choice(recent)
            elif roll < 0.07:
                address = rng.choice(["not-an-address", f"user{n}@", f"user {n}@x.com", ""])
            else:
                address = f"{rng.choice(FIRST).lower()}.{n}@{rng.choice(DOMAINS)}"
                if len(recent) < 5000:
                    recent.append(address)
                else:
                    recent[rng.randrange(5000)] = address
                if len(suppress) < SUPPRESSED and rng.random() < 0.03:
                    suppress.append(address)
            city = "Paris, 15e" if n % 7 == 0 else "Berlin"
            out.write(f"{address},{rng.choice(FIRST)},{rng.choice(LAST)},\"{city}\","
                      f"2024-{n % 12 + 1:02d}-{n % 28 + 1:02d}\r\n")
    return suppress


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_ours(path: Path, database: Path) -> dict[str, float]:
    from engine.cleanup.job import CleanupOptions, CleanupSpec, clean
    from engine.jobs import run_to_end
    from engine.storage import db

    db.init_db(f"sqlite:///{database}")
    start_mb = peak_mb()
    started = time.perf_counter()
    report = run_to_end(clean(CleanupSpec(path, options=CleanupOptions())))
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "rows": report.rows, "kept": report.kept,
            "peak_mb": peak_mb(), "start_mb": start_mb, **{
                f"removed_{k}": v for k, v in report.removed_by_reason.items()}}


def run_pandas(path: Path) -> dict[str, float]:
    import pandas as pd

    started = time.perf_counter()
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    frame["_key"] = frame["email"].str.strip().str.lower()
    frame = frame.drop_duplicates("_key").drop(columns="_key")
    frame.to_csv(path.with_name("pandas-cleaned.csv"), index=False)
    return {"seconds": time.perf_counter() - started, "rows": len(frame), "peak_mb": peak_mb()}


def child(mode: str, *args: str) -> dict[str, float] | None:
    result = subprocess.run([sys.executable, "-m", "bench.clean_list", f"--{mode}", *args],
                            capture_output=True, text=True)
    if result.returncode != 0:
        print(f"{mode}: failed\n{result.stderr[-2000:]}", file=sys.stderr)
        return None
    data: dict[str, float] = json.loads(result.stdout.strip().splitlines()[-1])
    return data


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.clean_list")
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--keep", action="store_true", help="keep the generated files")
    parser.add_argument("--ours", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--pandas", nargs=1, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.ours:
        print(json.dumps(run_ours(Path(args.ours[0]), Path(args.ours[1]))))
        return 0
    if args.pandas:
        print(json.dumps(run_pandas(Path(args.pandas[0]))))
        return 0

    folder = Path(tempfile.mkdtemp(prefix="nd-bench-clean-"))
    source, database = folder / "list.csv", folder / "desk.sqlite3"
    print(f"Generating {args.rows:,} rows in {source} …")
    suppress = generate(source, args.rows)
    _suppress_in(database, suppress)
    print(f"  {source.stat().st_size / 1e6:.0f} MB, {len(suppress):,} suppressed addresses")

    ours = child("ours", str(source), str(database))
    if ours:
        rate = ours["rows"] / ours["seconds"]
        print(f"newsletter-desk clean: {ours['seconds']:.1f} s, {rate:,.0f} rows/s, "
              f"peak {ours['peak_mb']:.0f} MB (of which {ours['start_mb']:.0f} MB before the "
              f"run), kept {ours['kept']:,}")
        print("  removed: " + ", ".join(f"{k[8:]} {int(v):,}" for k, v in ours.items()
                                        if k.startswith("removed_")))
        print(f"  targets: < 60 s {'met' if ours['seconds'] < 60 else 'MISSED'}, "
              f"< 300 MB {'met' if ours['peak_mb'] < 300 else 'MISSED'}")
    try:
        import pandas  # noqa: F401
    except ImportError:
        print("pandas: not installed (pip install .[bench]); comparison skipped")
    else:
        theirs = child("pandas", str(source))
        if theirs:
            print(f"pandas read-dedupe-write (no validation): {theirs['seconds']:.1f} s, "
                  f"{theirs['rows'] and args.rows / theirs['seconds']:,.0f} rows/s, "
                  f"peak {theirs['peak_mb']:.0f} MB")
    if not args.keep:
        for file in folder.iterdir():
            file.unlink()
        folder.rmdir()
    return 0 if ours else 1


def _suppress_in(database: Path, addresses: list[str]) -> None:
    from engine.storage import db
    from engine.storage.models import Suppression

    db.init_db(f"sqlite:///{database}")
    now = datetime.now(UTC).replace(tzinfo=None)
    with db.database.atomic():
        for start in range(0, len(addresses), 500):
            Suppression.insert_many(
                [{"email": a.lower(), "reason": "hard_bounce", "created_at": now}
                 for a in addresses[start:start + 500]]
            ).execute()
    db.close_db()


if __name__ == "__main__":
    sys.exit(main())
