"""Scoring the classifier on ``shared/corpus`` with the rules of the corpus's own ``score.py``.

Shared by the bench (which prints the figures) and the corpus test (which asserts floors).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from engine.bounces.classify import classify
from engine.bounces.sources import iter_messages
from engine.cli.classify import rows_for
from engine.errors import ClassifyError


@dataclass
class Score:
    files: int = 0
    oracle_recipients: int = 0
    hits: int = 0
    status_ok: int = 0
    status_n: int = 0
    complaint_ok: int = 0
    complaint_n: int = 0
    auto_ok: int = 0
    auto_n: int = 0
    notb_ok: int = 0
    notb_n: int = 0
    missed: list[tuple[str, str]] = field(default_factory=list)
    wrong_status: list[tuple[str, str, str, str]] = field(default_factory=list)
    false_recipients: list[tuple[str, str]] = field(default_factory=list)
    bad_kinds: list[tuple[str, str]] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.hits / self.oracle_recipients if self.oracle_recipients else 1.0

    @property
    def status_agreement(self) -> float:
        return self.status_ok / self.status_n if self.status_n else 1.0

    def lines(self) -> list[str]:
        def pct(a: int, b: int) -> str:
            return f"{100 * a / b:.1f}%" if b else "n/a"

        return [
            f"files {self.files}  oracle recipients {self.oracle_recipients}",
            f"recipient recall {self.hits}/{self.oracle_recipients} = "
            f"{pct(self.hits, self.oracle_recipients)}",
            f"status agreement {self.status_ok}/{self.status_n} = "
            f"{pct(self.status_ok, self.status_n)}",
            f"complaints as complaint {self.complaint_ok}/{self.complaint_n} = "
            f"{pct(self.complaint_ok, self.complaint_n)}",
            f"auto-replies as auto_reply {self.auto_ok}/{self.auto_n}; "
            f"not-bounces left alone {self.notb_ok}/{self.notb_n}",
            f"recipients the oracle does not have: {len(self.false_recipients)}",
        ]


def load_jsonl(path: Path) -> list[dict[str, Any]]:
    out = []
    with path.open(encoding="utf-8", errors="replace") as handle:
        for line in handle:
            line = line.strip()
            if line.startswith("{"):
                with contextlib.suppress(json.JSONDecodeError):
                    out.append(json.loads(line))
    return out


def predict(emails_dir: Path) -> list[dict[str, Any]]:
    """What ``classify --format jsonl`` prints when run from inside ``emails/`` on ``.``."""
    rows: list[dict[str, Any]] = []
    cwd = os.getcwd()
    os.chdir(emails_dir)
    try:
        for label, raw in iter_messages(["."]):
            try:
                result = classify(raw)
            except ClassifyError:
                continue
            rows.extend(rows_for(label, result))
    finally:
        os.chdir(cwd)
    return rows


def _norm(address: str | None) -> str | None:
    return (address or "").strip().strip("<>").lower() or None


def score(oracle: Iterable[dict[str, Any]], predictions: Iterable[dict[str, Any]],
          only_bsd: bool = False) -> Score:
    """The figures of ``score.py``, plus the lists of misses to look at."""
    want: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    files: set[str] = set()
    for row in oracle:
        if only_bsd and not row["file"].startswith("maildir/bsd/"):
            continue
        files.add(row["file"])
        if row["recipient"] and row["reason"] not in ("delivered", "vacation"):
            want[row["file"]][_norm(row["recipient"]) or ""] = row
    got: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    kinds: dict[str, set[str]] = defaultdict(set)
    for row in predictions:
        name = row.get("file", "")
        name = name[2:] if name.startswith("./") else name
        if name not in files:
            continue
        kinds[name].add(row.get("kind", ""))
        if row.get("recipient"):
            got[name][_norm(row["recipient"]) or ""] = row
    s = Score(files=len(files), oracle_recipients=sum(len(v) for v in want.values()))
    for name in sorted(files):
        for address, expected in want[name].items():
            predicted = got[name].get(address)
            if expected["reason"] == "feedback":
                s.complaint_n += 1
                s.complaint_ok += bool(predicted) and predicted.get("kind") == "complaint"
            if not predicted:
                s.missed.append((name, address))
                continue
            s.hits += 1
            code = expected.get("deliverystatus") or ""
            if code and expected["reason"] != "feedback":
                s.status_n += 1
                mine = predicted.get("status") or ""
                ok = mine[:1] == code[:1] if re.match(r"^\d\.0\.9\d\d$", code) else mine == code
                s.status_ok += ok
                if not ok:
                    s.wrong_status.append((name, address, code, mine))
        s.false_recipients.extend((name, a) for a in got[name] if a not in want[name])
    auto = [f for f in files if "/rfc3834-" in f]
    s.auto_n = len(auto)
    s.auto_ok = sum(1 for f in auto if kinds[f] == {"auto_reply"})
    s.bad_kinds.extend((f, ",".join(sorted(kinds[f]))) for f in auto if kinds[f] != {"auto_reply"})
    notb = [f for f in files if "/not/" in f and "rb-issue-368" not in f]
    s.notb_n = len(notb)
    s.notb_ok = sum(1 for f in notb if not got[f])
    return s


@dataclass(frozen=True)
class OracleError:
    """A corpus file where the oracle is wrong, with what the message really says and why."""

    file: str  # the file name; applies to its dos/ and mac/ copies too
    oracle_recipient: str | None
    actual_recipient: str | None
    why: str


def corrected(oracle: Iterable[dict[str, Any]],
              errors: Iterable[OracleError]) -> list[dict[str, Any]]:
    """The oracle with the listed records replaced by what the messages actually say."""
    by_name = {e.file: e for e in errors}
    out: list[dict[str, Any]] = []
    for row in oracle:
        fix = by_name.get(row["file"].rsplit("/", 1)[-1])
        if fix is None or _norm(row["recipient"]) != _norm(fix.oracle_recipient):
            out.append(row)
            continue
        out.append({**row, "recipient": fix.actual_recipient})
    return out
