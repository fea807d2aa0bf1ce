"""Bounces read offline from .eml files, folders and mbox files, through the classifier."""

from __future__ import annotations

from pathlib import Path

from engine.cleanup.bounce_files import read_bounces
from engine.jobs import run_to_end
from tests.engine.cleanup.bounce_mail import dsn
from tests.support import corpus_dir


def test_a_hard_bounce_marks_its_address(tmp_path: Path) -> None:
    (tmp_path / "one.eml").write_bytes(dsn("Gone@Example.org", "5.1.1"))
    found = run_to_end(read_bounces([tmp_path]))
    assert found.marked["gone@example.org"].reason == "hard_bounce"
    assert found.marked["gone@example.org"].code == "5.1.1"


def test_soft_bounces_mark_an_address_only_at_the_threshold(tmp_path: Path) -> None:
    for n in range(2):
        (tmp_path / f"full{n}.eml").write_bytes(dsn("full@example.org", "4.2.2", tag=str(n)))
    assert "full@example.org" not in run_to_end(read_bounces([tmp_path], soft_threshold=3)).marked
    marked = run_to_end(read_bounces([tmp_path], soft_threshold=2)).marked
    assert marked["full@example.org"].reason == "soft_bounce"


def test_the_same_message_twice_counts_once(tmp_path: Path) -> None:
    message = dsn("full@example.org", "4.2.2")
    (tmp_path / "a.eml").write_bytes(message)
    (tmp_path / "b.eml").write_bytes(message)
    found = run_to_end(read_bounces([tmp_path], soft_threshold=2))
    assert found.messages == 1 and found.duplicates == 1
    assert "full@example.org" not in found.marked


def test_an_unreadable_path_is_reported_not_fatal(tmp_path: Path) -> None:
    (tmp_path / "ok.eml").write_bytes(dsn("gone@example.org", "5.1.1"))
    found = run_to_end(read_bounces([tmp_path / "missing.mbox", tmp_path]))
    assert [(n.code, n.params["file"]) for n in found.unreadable] == [
        ("file_unreadable", str(tmp_path / "missing.mbox"))]
    assert "gone@example.org" in found.marked


CORPUS_FILES = ("lhost-postfix-01.eml", "lhost-postfix-02.eml", "arf-02.eml")


def corpus_folder(tmp_path: Path) -> Path:
    source = corpus_dir() / "emails" / "maildir" / "bsd"
    folder = tmp_path / "bounces"
    folder.mkdir()
    for name in CORPUS_FILES:
        (folder / name).write_bytes((source / name).read_bytes())
    return folder


def mbox_of(folder: Path, target: Path) -> Path:
    with target.open("wb") as out:
        for file in sorted(folder.glob("*.eml")):
            body = file.read_bytes().replace(b"\r\n", b"\n")
            body = b"\n".join(b">" + line if line.startswith(b"From ") else line
                              for line in body.split(b"\n"))
            out.write(b"From MAILER-DAEMON Thu Jan  1 00:00:00 2025\n" + body.rstrip(b"\n")
                      + b"\n\n")
    return target


EXPECTED_CORPUS = {
    "r@p351355.pool.example.ne.jp": "hard_bounce",
    "userunknown@example.co.jp": "hard_bounce",
    "this-local-part-does-not-exist-on-yahoo@yahoo.com": "complaint",
}


def test_corpus_bounces_from_an_eml_folder(tmp_path: Path) -> None:
    found = run_to_end(read_bounces([corpus_folder(tmp_path)]))
    assert {k: v.reason for k, v in found.marked.items()} == EXPECTED_CORPUS


def test_corpus_bounces_from_an_mbox_built_from_them(tmp_path: Path) -> None:
    mbox = mbox_of(corpus_folder(tmp_path), tmp_path / "bounces.mbox")
    found = run_to_end(read_bounces([mbox]))
    assert found.messages == len(CORPUS_FILES)
    assert {k: v.reason for k, v in found.marked.items()} == EXPECTED_CORPUS
