"""The whole cleanup: kept and removed rows, written back in the input's own format."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from engine.cleanup.job import CleanupOptions, CleanupSpec, clean
from engine.cleanup.report import CleanupReport
from engine.clock import FakeClock
from engine.jobs import Cancelled, CancelToken, run_to_end
from engine.notes import note
from engine.storage import suppressions
from engine.storage.models import Contact, MailingList, Subscription, Suppression
from engine.tables import RowProblem, detect_format, read_rows
from tests.engine.cleanup.bounce_mail import dsn
from tests.engine.cleanup.test_tables import VARIANTS

OFFLINE = CleanupOptions(check_database=False)
KEPT = [
    ["Name", "Email", "Note"],
    ["Zoë Müller", "Zoe@example.com", 'likes "quotes"'],
    ["Björn", "bjorn@firma.de", "two\nlines"],
    ["Ok", "ok@fine.org", "w", "extra"],
]
REMOVED = [
    ["Name", "Email", "Note", "removed because", "details"],
    ["Dup", "zoe@example.com", "again", "Duplicate", "same address as line 2"],
    ["Bad", "not-an-address", "x", "Invalid address", "An email address must have an @-sign."],
    ["Role", "info@firma.de", "y", "Role account", "a shared mailbox, not a person"],
    ["Typo", "anna@gmial.com", "z", "Likely typo", "did you mean anna@gmail.com?"],
    ["Short", "", "", "Invalid address", "no address"],
]


def rows(path: Path) -> list[list[object]]:
    out = []
    for item in read_rows(path, detect_format(path)):
        assert not isinstance(item, RowProblem)
        out.append([c.replace("\r\n", "\n") if isinstance(c, str) else c for c in item[1]])
    return out


def run(path: Path, options: CleanupOptions = OFFLINE, **spec: object) -> CleanupReport:
    return run_to_end(clean(CleanupSpec(path, options=options, **spec)))  # type: ignore[arg-type]


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_every_variant_cleans_to_the_same_rows(name: str, fixture_copy: Callable) -> None:
    source = fixture_copy(name)
    report = run(source)
    assert rows(Path(report.cleaned_path)) == KEPT
    assert rows(Path(report.removed_path)) == REMOVED
    assert (report.rows, report.kept, report.removed) == (8, 3, 5)
    assert report.removed_by_reason == {"invalid": 2, "duplicate": 1, "typo": 1, "role": 1}


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_outputs_keep_the_inputs_encoding_delimiter_and_line_ends(
    name: str, fixture_copy: Callable
) -> None:
    source = fixture_copy(name)
    report = run(source)
    fmt_in = detect_format(source)
    for output in (report.cleaned_path, report.removed_path):
        fmt_out = detect_format(output)
        if Path(output).read_bytes().isascii() and fmt_in.encoding in ("cp1252", "latin-1"):
            fmt_out = replace(fmt_out, encoding=fmt_in.encoding)  # plain ASCII fits both
        assert (fmt_out.encoding, fmt_out.bom, fmt_out.delimiter, fmt_out.line_terminator) == (
            fmt_in.encoding, fmt_in.bom, fmt_in.delimiter, fmt_in.line_terminator)


def test_outputs_are_named_after_the_input_beside_it(fixture_copy: Callable) -> None:
    source = fixture_copy("utf16le-bom-tab.tsv")
    report = run(source)
    assert Path(report.cleaned_path) == source.with_name("utf16le-bom-tab-cleaned.tsv")
    assert Path(report.removed_path) == source.with_name("utf16le-bom-tab-removed.tsv")


def test_the_input_file_is_never_modified(fixture_copy: Callable) -> None:
    source = fixture_copy("cp1252-semicolon.csv")
    before = hashlib.sha256(source.read_bytes()).hexdigest(), source.stat().st_mtime_ns
    run(source)
    assert (hashlib.sha256(source.read_bytes()).hexdigest(), source.stat().st_mtime_ns) == before


def test_flagged_rows_can_be_kept_and_are_still_counted(fixture_copy: Callable) -> None:
    options = CleanupOptions(check_database=False, remove_role=False, remove_typos=False)
    report = run(fixture_copy("utf8-comma.csv"), options)
    kept_addresses = [r[1] for r in rows(Path(report.cleaned_path))]
    assert "info@firma.de" in kept_addresses and "anna@gmial.com" in kept_addresses
    assert report.flagged_but_kept == {"typo": 1, "role": 1}
    assert [(s.line, s.suggestion) for s in report.suggestions] == [(8, "anna@gmail.com")]


def test_an_unreadable_row_is_reported_with_its_line_and_the_rest_goes_on(
    fixture_copy: Callable
) -> None:
    report = run(fixture_copy("bad-lines.csv"))
    assert [(p.line, p.reason) for p in report.problems] == [
        (3, "a quote opened here is never closed")]
    assert [r[0] for r in rows(Path(report.cleaned_path))] == ["email", "a@one.org",
                                                                 "c@three.org"]
    removed = rows(Path(report.removed_path))
    assert removed[1][-2:] == ["Unreadable row", "line 3: a quote opened here is never closed"]


def test_a_workbook_is_cleaned_into_workbooks_with_values_untouched(workbook: Path) -> None:
    report = run(workbook)
    assert report.cleaned_path.endswith("list-cleaned.xlsx")
    kept = rows(Path(report.cleaned_path))
    assert kept[0] == ["Email", "Name", "Points", "Joined"]
    assert kept[1] == ["Ann@example.org", "Ann", 12, datetime(2024, 3, 1)]
    assert kept[2] == ["bob@firma.de", "Bob", 7.5, datetime(2023, 1, 9)]
    removed = rows(Path(report.removed_path))
    assert removed[1][0] == "ann@example.org" and removed[1][-2] == "Duplicate"
    assert removed[2][0] == "webmaster@firma.de" and removed[2][-2] == "Role account"


def test_no_header_and_a_chosen_column(tmp_path: Path) -> None:
    source = tmp_path / "plain.csv"
    source.write_text("1,a@x.org\n2,b@x.org\n3,a@x.org\n", encoding="utf-8")
    report = run(source, address_column=1, has_header=False)
    assert rows(Path(report.cleaned_path)) == [["1", "a@x.org"], ["2", "b@x.org"]]


def test_cancel_stops_and_leaves_no_output_files(tmp_path: Path) -> None:
    source = tmp_path / "big.csv"
    source.write_text("email\n" + "".join(f"u{n}@x.org\n" for n in range(10_000)))
    token = CancelToken()
    job = clean(CleanupSpec(source, options=OFFLINE), token)
    next(job)
    token.cancel()
    with pytest.raises(Cancelled):
        run_to_end(job)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.csv"]


def test_bounce_files_mark_rows(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "1.eml").write_bytes(dsn("gone@example.org", "5.1.1"))
    source = tmp_path / "list.csv"
    source.write_text("email\ngone@example.org\nstay@example.org\n")
    report = run(source, bounce_paths=(tmp_path / "b",))
    assert report.removed_by_reason == {"hard_bounce": 1}
    assert rows(Path(report.removed_path))[1][-1] == f"5.1.1 in {tmp_path / 'b'}/1.eml"


def test_the_database_suppressions_and_unsubscribes_remove_rows(
    database_url: str, tmp_path: Path
) -> None:
    at = datetime(2025, 1, 1)
    suppressions.suppress("Blocked@Example.org", "manual", actor="user",
                          why=note("by_user", text="asked"), at=at)
    suppressions.add_unsubscribe("left@example.org", None, source="link", at=at)
    source = tmp_path / "list.csv"
    source.write_text("email\nblocked@example.org\nleft@example.org\nstay@example.org\n")
    report = run(source, CleanupOptions())
    assert report.removed_by_reason == {"suppressed": 1, "unsubscribed": 1}


def test_kept_rows_and_bounced_addresses_can_be_saved(database_url: str, tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "1.eml").write_bytes(dsn("gone@example.org", "5.1.1"))
    source = tmp_path / "list.csv"
    source.write_text("Email,First name,City\ngone@example.org,G,X\nAnn@Example.org,Ann,Oslo\n")
    options = CleanupOptions(save_to_list="Cleaned", suppress_bounced=True)
    report = run_to_end(clean(CleanupSpec(source, (tmp_path / "b",), options=options),
                              clock=FakeClock(datetime(2025, 2, 3))))
    assert report.suppressed_added == 1
    assert Suppression.get(Suppression.email == "gone@example.org").reason == "hard_bounce"
    contact = Contact.get(Contact.email == "Ann@example.org")
    assert contact.first_name == "Ann" and "Oslo" in contact.fields
    assert Subscription.select().join(MailingList).where(MailingList.name == "Cleaned").count() == 1
