"""A small, forgiving MIME reader for bounces.

The standard library's parser is thorough but slow and strict about things bounces break all
the time (CR-only line endings, missing boundaries, bodies cut in half). This one normalises
line endings, reads headers and the part tree, undoes base64 and quoted-printable, and caps
everything it reads, so a hostile message costs bounded time and memory.
"""

from __future__ import annotations

import binascii
import codecs
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.header import decode_header, make_header

MAX_MESSAGE_BYTES = 2 * 1024 * 1024
MAX_PARTS = 100
MAX_DEPTH = 5
MAX_HEADER_LINES = 600
MAX_HEADER_VALUE = 8 * 1024

_HEADER_LINE = re.compile(r"^([!-9;-~]+)[ \t]*:[ \t]*(.*)$")
# A header block made only of well-formed header lines and their indented continuations,
# ending in a newline; such a block (the usual case) is read a header at a time.
_CLEAN_BLOCK = re.compile(r"(?:[!-9;-~]++[ \t]*+:[^\n]*+\n(?:[ \t][^\n]*+\n)*+)++")
_CLEAN_HEADER = re.compile(r"([!-9;-~]++)[ \t]*+:[ \t]*+([^\n]*+)\n((?:[ \t][^\n]*+\n)*+)")
_PARAM = re.compile(r';\s*([!#$%&\'*+\-.^_`|~0-9A-Za-z]+)\s*=\s*("(?:[^"\\]|\\.)*"?|[^;\s]*)')


@dataclass
class Part:
    """One MIME entity: headers (lower-cased names, unfolded values), type, decoded text."""

    headers: list[tuple[str, str]]
    content_type: str
    params: dict[str, str]
    body: str
    parts: list[Part] = field(default_factory=list)
    #: for ``message/rfc822`` and ``text/rfc822-headers``: the enclosed message, headers only
    enclosed: Part | None = None

    def header(self, name: str) -> str | None:
        for key, value in self.headers:
            if key == name:
                return value
        return None

    def header_all(self, name: str) -> list[str]:
        return [value for key, value in self.headers if key == name]

    def walk(self) -> Iterator[Part]:
        """This part and every part below it, enclosed messages included, depth first."""
        yield self
        for sub in self.parts:
            yield from sub.walk()
        if self.enclosed is not None:
            yield from self.enclosed.walk()


def normalise_newlines(text: str) -> str:
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def parse_message(raw: bytes) -> Part:
    """The part tree of a raw message (any line endings); never raises on bad structure."""
    head = raw[:MAX_MESSAGE_BYTES]
    try:
        text = head.decode("utf-8")
        eight_bit = False
    except UnicodeDecodeError:
        # 8-bit text in another charset (KOI8-R, Shift_JIS, GB2312 sent as 8bit): each byte
        # that is not UTF-8 is kept as a surrogate until its part's charset decodes it
        text = head.decode("utf-8", "surrogateescape")
        eight_bit = True
    text = normalise_newlines(text)
    if text.startswith("From "):  # an mbox separator line left on a single message
        text = text.split("\n", 1)[1] if "\n" in text else ""
    budget = [MAX_PARTS]
    root = _parse_entity(text, 0, budget, "text/plain")
    if eight_bit:
        for part in root.walk():
            # what no charset decoded (headers, a quoted original) reads as it always did
            part.headers = [(name, _replaced(value)) for name, value in part.headers]
            part.body = _replaced(part.body)
    return root


def _replaced(text: str) -> str:
    """``text`` with the bytes kept as surrogates read as UTF-8, each bad one as U+FFFD."""
    if text.isascii():
        return text
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return text


def split_headers(text: str) -> tuple[list[tuple[str, str]], str]:
    """Headers up to the first blank line (or the first line that is not a header)."""
    clean = _CLEAN_BLOCK.match(text)
    if clean is not None:
        end = clean.end()
        if text[end:end + 1] == "\n":
            headers = _clean_headers(text[:end])
            if headers is not None:
                return headers, text[end + 1:]
    return _split_headers_by_line(text)


