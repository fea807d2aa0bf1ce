"""Scoring the classifier on ``shared/corpus-flufl`` (flufl.bounce's test messages) with the
rules of that corpus's own ``score.py``, reimplemented here.

Shared by the bench (``python -m bench.flufl_score [--misses N]`` prints the figures) and the
flufl corpus test (which asserts floors). Each expectation is what flufl.bounce's own tests
assert of the message: the failed addresses, whether it is a bounce, and hard or soft.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.corpus_score import load_jsonl, predict

DEFAULT_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus-flufl"
_BOUNCE_KINDS = frozenset({"hard", "soft"})
_NOT_BOUNCE_KINDS = frozenset({"not_bounce", "auto_reply"})


@dataclass
class FluflScore:
    rcpt_expected: int = 0
    rcpt_found: int = 0  # lenient: the other half of an Original-/Final-Recipient pair counts
    rcpt_found_strict: int = 0
    extra: list[tuple[str, str]] = field(default_factory=list)
    bounce_ok: int = 0
    bounce_n: int = 0
    not_bounce_ok: int = 0
    not_bounce_n: int = 0
    strong_judged: int = 0
    strong_agree: int = 0
    problems: list[tuple[str, str]] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.rcpt_found / self.rcpt_expected if self.rcpt_expected else 1.0

    @property
    def strong_agreement(self) -> float:
        return self.strong_agree / self.strong_judged if self.strong_judged else 1.0

    def lines(self) -> list[str]:
        def pct(a: int, b: int) -> str:
            return f"{100 * a / b:.1f}% ({a}/{b})" if b else "n/a"

        return [
            f"recipient recall (lenient) {pct(self.rcpt_found, self.rcpt_expected)}",
            f"recipient recall (strict) {pct(self.rcpt_found_strict, self.rcpt_expected)}",
            f"extra recipients {len(self.extra)}",
            f"bounce recognised {pct(self.bounce_ok, self.bounce_n)}",
            f"non-bounce kept out {pct(self.not_bounce_ok, self.not_bounce_n)}",
            f"hard/soft agreement (strong) {pct(self.strong_agree, self.strong_judged)}",
        ]


def _name(label: str) -> str:
    """``./flufl.bounce/x.eml#1`` -> ``flufl.bounce/x.eml``, as score.py names files."""
    label = label.split("#", 1)[0]
    return label[2:] if label.startswith("./") else label


def _norm(address: str | None) -> str:
    value = (address or "").strip().strip("<>").strip()
    if value.lower().startswith("rfc822;"):
        value = value[7:].strip()
    return value.lower()


def _message_kind(kinds: list[str]) -> str:
    for kind in ("hard", "soft", "complaint", "auto_reply"):
        if kind in kinds:
            return kind
    return "not_bounce"


def score(expected: Iterable[dict[str, Any]], predictions: Iterable[dict[str, Any]]
          ) -> FluflScore:
    kinds: dict[str, list[str]] = defaultdict(list)
    reported: dict[str, set[str]] = defaultdict(set)
    for row in predictions:
        name = _name(row.get("file", ""))
        kinds[name].append(row.get("kind", ""))
        if row.get("recipient"):
            reported[name].add(_norm(row["recipient"]))
    s = FluflScore()
    for entry in expected:
        name = entry["file"]
        kind = _message_kind(kinds[name]) if name in kinds else "missing"
        got = reported[name]
        want: list[str] | None = entry["expected_recipients"]
        others: dict[str, list[str]] = entry.get("also_accept") or {}
        for address in want or []:
            s.rcpt_expected += 1
            strict = address in got
            lenient = strict or any(a in got for a in others.get(address, []))
            s.rcpt_found_strict += strict
            s.rcpt_found += lenient
            if not lenient:
                s.problems.append((name, f"missed {address}"))
        if want is not None:
            allowed = set(want) | {a for v in others.values() for a in v}
            for address in sorted(got - allowed):
                s.extra.append((name, address))
                s.problems.append((name, f"extra {address}"))
        if entry["expected_bounce"] is True:
            s.bounce_n += 1
            s.bounce_ok += kind in _BOUNCE_KINDS
        elif entry["expected_bounce"] is False:
            s.not_bounce_n += 1
            s.not_bounce_ok += kind in _NOT_BOUNCE_KINDS
        if entry["permanent"] is not None and entry["strong_permanence"] \
                and kind in _BOUNCE_KINDS:
            s.strong_judged += 1
            agree = (kind == "hard") == entry["permanent"]
            s.strong_agree += agree
            if not agree:
                s.problems.append((name, f"{'hard' if entry['permanent'] else 'soft'} "
                                         f"expected, got {kind}"))
    return s


def score_corpus(root: Path) -> FluflScore:
    return score(load_jsonl(root / "expected.jsonl"), predict(root / "mail"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.flufl_score")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--misses", type=int, default=0, help="list this many problems")
    args = parser.parse_args(argv)
    if not (args.corpus / "expected.jsonl").is_file():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2
    result = score_corpus(args.corpus)
    for line in result.lines():
        print(line)
    for name, problem in result.problems[:args.misses]:
        print(f"  {name}: {problem}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
