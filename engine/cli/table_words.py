"""A list file's format, an import's report and a cleanup's report in plain English.

Like ``engine.cli.words``, these sentences are also the window's source texts: the window
(``desktop.models.table_words``) passes each through Qt's translation before filling it in. A
count stands after a colon or before a noun that reads the same for one and many in the
languages we ship, so no sentence is put together from pieces; file names, addresses and
what a file said are data and are shown as they are.
"""

from __future__ import annotations

from collections.abc import Callable

from engine.cleanup.domains import DisposableList
from engine.cleanup.report import REASONS, CleanupReport
from engine.cli.words import note_text
from engine.notes import Note
from engine.storage.csv_import import ImportReport
from engine.tables import ENCODING_NAMES, TableFormat

Translate = Callable[[str], str]
Say = Callable[[Note], str]


def _same(text: str) -> str:
    return text


DELIMITER_WORDS = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}

FORMAT_SENTENCES = {
    "xlsx": "Excel workbook, sheet “{sheet}”",
    "csv": "text table, {delimiter}-separated, {encoding}",
    "csv/bom": "text table, {delimiter}-separated, {encoding} with byte-order mark",
}

IMPORT_SENTENCES = {
    "summary": "{rows} rows: {added} new contacts, {updated} updated, {invalid} invalid, "
               "{repeated} repeated in the file, {unreadable} unreadable; {subscribed} newly "
               "on the list",
    "unaccounted": "NOT ALL ROWS ACCOUNTED FOR: {missing} of the {rows} rows are in no "
                   "bucket; check the file",
    "stopped": "STOPPED after line {line} of {lines}: the rest of the file was not read and "
               "is not imported",
    "problem": "line {line}: {why}",
    "more": "… and {count} more rows not imported",
}

CLEANUP_SENTENCES = {
    "read": "Read {rows} rows from {file} ({format}).",
    "kept": "Kept {kept} rows in {file}.",
    "removed": "Removed {removed} rows to {file}:",
    "removed_for": "  {reason}: {count}",
    "flagged": "Kept although flagged — {reason}: {count}",
    "bounce_files": "Bounce files: {messages} messages, {addresses} addresses marked.",
    "bounce_unreadable": "  could not read {what}",
    "unreadable_row": "Line {line}: {why}.",
    "more_unreadable": "… and {count} more unreadable rows.",
    "suggestion": "Line {line}: {address} — did you mean {suggestion}?",
    "more_suggestions": "… and {count} more suggestions (see the removed-rows file).",
    "saved": "Saved to the list: {summary}.",
    "suppressed": "Added {count} bounced addresses to the suppressed list.",
    "disposable_source": "Disposable domains from {source}.",
}

DISPOSABLE_SENTENCES = {
    "list": "{name} {release} ({domains} domains, {url})",
    "list/unversioned": "{name} ({domains} domains, {url})",
}


def _mid_sentence(label: str, english: str) -> str:
    return label.lower() if label == english else label


def _number(value: int) -> str:
    return f"{value:,}"


def disposable_text(source: DisposableList, translate: Translate = _same,
                    number: Callable[[int], str] = _number) -> str:
    """Which list of throwaway-address domains is used, with its size and address."""
    key = "list" if source.release else "list/unversioned"
    return translate(DISPOSABLE_SENTENCES[key]).format(
        name=source.name, release=source.release, domains=number(source.domains),
        url=source.url)


def format_text(fmt: TableFormat, translate: Translate = _same) -> str:
    """How a list file is written, as a phrase (the caller starts the sentence with it)."""
    if fmt.kind == "xlsx":
        return translate(FORMAT_SENTENCES["xlsx"]).format(sheet=fmt.sheet)
    key = "csv/bom" if fmt.bom and fmt.encoding == "utf-8" else "csv"
    delimiter = DELIMITER_WORDS.get(fmt.delimiter)
    return translate(FORMAT_SENTENCES[key]).format(
        delimiter=translate(delimiter) if delimiter else repr(fmt.delimiter),
        encoding=ENCODING_NAMES.get(fmt.encoding, fmt.encoding))


