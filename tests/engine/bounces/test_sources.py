"""Reading messages from files, folders and mbox files."""

from __future__ import annotations

from pathlib import Path

from engine.bounces.sources import iter_messages

MESSAGE = b"From: a@example.org\nSubject: one\n\nbody\n"


def test_a_folder_yields_every_eml_below_it_with_its_path(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.eml").write_bytes(MESSAGE)
    (tmp_path / "sub" / "b.eml").write_bytes(MESSAGE)
    (tmp_path / "notes.txt").write_bytes(b"not a message")
    labels = [label for label, _ in iter_messages([tmp_path])]
    assert labels == [f"{tmp_path}/a.eml", f"{tmp_path}/sub/b.eml"]


def test_an_mbox_yields_each_message_labelled_with_its_number(tmp_path: Path) -> None:
    mbox = tmp_path / "bounces.mbox"
    mbox.write_bytes(
        b"From MAILER-DAEMON Mon May 20 10:00:00 2024\n" + MESSAGE + b"\n"
        b"From MAILER-DAEMON Mon May 20 10:01:00 2024\n"
        b"From: b@example.org\n\n>From the desk\n"
    )
    got = list(iter_messages([mbox]))
    assert [label for label, _ in got] == [f"{mbox}#1", f"{mbox}#2"]
    assert got[0][1].startswith(b"From: a@example.org")
    assert b"\nFrom the desk" in got[1][1]


def test_an_eml_starting_with_an_mbox_line_is_one_message(tmp_path: Path) -> None:
    eml = tmp_path / "one.eml"
    eml.write_bytes(b"From MAILER-DAEMON Mon May 20 10:00:00 2024\n" + MESSAGE)
    assert [label for label, _ in iter_messages([eml])] == [str(eml)]


def test_a_missing_path_is_reported_and_skipped(tmp_path: Path) -> None:
    errors: list[str] = []
    got = list(iter_messages([tmp_path / "gone.eml"],
                             on_error=lambda label, exc: errors.append(label)))
    assert got == []
    assert errors == [str(tmp_path / "gone.eml")]
