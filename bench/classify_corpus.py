"""Classify the whole shared bounce corpus: speed, peak memory and the score figures.

    python -m bench.classify_corpus [--rounds N] [--corpus PATH]

Speed is measured on one core in this process, messages read into memory first so disk
time does not count. The figures are those of the corpus's score.py (all files, then
``bsd/`` only), raw against the oracle as it stands.
"""

from __future__ import annotations

import argparse
import contextlib
import resource
import sys
import time
import tracemalloc
from pathlib import Path

from bench.corpus_score import corrected, load_jsonl, predict, score
from engine.bounces.classify import classify
from engine.bounces.sources import iter_messages
from engine.errors import ClassifyError

DEFAULT_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.classify_corpus")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--rounds", type=int, default=5, help="passes over the corpus (5)")
    args = parser.parse_args(argv)
    emails = args.corpus / "emails"
    if not (args.corpus / "oracle.jsonl").is_file():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2
    messages = [raw for _label, raw in iter_messages([emails])]
    total_bytes = sum(len(m) for m in messages)

    errors = 0
    started = time.perf_counter()
    for _ in range(args.rounds):
        for raw in messages:
            try:
                classify(raw)
            except ClassifyError:
                errors += 1
    elapsed = time.perf_counter() - started
    count = len(messages) * args.rounds

    tracemalloc.start()
    for raw in messages:
        with contextlib.suppress(ClassifyError):
            classify(raw)
    _current, peak_alloc = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    peak_rss_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    print(f"messages        {len(messages)} ({total_bytes / 1e6:.1f} MB), {args.rounds} rounds")
    print(f"speed           {count / elapsed:,.0f} messages/s on one core "
          f"({1000 * elapsed / count:.2f} ms per message)")
    print(f"peak memory     {peak_alloc / 1e6:.1f} MB allocated while classifying one pass "
          f"(tracemalloc); process peak RSS {peak_rss_kib / 1024:.0f} MB")
    print(f"typed errors    {errors // max(args.rounds, 1)}")
    oracle = load_jsonl(args.corpus / "oracle.jsonl")
    predictions = predict(emails)
    for title, only_bsd in (("all files", False), ("bsd/ only", True)):
        print(f"\nscore, {title}:")
        for line in score(oracle, predictions, only_bsd).lines():
            print(f"  {line}")
    # the oracle records the corpus test lists as wrong, each with its reason
    from tests.engine.bounces.test_corpus import KNOWN_ORACLE_ERRORS

    fixed = corrected(oracle, KNOWN_ORACLE_ERRORS)
    for title, only_bsd in (("all files", False), ("bsd/ only", True)):
        print(f"\nscore with the {len(KNOWN_ORACLE_ERRORS)} known oracle errors corrected, "
              f"{title}:")
        for line in score(fixed, predictions, only_bsd).lines():
            print(f"  {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
