"""The one header builder: every header the app writes is encoded and folded here.

RFC 5322 wants header lines of at most 78 characters and allows 998; RFC 2047 wants each
encoded word at most 75. A long name or subject used to go out as one line with one long
encoded word (a 500-character name gave a line the server refused), so values are cut into
tokens that may stand on lines of their own and folded greedily:

- unstructured text (Subject): plain when it is ASCII with no word too long for a line and
  nothing a reader could take for an encoded word (``=?``); else encoded words only, so the
  folding whitespace between them carries nothing (RFC 2047: it is ignored);
- a display name (To, From, Reply-To): plain atoms where the name has them, a quoted string
  for ASCII with specials, encoded words for the rest, each run of non-ASCII words one run of
  encoded words. A name that looks like an encoded word (``=?utf-8?q?Fake?=``) is encoded,
  never passed through for the reader to decode;
- any other value (List-Unsubscribe, Content-Type, …) is folded at its spaces.

A CR or LF inside a value would let a subject or a name write headers of its own (header
injection): ``check_value`` refuses one in what the user wrote; merge values filled in at send
time pass through ``one_line`` first, so old data stored with line breaks cannot break a
message either.
"""

from __future__ import annotations

import base64
import email.utils
import re
from datetime import datetime

from engine.errors import ConfigError

MAX_LINE = 78  # RFC 5322 2.1.1: SHOULD
HARD_LIMIT = 998  # RFC 5322 2.1.1: MUST, CRLF not counted
MAX_ENCODED_WORD = 75  # RFC 2047 section 2
_EW_OVERHEAD = len("=?utf-8?q??=")
_Q_LITERAL = re.compile(r"[A-Za-z0-9!*+\-/]")  # RFC 2047 5(3): safe unencoded in a phrase
_ATOM = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+")  # RFC 5322 atext
# A plain word longer than this could not share a line with a header name: encode it instead.
_LONGEST_PLAIN = MAX_LINE - len("Reply-To: ")
# Any run of white space in a display name: spaces, no-break spaces, ideographic spaces.
_SPACES = re.compile(r"\s+")
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")


class HeaderInjection(ConfigError):
    """A header value contains a line break."""


class HeaderTooLong(ConfigError):
    """A header cannot be folded under the 998-character line limit (a word is too long)."""


def check_value(name: str, value: str, field: str | None = None) -> str:
    if "\r" in value or "\n" in value:
        raise HeaderInjection(f"The {name} must be on one line (it contains a line break).",
                              field=field, code="header_line_break", params={"header": name})
    return value


def one_line(value: str) -> str:
    """A merge value for a header: each run of control characters (CR, LF, tab, NUL, …) one
    space. Values are cleaned at import too; this holds for data stored before that."""
    return _CONTROLS.sub(" ", value)


# -- encoded words --------------------------------------------------------------------------


def _q_char(char: str) -> str:
    if char == " ":
        return "_"
    if _Q_LITERAL.fullmatch(char):
        return char
    return "".join(f"={b:02X}" for b in char.encode("utf-8"))


def encoded_words(text: str, first_room: int = MAX_ENCODED_WORD) -> list[str]:
    """``text`` as UTF-8 encoded words of at most 75 characters (the first at most
    ``first_room``), never splitting a character; Q when it is no longer than B."""
    q_length = sum(len(_q_char(c)) for c in text)
    b_length = (len(text.encode("utf-8")) + 2) // 3 * 4
    words: list[str] = []
    room = min(first_room, MAX_ENCODED_WORD) - _EW_OVERHEAD
    if q_length <= b_length:
        current = ""
        for char in text:
            piece = _q_char(char)
            if current and len(current) + len(piece) > room:
                words.append(f"=?utf-8?q?{current}?=")
                current, room = "", MAX_ENCODED_WORD - _EW_OVERHEAD
            current += piece
        words.append(f"=?utf-8?q?{current}?=")
        return words
    chunk = b""
    for char in text:
        data = char.encode("utf-8")
        if chunk and (len(chunk) + len(data) + 2) // 3 * 4 > room:
            words.append(f"=?utf-8?b?{base64.b64encode(chunk).decode('ascii')}?=")
            chunk, room = b"", MAX_ENCODED_WORD - _EW_OVERHEAD
        chunk += data
    words.append(f"=?utf-8?b?{base64.b64encode(chunk).decode('ascii')}?=")
    return words


# -- folding ---------------------------------------------------------------------------------