def import_summary(report: ImportReport, translate: Translate = _same,
                   number: Callable[[int], str] = str) -> str:
    """Where every row of an import went, in one sentence (and what is missing, if any)."""
    r = report
    parts = [translate(IMPORT_SENTENCES["summary"]).format(
        rows=number(r.rows), added=number(r.added), updated=number(r.updated),
        invalid=number(len(r.invalid)), repeated=number(r.repeated),
        unreadable=number(len(r.unreadable)), subscribed=number(r.subscribed))]
    if r.accounted != r.rows:
        parts.append(translate(IMPORT_SENTENCES["unaccounted"]).format(
            missing=number(r.rows - r.accounted), rows=number(r.rows)))
    if r.stopped_after is not None:
        parts.append(translate(IMPORT_SENTENCES["stopped"]).format(
            line=r.stopped_after, lines=r.lines))
    return ". ".join(parts)


def import_problems(report: ImportReport, limit: int | None = None,
                    translate: Translate = _same, say: Say = note_text,
                    number: Callable[[int], str] = str) -> list[str]:
    """``line N: why`` for the rows not imported, in file order, at most ``limit`` of them."""
    found = report.not_imported
    shown = [translate(IMPORT_SENTENCES["problem"]).format(line=line, why=say(why))
             for line, why in found[:limit]]
    if limit is not None and len(found) > limit:
        shown.append(translate(IMPORT_SENTENCES["more"]).format(
            count=number(len(found) - limit)))
    return shown


def cleanup_lines(report: CleanupReport, translate: Translate = _same, say: Say = note_text,
                  number: Callable[[int], str] = _number,
                  reason: Callable[[str], str] | None = None) -> list[str]:
    """A cleanup's summary in sentences, for the CLI and the window's text view; ``reason``
    names a removal reason code (English: the removed-rows file's words)."""
    def words(key: str, **values: object) -> str:
        return translate(CLEANUP_SENTENCES[key]).format(**values)

    named = reason or (lambda code: REASONS[code])
    r = report
    out = [
        words("read", rows=number(r.rows), file=r.input_path,
              format=format_text(r.fmt, translate)),
        words("kept", kept=number(r.kept), file=r.cleaned_path),
        words("removed", removed=number(r.removed), file=r.removed_path),
    ]
    out += [words("removed_for", reason=named(code), count=number(r.removed_by_reason[code]))
            for code in REASONS if r.removed_by_reason.get(code)]
    # English lowers the label mid-sentence; a translation stands as its translator wrote it
    out += [words("flagged", reason=_mid_sentence(named(code), REASONS[code]),
                  count=number(count))
            for code, count in r.flagged_but_kept.items() if count]
    if r.bounce_messages:
        out.append(words("bounce_files", messages=number(r.bounce_messages),
                         addresses=number(r.bounced_addresses)))
    out += [words("bounce_unreadable", what=say(problem)) for problem in r.bounce_problems]
    out += [words("unreadable_row", line=p.line, why=say(p.note)) for p in r.problems]
    if r.problem_count > len(r.problems):
        out.append(words("more_unreadable", count=number(r.problem_count - len(r.problems))))
    out += [words("suggestion", line=s.line, address=s.address, suggestion=s.suggestion)
            for s in r.suggestions]
    if r.suggestion_count > len(r.suggestions):
        out.append(words("more_suggestions",
                         count=number(r.suggestion_count - len(r.suggestions))))
    if r.list_import is not None:
        out.append(words("saved", summary=import_summary(r.list_import, translate, number)))
    if r.suppressed_added:
        out.append(words("suppressed", count=number(r.suppressed_added)))
    if r.disposable is not None:
        out.append(words("disposable_source",
                         source=disposable_text(r.disposable, translate, number)))
    return out
