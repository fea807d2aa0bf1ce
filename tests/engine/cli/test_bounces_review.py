"""``newsletter-desk bounces review``: the bounces kept because they name no recipient of ours."""

from __future__ import annotations

from pathlib import Path

import pytest

from engine.cli import main
from engine.config import SmtpProfile
from engine.storage import db, repo, reviews, suppressions
from tests.engine.collecting import mail


def _collect(database: str, tmp_path: Path, messages: list[bytes]) -> None:
    folder = tmp_path / f"saved{len(list(tmp_path.iterdir()))}"
    folder.mkdir()
    for n, raw in enumerate(messages):
        (folder / f"{n}.eml").write_bytes(raw)
    assert main(["--database", database, "collect", "--from-dir", str(folder)]) == 0


@pytest.fixture
def database(tmp_path: Path) -> str:
    path = str(tmp_path / "desk.sqlite3")
    db.init_db(f"sqlite:///{path}")
    repo.save_profile(SmtpProfile(name="Main", host="smtp.example.com",
                                  from_address="news@shop.example",
                                  reply_to="replies@shop.example",
                                  bounce_address="bounces@shop.example"))
    db.close_db()
    return path


def _ids(database: str, capsys: pytest.CaptureFixture[str]) -> list[str]:
    capsys.readouterr()
    assert main(["--database", database, "bounces", "review", "--format", "csv"]) == 0
    return [line.split(",")[0] for line in capsys.readouterr().out.splitlines()[1:]]


def test_review_lists_the_kept_bounces_and_assign_counts_one(
        database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _collect(database, tmp_path, [mail.dsn("@mx.example.org"), mail.dsn("replies@shop.example"),
                                  mail.dsn("ann@example.org")])
    out = capsys.readouterr().out
    assert "2 bounces naming no recipient of ours, kept for review" in out
    assert main(["--database", database, "bounces", "review"]) == 0
    table = capsys.readouterr().out
    assert "no failed recipient found" in table
    assert "names only our own address: replies@shop.example" in table
    first, second = _ids(database, capsys)

    assert main(["--database", database, "bounces", "review", "--assign", first,
                 "Bob@Example.org"]) == 0
    # counted by the collector's rules: one hard bounce suppresses at once
    assert (f"Bounce {first} counted for bob@example.org (hard): hard bounce: suppressed at "
            "once") in capsys.readouterr().out
    assert main(["--database", database, "bounces", "review", "--dismiss", second]) == 0
    assert "dismissed" in capsys.readouterr().out
    assert _ids(database, capsys) == []
    assert sorted(r.state for r in reviews.list_reviews(state=None)) == ["assigned", "dismissed"]
    assert suppressions.get("replies@shop.example") is None


def test_review_refuses_our_own_address_and_a_wrong_id_plainly(
        database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _collect(database, tmp_path, [mail.dsn("@mx.example.org")])
    [kept] = _ids(database, capsys)
    assert main(["--database", database, "bounces", "review", "--assign", kept,
                 "news+x1@shop.example"]) == 2
    assert "one of your own addresses" in capsys.readouterr().err
    assert main(["--database", database, "bounces", "review", "--dismiss", "999"]) == 2
    assert "There is no bounce 999 to review." in capsys.readouterr().err
    assert _ids(database, capsys) == [kept]


def test_review_show_prints_the_kept_message(
        database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _collect(database, tmp_path, [mail.dsn("@mx.example.org")])
    [kept] = _ids(database, capsys)
    assert main(["--database", database, "bounces", "review", "--show", kept]) == 0
    assert "Final-Recipient: rfc822; @mx.example.org" in capsys.readouterr().out
