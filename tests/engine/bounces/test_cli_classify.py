"""``newsletter-desk classify`` on a folder and an mbox (module engine/cli/classify.py)."""

from __future__ import annotations

import argparse
import io
import json
import shutil
from pathlib import Path

import pytest

from engine.cli import classify as cli

GOLDEN = Path(__file__).parent / "golden"
KEYS = {"file", "kind", "recipient", "status", "reply_code", "reason", "diagnostic"}


@pytest.fixture(autouse=True)
def default_table(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # never touch a real database: a path that does not exist means the default table
    monkeypatch.setenv("NEWSLETTER_DESK_DATABASE", str(tmp_path / "none" / "desk.sqlite"))


def run(paths: list[str], fmt: str) -> tuple[int, str]:
    out = io.StringIO()
    args = argparse.Namespace(paths=paths, format=fmt, database=None)
    return cli.run(args, out=out), out.getvalue()


def test_jsonl_has_one_object_per_message_and_recipient(tmp_path: Path) -> None:
    for name in ("dsn_hard.eml", "vacation.eml"):
        shutil.copy(GOLDEN / name, tmp_path / name)
    code, text = run([str(tmp_path)], "jsonl")
    rows = [json.loads(line) for line in text.splitlines()]
    assert code == 0
    assert all(set(row) == KEYS for row in rows)
    assert [(r["file"], r["kind"], r["recipient"], r["status"], r["reason"]) for r in rows] == [
        (f"{tmp_path}/dsn_hard.eml", "hard", "nobody.here@recipient.example", "5.1.1",
         "user_unknown"),
        (f"{tmp_path}/vacation.eml", "auto_reply", None, None, None),
    ]


def test_an_mbox_is_labelled_with_message_numbers(tmp_path: Path) -> None:
    mbox = tmp_path / "bounces.mbox"
    mbox.write_bytes(b"".join(
        b"From MAILER-DAEMON Mon May 20 10:00:00 2024\n" + (GOLDEN / name).read_bytes() + b"\n"
        for name in ("dsn_soft.eml", "arf_complaint.eml")))
    _code, text = run([str(mbox)], "jsonl")
    rows = [json.loads(line) for line in text.splitlines()]
    assert [(r["file"], r["kind"]) for r in rows] == [
        (f"{mbox}#1", "soft"), (f"{mbox}#2", "complaint")]


def test_table_format_shows_the_rule_for_people() -> None:
    _code, text = run([str(GOLDEN / "dsn_hard.eml")], "table")
    assert "table row 5.1.1 (Bad destination mailbox address)" in text


def test_a_missing_path_is_reported_and_the_exit_code_says_so(tmp_path: Path) -> None:
    code, _text = run([str(tmp_path / "gone.eml"), str(GOLDEN / "dsn_hard.eml")], "jsonl")
    assert code == 1


def test_the_subcommand_is_registered_with_its_options() -> None:
    parser = argparse.ArgumentParser()
    cli.register(parser.add_subparsers())
    args = parser.parse_args(["classify", "--format", "jsonl", "a.eml", "b.mbox"])
    assert (args.func, args.format, args.paths) == (cli.run, "jsonl", ["a.eml", "b.mbox"])


def test_the_quoted_originals_sender_and_return_path_are_never_a_recipient(
        tmp_path: Path) -> None:
    for name in ("wrong_our_verp_address.eml", "wrong_list_owner_address.eml"):
        shutil.copy(GOLDEN / name, tmp_path / name)
    code, text = run([str(tmp_path)], "jsonl")
    rows = [json.loads(line) for line in text.splitlines()]
    assert code == 0
    assert [(r["kind"], r["recipient"]) for r in rows] == [("hard", None), ("hard", None)]


def test_addresses_given_with_own_are_never_taken_from_a_notice(tmp_path: Path) -> None:
    raw = (GOLDEN / "prose" / "summary_to.eml").read_bytes().replace(
        b"eva.summary@example.org", b"desk@mail.example.com")
    (tmp_path / "ours.eml").write_bytes(raw)
    parser = argparse.ArgumentParser()
    cli.register(parser.add_subparsers())
    args = parser.parse_args(["classify", "--format", "jsonl", "--own", "desk@mail.example.com",
                              str(tmp_path / "ours.eml")])
    args.database = None
    out = io.StringIO()
    assert cli.run(args, out=out) == 0
    assert [json.loads(line)["recipient"] for line in out.getvalue().splitlines()] == [None]