def fold(name: str, tokens: list[tuple[str, str]]) -> str:
    """``tokens`` as ``(whitespace before, token)``, folded: a line break may go before any
    token but the first, the whitespace starting the continuation line. Returns the value
    (lines joined by CRLF, no final CRLF); raises ``HeaderTooLong`` past 998 characters."""
    lines: list[str] = []
    line = f"{name}:"
    for n, (space, token) in enumerate(tokens):
        if n == 0:
            line += " " + token  # never a break between the name and its first token
        elif len(line) + len(space) + len(token) > MAX_LINE:
            lines.append(line)
            line = (space or " ") + token
        else:
            line += space + token
    lines.append(line)
    if any(len(x) > HARD_LIMIT for x in lines):
        raise HeaderTooLong(f"The {name} header holds a word too long for one line "
                            f"({HARD_LIMIT} characters at most).", code="header_too_long",
                            params={"header": name, "limit": HARD_LIMIT})
    return "\r\n".join(lines)[len(name) + 2:]


def _spaced(value: str) -> list[tuple[str, str]]:
    """Plain text cut before each run of spaces: folding there changes nothing."""
    tokens: list[tuple[str, str]] = []
    for match in re.finditer(r"( *)([^ ]+)", value):
        tokens.append((match.group(1), match.group(2)))
    return tokens


def _plain_text_ok(value: str) -> bool:
    return (
        value.isascii() and value.isprintable() and "=?" not in value and value == value.strip()
        and all(len(word) <= _LONGEST_PLAIN for word in value.split(" "))
    )


def encode_text(name: str, value: str) -> str:
    """An unstructured header value (Subject), folded: plain when it can be, else encoded."""
    check_value(name, value)
    if not value:
        return ""
    if _plain_text_ok(value):
        return fold(name, _spaced(value))
    words = encoded_words(value, MAX_LINE - len(name) - 2)
    return fold(name, [(" ", w) for w in words])


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _plain_word(word: str) -> bool:
    return bool(_ATOM.fullmatch(word)) and "=?" not in word and len(word) <= _LONGEST_PLAIN


def _phrase(name: str, first_room: int) -> list[tuple[str, str]]:
    """A display name as foldable tokens (see the module's doc)."""
    words = name.split(" ")
    if name.isascii() and name.isprintable() and "=?" not in name:
        if all(_plain_word(w) for w in words):
            return [(" ", w) for w in words]
        # A quoted string may fold at its spaces (RFC 5322 3.2.4: FWS inside it is unfolded).
        quoted = _spaced(_quoted(name))
        if all(len(token) <= _LONGEST_PLAIN for _, token in quoted):
            return quoted
    tokens: list[tuple[str, str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            room = first_room if not tokens else MAX_ENCODED_WORD
            tokens.extend((" ", w) for w in encoded_words(" ".join(run), room))
            run.clear()

    for word in words:
        if _plain_word(word):
            flush()
            tokens.append((" ", word))
        else:
            run.append(word)
    flush()
    return tokens


def format_address(name: str, address: str, header: str = "address",
                   header_name: str = "To") -> str:
    """``Name <address>`` for ``header_name``, encoded and folded; ``header`` says in an error
    what the value is ("recipient", "sender name")."""
    check_value(header, name)
    check_value(header, address)
    # In a display name a run of white space means one space (RFC 5322 phrase), and readers
    # show one: Python's parser collapses them even inside an encoded word, and drops a
    # no-break space that follows a space. Write one space, so every reader shows the same.
    name = _SPACES.sub(" ", name).strip()
    if not name:
        return fold(header_name, [(" ", address)])
    room = MAX_LINE - len(header_name) - 2
    return fold(header_name, [*_phrase(name, room), (" ", f"<{address}>")])


def structured(name: str, value: str) -> str:
    """Any other value (List-Unsubscribe, Content-Type, …): folded at its spaces."""
    check_value(name, value)
    return fold(name, _spaced(value))


def format_date(moment: datetime) -> str:
    return email.utils.format_datetime(moment)


def header_lines(pairs: list[tuple[str, str]]) -> bytes:
    """``Name: value`` lines, CRLF-ended. A value already folded (holding CRLF) is written as
    it is; any other is folded at its spaces when its line would be longer than 78."""
    out: list[str] = []
    for name, value in pairs:
        if "\r\n" not in value and len(name) + 2 + len(value) > MAX_LINE:
            value = structured(name, value)
        out.append(f"{name}: {value}\r\n")
    return "".join(out).encode("utf-8")
