"""With the unsubscribe service set up, messages link to it with signed per-recipient links."""

from __future__ import annotations

import re
from datetime import date

from engine.config import Footers
from engine.mail import signed_links
from engine.sending.render import MessageRenderer, Recipient
from tests.engine.sending.test_render import NOW, PROFILE, SPEC, TOKEN, parse

KEY = b"s" * 32
SERVICE = signed_links.ServiceLinks("https://unsub.shop.example/", KEY, (4, 9), date(2026, 1, 5))


def _message() -> bytes:
    renderer = MessageRenderer(SPEC, PROFILE, Footers(), service=SERVICE)
    return renderer.render(Recipient("ann@example.org", TOKEN, {"first_name": "Ann"}, "Ann"),
                           NOW).data


def test_list_unsubscribe_keeps_mailto_first_then_the_signed_https_link() -> None:
    message = parse(_message())
    mailto, https = (part.strip(" <>") for part in message["List-Unsubscribe"].split(","))
    assert mailto == f"mailto:bounces@shop.example?subject=unsubscribe%20{TOKEN}"
    assert https.startswith("https://unsub.shop.example/u/")
    link = signed_links.verify(KEY, https.rsplit("/", 1)[1], date(2026, 1, 5))
    assert (link.token, link.list_ids) == (TOKEN, (4, 9))
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_the_footer_links_go_to_the_service_and_carry_no_address() -> None:
    text = parse(_message()).get_body(("plain",)).get_content()
    links = re.findall(r"https://unsub\.shop\.example/[um]/\S+", text)
    assert [link.split("/")[3] for link in links] == ["u", "m"]
    assert not any("ann" in link for link in links)
