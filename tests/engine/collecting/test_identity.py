"""A message's identity does not depend on how its lines end."""

from __future__ import annotations

from engine.collecting.identity import identify
from engine.storage.models import Bounce, BounceMessage
from tests.engine.collecting import mail
from tests.engine.collecting.conftest import Collect, Sent


def _line_endings(raw: bytes) -> dict[str, bytes]:
    lf = raw.replace(b"\r\n", b"\n")
    return {"crlf": lf.replace(b"\n", b"\r\n"), "lf": lf, "cr": lf.replace(b"\n", b"\r")}


def test_a_message_has_one_identity_and_message_id_whatever_its_line_endings() -> None:
    copies = _line_endings(mail.dsn("ann@example.org"))
    identities = {name: identify(raw) for name, raw in copies.items()}
    assert len(set(identities.values())) == 1
    assert identities["cr"][1].startswith("bounce-")


def test_the_same_dsn_with_crlf_lf_and_cr_only_line_endings_is_one_bounce(
    sent: Sent, collect_files: Collect
) -> None:
    copies = _line_endings(mail.dsn("ann@example.org"))
    report = collect_files(list(copies.values()))
    assert Bounce.select().count() == 1
    assert BounceMessage.select().count() == 1
    assert report.hard_bounces == 1
    again = collect_files([copies["cr"]])
    assert again.already_recorded == 1 and Bounce.select().count() == 1
