"""The MIME reader's charsets: every part read in the charset it is labelled with, whatever its
transfer encoding, and a label read as the larger charset its mail is written in."""

from __future__ import annotations

import base64

from engine.mail.mime import codec_for, decode_words, parse_message


def _message(body: bytes, charset: str, encoding: str = "8bit") -> bytes:
    return (f"Subject: test\nMIME-Version: 1.0\nContent-Type: text/plain; charset={charset}\n"
            f"Content-Transfer-Encoding: {encoding}\n\n").encode() + body


def test_an_8bit_body_is_read_in_its_charset() -> None:
    text = "Почтовый ящик переполнен"
    for charset in ("koi8-r", "windows-1251"):
        assert parse_message(_message(text.encode(charset), charset)).body == text


def test_a_7bit_iso_2022_jp_body_is_read_through_its_escapes() -> None:
    text = "宛先不明のため配信できませんでした"
    raw = _message(text.encode("iso-2022-jp"), "ISO-2022-JP", "7bit")
    assert parse_message(raw).body == text


def test_each_part_of_a_multipart_is_read_in_its_own_charset() -> None:
    raw = (b"Content-Type: multipart/mixed; boundary=b\n\n--b\n"
           b"Content-Type: text/plain; charset=iso-8859-2\n\n"
           + "Skrzynka pełna".encode("iso-8859-2")
           + b"\n--b\nContent-Type: text/plain; charset=shift_jis\n\n"
           + "メールボックスがいっぱいです".encode("shift_jis") + b"\n--b--\n")
    bodies = [part.body.strip() for part in parse_message(raw).parts]
    assert bodies == ["Skrzynka pełna", "メールボックスがいっぱいです"]


def test_a_gb2312_label_reads_the_gbk_characters_its_mail_holds() -> None:
    text = "用户不存在，镕"  # 镕 is in GBK, not in GB2312
    raw = _message(base64.b64encode(text.encode("gbk")), "gb2312", "base64")
    assert parse_message(raw).body == text
    assert codec_for("GB2312") == "gb18030"
    assert codec_for("ks_c_5601-1987") == "cp949"
    assert codec_for("x-unknown-charset") is None


def test_an_8bit_body_without_a_charset_and_8bit_headers_read_as_utf_8_with_replacements(
) -> None:
    raw = b"Subject: caf\xe9\n\nUTF-8 \xc3\xa9 and a stray \xe9\n"
    part = parse_message(raw)
    assert part.header("subject") == "caf\ufffd"
    assert part.body == "UTF-8 é and a stray \ufffd\n"


def test_an_encoded_word_is_read_in_the_larger_charset_of_its_label() -> None:
    encoded = base64.b64encode("退信：镕".encode("gbk")).decode()
    assert decode_words(f"=?gb2312?B?{encoded}?=") == "退信：镕"