def _clean_headers(block: str) -> list[tuple[str, str]] | None:
    """The headers of a clean block (``_CLEAN_BLOCK``), the same as ``_split_headers_by_line``
    reads them; None when there are too many to keep them all."""
    headers: list[tuple[str, str]] = []
    # findall: the groups as tuples, without a match object per header
    for name, first, folded in _CLEAN_HEADER.findall(block):
        value = first.strip()
        if folded:
            value_parts = [value]
            value_length = len(value)
            for line in folded[:-1].split("\n"):
                if value_length < MAX_HEADER_VALUE:
                    value_parts.append(line.strip())
                    value_length += len(line)
            value = " ".join(value_parts)
        headers.append((name.lower(), value[:MAX_HEADER_VALUE]))
    return headers if len(headers) <= MAX_HEADER_LINES else None


def _split_headers_by_line(text: str) -> tuple[list[tuple[str, str]], str]:
    headers: list[tuple[str, str]] = []
    pos = 0
    name: str | None = None
    value_parts: list[str] = []
    value_length = 0
    count = 0
    # Split only the header block (up to the first blank line) into lines: one C call instead
    # of a find and a slice per line; the loop below may still stop earlier.
    blank = text.find("\n\n")
    for line in (text if blank < 0 else text[:blank + 1]).split("\n"):
        if line == "" or line.isspace() and name is None:
            pos += len(line) + 1
            break
        if line[0] in " \t":
            if name is not None:
                if value_length < MAX_HEADER_VALUE:
                    value_parts.append(line.strip())
                    value_length += len(line)
                pos += len(line) + 1
                continue
            # a continuation before any header: the header block is broken; treat as body
            break
        match = _HEADER_LINE.match(line)
        if match is None:
            if name is not None and value_parts and value_parts[-1].endswith(";") and "=" in line:
                # a parameter folded without indentation (``boundary=`` on its own line)
                value_parts.append(line.strip())
                value_length += len(line)
                pos += len(line) + 1
                continue
            break
        if name is not None:
            headers.append((name, " ".join(value_parts)[:MAX_HEADER_VALUE]))
        count += 1
        if count > MAX_HEADER_LINES:
            name = None
            break
        name = match.group(1).lower()
        value_parts = [match.group(2).strip()]
        value_length = len(value_parts[0])
        pos += len(line) + 1
    if name is not None:
        headers.append((name, " ".join(value_parts)[:MAX_HEADER_VALUE]))
    return headers, text[pos:]


def content_type_of(value: str | None, default: str) -> tuple[str, dict[str, str]]:
    if not value:
        return default, {}
    main, _, _rest = value.partition(";")
    ctype = main.strip().lower()
    if "/" not in ctype:
        ctype = default
    params: dict[str, str] = {}
    for m in _PARAM.finditer(value):
        raw = m.group(2)
        if raw.startswith('"'):
            raw = raw[1:-1] if raw.endswith('"') and len(raw) > 1 else raw[1:]
            raw = raw.replace('\\"', '"')
        params[m.group(1).lower()] = raw
    return ctype, params


def _parse_entity(text: str, depth: int, budget: list[int], default_type: str) -> Part:
    budget[0] -= 1
    headers, body = split_headers(text)
    ctype_value = next((v for k, v in headers if k == "content-type"), None)
    ctype, params = content_type_of(ctype_value, default_type)
    part = Part(headers, ctype, params, body)
    if budget[0] <= 0 or depth >= MAX_DEPTH:
        part.body = _decode_body(part)
        return part
    if ctype.startswith("multipart/"):
        boundary = params.get("boundary", "")
        subs = _split_multipart(body, boundary) if boundary else None
        if subs:
            child_default = "message/rfc822" if ctype == "multipart/digest" else "text/plain"
            for sub in subs:
                if budget[0] <= 0:
                    break
                part.parts.append(_parse_entity(sub, depth + 1, budget, child_default))
            part.body = subs_preamble(body, boundary)
            return part
        # a multipart with no usable boundary: read what is there as text
        part.body = body
        return part
    if ctype in ("message/rfc822", "message/global", "message/rfc822-headers"):
        part.enclosed = _enclosed_message(_decode_body(part), budget)
        return part
    if ctype in ("text/rfc822-headers", "message/global-headers"):
        part.body = _decode_body(part)
        inner_headers, _ = split_headers(part.body)
        part.enclosed = Part(inner_headers, "text/plain", {}, "")
        return part
    part.body = _decode_body(part)
    return part


