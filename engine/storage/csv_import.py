"""A simple CSV import into a list: one contact per row, columns mapped by their headers.

The first row names the columns. ``email``, ``first_name`` and ``last_name`` are recognised
under their usual spellings; every other column becomes a merge field named after its header
(``Company Name`` → ``{{company_name}}``) unless the mapping says otherwise ("" skips it).
Rows are written a page at a time, each page one transaction.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from engine.config import address_error
from engine.errors import ImportFileError
from engine.storage import audience
from engine.storage.db import database
from engine.storage.models import Contact, MailingList, Subscription, utcnow
from engine.storage.rows import fk

_ALIASES = {
    "email": "email", "e_mail": "email", "email_address": "email", "mail": "email",
    "first_name": "first_name", "firstname": "first_name", "first": "first_name",
    "given_name": "first_name", "last_name": "last_name", "lastname": "last_name",
    "last": "last_name", "surname": "last_name", "family_name": "last_name",
}
PAGE = 500


@dataclass
class ImportReport:
    rows: int = 0
    added: int = 0
    updated: int = 0
    subscribed: int = 0
    invalid: list[tuple[int, str]] = field(default_factory=list)  # (line, why)
    repeated: int = 0  # the same address twice in the file

    def summary(self) -> str:
        return (
            f"{self.rows} rows: {self.added} new contacts, {self.updated} updated, "
            f"{self.subscribed} newly on the list, {len(self.invalid)} invalid, "
            f"{self.repeated} repeated in the file"
        )


def guess_mapping(headers: list[str]) -> dict[str, str]:
    """Header → target (email, first_name, last_name, or a merge field name)."""
    mapping: dict[str, str] = {}
    for header in headers:
        name = audience.field_name(header)
        mapping[header] = _ALIASES.get(name, name)
    return mapping


def read_headers(path: Path) -> list[str]:
    with _open(path) as rows:
        return next(rows, [])


class _open:  # noqa: N801 - used like open()
    def __init__(self, path: Path) -> None:
        self._path = path

    def __enter__(self) -> Iterator[list[str]]:
        try:
            self._file = self._path.open(encoding="utf-8-sig", newline="")
            sample = self._file.read(8192)
            self._file.seek(0)
            try:
                dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(
                    sample, delimiters=",;\t"
                )
            except csv.Error:
                dialect = csv.excel
            return csv.reader(self._file, dialect)
        except (OSError, UnicodeDecodeError) as exc:
            raise ImportFileError(f"Cannot read {self._path} as a UTF-8 CSV file: {exc}") from exc

    def __exit__(self, *exc: object) -> None:
        self._file.close()


def import_csv(
    list_name: str, path: Path, mapping: Mapping[str, str] | None = None, *,
    create_list: bool = True,
) -> ImportReport:
    """Add or update the file's contacts and subscribe them to ``list_name``."""
    record = MailingList.get_or_none(MailingList.name == list_name)
    if record is None:
        if not create_list:
            raise ImportFileError(f"There is no list named “{list_name}”.")
        record = MailingList.get_by_id(audience.create_list(list_name).id)
    report = ImportReport()
    with _open(path) as rows:
        headers = next(rows, None)
        if not headers:
            raise ImportFileError(f"{path} is empty: the first row must name the columns.")
        columns = {**guess_mapping(headers), **(mapping or {})}
        targets = [columns.get(h, "") for h in headers]
        if "email" not in targets:
            raise ImportFileError(
                f"No column of {path} holds the e-mail address; name it “email” or map it."
            )
        extra_names = {t for t in targets if t and t not in audience.BUILTIN_FIELDS}
        seen: set[str] = set()
        page: list[dict[str, object]] = []
        for line, row in enumerate(rows, start=2):
            if not any(cell.strip() for cell in row):
                continue
            report.rows += 1
            values = {t: cell.strip() for t, cell in zip(targets, row, strict=False) if t}
            address = audience.normal_email(str(values.get("email", "")))
            if err := address_error(address):
                report.invalid.append((line, err))
                continue
            if address.lower() in seen:
                report.repeated += 1
                continue
            seen.add(address.lower())
            page.append({
                "email": address,
                "first_name": audience.one_line(str(values.pop("first_name", ""))),
                "last_name": audience.one_line(str(values.pop("last_name", ""))),
                "fields": {k: v for k, v in values.items() if k in extra_names},
            })
            if len(page) >= PAGE:
                _write_page(record.id, page, report)
                page = []
        if page:
            _write_page(record.id, page, report)
    with database.atomic():
        audience._note_field_names(record.id, extra_names)
    return report


def _write_page(list_id: int, page: list[dict[str, object]], report: ImportReport) -> None:
    with database.atomic():
        emails = [str(p["email"]) for p in page]
        existing = {c.email: c for c in Contact.select().where(Contact.email.in_(emails))}
        on_list = {
            fk(s, "contact") for s in Subscription.select(Subscription.contact).where(
                (Subscription.mailing_list == list_id)
                & Subscription.contact.in_([c.id for c in existing.values()])
            )
        }
        for entry in page:
            fields: dict[str, str] = entry["fields"]  # type: ignore[assignment]
            first_name, last_name = str(entry["first_name"]), str(entry["last_name"])
            contact = existing.get(str(entry["email"]))
            if contact is None:
                contact = Contact.create(
                    email=entry["email"], first_name=entry["first_name"],
                    last_name=entry["last_name"], fields=json.dumps(fields, ensure_ascii=False),
                )
                report.added += 1
            else:
                contact.first_name = first_name or contact.first_name
                contact.last_name = last_name or contact.last_name
                contact.fields = json.dumps(
                    {**json.loads(contact.fields or "{}"), **fields}, ensure_ascii=False
                )
                contact.save()
                report.updated += 1
            if contact.id not in on_list:
                # A file never re-subscribes someone who left: that was the person's choice.
                Subscription.create(contact=contact.id, mailing_list=list_id,
                                    subscribed_at=utcnow())
                on_list.add(contact.id)
                report.subscribed += 1
