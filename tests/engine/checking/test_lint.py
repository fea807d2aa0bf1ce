"""The message's own lint and its one-click unsubscribe, on rendered messages."""

from __future__ import annotations

from engine.checking.lint import check_lint, check_unsubscribe

HEAD = (b"From: Shop <news@shop.example>\r\nDate: Thu, 03 Dec 2026 08:00:00 +0000\r\n"
        b"Message-ID: <1@shop.example>\r\nSubject: News\r\n")
ONE_CLICK = (b"List-Unsubscribe: <mailto:u@shop.example>, <https://shop.example/u/1>\r\n"
             b"List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n")


def message(head: bytes = HEAD, *, text: str = "Hello", html: str = "<p>Hello</p>") -> bytes:
    boundary = b"==b"
    parts = b""
    if text:
        parts += (b"--==b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
                  text.encode() + b"\r\n")
    if html:
        parts += (b"--==b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" +
                  html.encode() + b"\r\n")
    return (head + b"MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=\"" +
            boundary + b"\"\r\n\r\n" + parts + b"--==b--\r\n")


def codes(raw: bytes) -> list[str]:
    return [f.code for f in check_lint(raw)]


def test_a_complete_message_passes_lint() -> None:
    assert codes(message()) == ["lint_pass"]


def test_two_from_headers_fail() -> None:
    assert codes(message(HEAD + b"From: other@shop.example\r\n")) == ["one_from_missing"]


def test_missing_date_fails() -> None:
    assert codes(message(HEAD.replace(b"Date: Thu, 03 Dec 2026 08:00:00 +0000\r\n", b""))) == [
        "date_missing"]


def test_missing_message_id_is_found() -> None:
    assert codes(message(HEAD.replace(b"Message-ID: <1@shop.example>\r\n", b""))) == [
        "message_id_missing"]


def test_html_over_gmails_102_kb_is_clipped() -> None:
    found = check_lint(message(html="<p>" + "x" * 110 * 1024 + "</p>"))
    assert [(f.code, f.params) for f in found] == [("too_big_for_gmail", {"kilobytes": 110})]


def test_a_body_of_images_only_is_found() -> None:
    assert codes(message(html='<p><img src="https://shop.example/a.png"></p>')) == [
        "images_only"]


def test_missing_plain_text_is_found() -> None:
    assert codes(message(text="")) == ["no_plain_text"]


def test_https_one_click_unsubscribe_passes() -> None:
    finding = check_unsubscribe(message(HEAD + ONE_CLICK))
    assert (finding.status, finding.params) == ("pass", {"url": "https://shop.example/u/1"})


def test_mailto_only_unsubscribe_does_not_meet_one_click() -> None:
    head = HEAD + b"List-Unsubscribe: <mailto:u@shop.example>\r\n"
    assert check_unsubscribe(message(head)).code == "unsubscribe_mailto_only"


def test_https_unsubscribe_without_the_post_header_is_not_one_click() -> None:
    head = HEAD + b"List-Unsubscribe: <https://shop.example/u/1>\r\n"
    assert check_unsubscribe(message(head)).code == "unsubscribe_no_one_click"


def test_no_unsubscribe_header_fails() -> None:
    assert check_unsubscribe(message()).code == "unsubscribe_missing"