def _enclosed_message(text: str, budget: list[int]) -> Part:
    """The returned original: its headers say whom it went to; its body is never read, so it
    is kept as it came (not split into parts, not decoded)."""
    budget[0] -= 1
    headers, body = split_headers(text)
    ctype_value = next((v for k, v in headers if k == "content-type"), None)
    ctype, params = content_type_of(ctype_value, "text/plain")
    return Part(headers, ctype, params, body)


def subs_preamble(body: str, boundary: str) -> str:
    index = body.find("--" + boundary)
    return body[:index] if index > 0 else ""


def _split_multipart(body: str, boundary: str) -> list[str]:
    delimiter = "\n--" + boundary
    chunks = ("\n" + body).split(delimiter)
    out: list[str] = []
    for chunk in chunks[1:]:
        if chunk.startswith("--"):
            break
        newline = chunk.find("\n")
        if newline < 0:
            continue
        out.append(chunk[newline + 1 :])
        if len(out) >= MAX_PARTS:
            break
    return out


def _decode_body(part: Part) -> str:
    encoding = (part.header("content-transfer-encoding") or "").strip().lower()
    body = part.body
    if encoding == "base64":
        try:
            data = binascii.a2b_base64(re.sub(r"[^A-Za-z0-9+/=]", "", body).encode("ascii"))
        except (binascii.Error, ValueError):
            return body
        return _to_text(data, part.params.get("charset"))
    if encoding == "quoted-printable":
        try:
            data = binascii.a2b_qp(body.encode("utf-8", "surrogateescape"))
        except (binascii.Error, ValueError):
            return body
        return normalise_newlines(_to_text(data, part.params.get("charset")))
    return _unencoded(body, part.params.get("charset"))


def _unencoded(body: str, charset: str | None) -> str:
    """A 7bit or 8bit body read in its charset: the bytes ``parse_message`` kept as
    surrogates, and the escapes of ISO-2022-JP (and -KR, -CN), which are ASCII."""
    if body.isascii():
        if "\x1b" in body and charset:
            return _to_text(body.encode("ascii"), charset)
        return body
    try:
        body.encode("utf-8")
    except UnicodeEncodeError:
        return _to_text(body.encode("utf-8", "surrogateescape"), charset)
    return body  # UTF-8 throughout: the message was read so


# Labels whose mail is written, in practice, in a larger charset of the same family; the
# WHATWG Encoding Standard reads them so, as browsers do (GB2312 mail holds GBK characters,
# Shift_JIS and EUC-KR mail Windows' extensions, ISO-8859-1 mail Windows-1252's quotes).
_SUPERSETS = {
    "gb2312": "gb18030", "gbk": "gb18030", "big5": "big5hkscs", "shift_jis": "cp932",
    "euc_kr": "cp949", "iso8859-1": "cp1252", "iso8859-9": "cp1254", "tis-620": "cp874",
    "iso2022_jp": "iso2022_jp_ext",
}
# Labels mail uses that Python does not know by that name
_ALIASES = {"x-sjis": "cp932", "windows-31j": "cp932", "x-euc-jp": "euc_jp",
            "gb_2312-80": "gb18030", "x-gbk": "gb18030", "ks_c_5601": "cp949"}


def codec_for(charset: str | None) -> str | None:
    """The Python codec that reads text labelled ``charset`` best; None for an unknown one."""
    name = (charset or "").strip().strip('"').lower()
    try:
        found = codecs.lookup(_ALIASES.get(name, name)).name
    except LookupError:
        return None
    return _SUPERSETS.get(found, found)


def _to_text(data: bytes, charset: str | None) -> str:
    name = codec_for(charset or "utf-8") or "utf-8"
    try:
        return normalise_newlines(data.decode(name, "replace"))
    except (UnicodeError, LookupError, ValueError):
        return normalise_newlines(data.decode("utf-8", "replace"))


def decode_words(value: str) -> str:
    """A header value with RFC 2047 encoded words decoded; the raw value if they are broken."""
    if "=?" not in value:
        return value
    try:
        words = [(text, codec_for(charset) or charset if charset else charset)
                 for text, charset in decode_header(value)]
        return str(make_header(words))
    except (UnicodeError, LookupError, ValueError, binascii.Error):
        return value
