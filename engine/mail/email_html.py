"""Email-safe HTML from a rich-text editor's markup, and the plain-text part derived from HTML.

Qt's editor writes a document for Qt: ``-qt-`` properties, a 9 pt "Sans Serif" body, paragraph
margins in pixels, headings as big spans. Mail clients need the opposite: a small set of tags,
every style inline (Gmail drops ``<style>`` in many cases, Outlook renders with Word), a
600-pixel column in presentation tables. This module keeps what the user meant (structure,
bold, italic, underline, colour, alignment, links, images) and writes it the way mail clients
read. It is pure text processing so the CLI, the tests and the window share it; cleaning its
own output again changes nothing, so a campaign can go back and forth through the editor.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser

FOOTER_MARK = "<!-- newsletter-desk: footer -->"

FONT = "Arial, Helvetica, sans-serif"
TEXT_COLOUR = "#222222"
LINK_COLOUR = "#1a5fb4"

_BLOCK_STYLE = {
    "p": "margin:0 0 16px 0",
    "h1": "margin:0 0 16px 0;font-size:28px;line-height:1.25;font-weight:bold",
    "h2": "margin:0 0 14px 0;font-size:22px;line-height:1.3;font-weight:bold",
    "h3": "margin:0 0 12px 0;font-size:18px;line-height:1.35;font-weight:bold",
    "ul": "margin:0 0 16px 0;padding-left:24px",
    "ol": "margin:0 0 16px 0;padding-left:24px",
    "li": "margin:0 0 4px 0",
    "blockquote": "margin:0 0 16px 0;padding-left:12px;border-left:3px solid #cccccc",
}
_HEADINGS = {"h4": "h3", "h5": "h3", "h6": "h3"}
_INLINE_TAGS = {"strong": "font-weight", "b": "font-weight", "em": "font-style",
                "i": "font-style", "u": "underline", "s": "line-through"}
# Structure that carries nothing the user chose: its content stays, the tag goes (tables
# included: the editor makes none, and the column wrapper is written again every time).
_TRANSPARENT = {"html", "body", "div", "span", "font", "table", "tbody", "thead", "tfoot",
                "tr", "td", "th", "center", "section", "article", "header", "footer", "main"}
_SKIPPED = {"head", "style", "script", "title", "object", "iframe", "form", "select", "textarea"}
_SAFE_URL = re.compile(r"\s*(https?:|mailto:|tel:|\{\{|#)", re.I)
_COLOUR = re.compile(r"#[0-9a-f]{3}(?:[0-9a-f]{3})?\Z|rgba?\([\d\s.,%]+\)\Z|[a-z]+\Z", re.I)
_ALIGN = {"left", "center", "right", "justify"}


@dataclass
class _Inline:
    """The character formatting in effect: what a run of text is written with."""

    bold: bool = False
    italic: bool = False
    underline: bool = False
    strike: bool = False
    colour: str = ""
    background: str = ""

    def changed(self, style: dict[str, str], tag: str) -> _Inline:
        new = _Inline(self.bold, self.italic, self.underline, self.strike, self.colour,
                      self.background)
        weight = style.get("font-weight", "")
        if _INLINE_TAGS.get(tag) == "font-weight" or weight == "bold" or (
                weight.isdigit() and int(weight) >= 600):
            new.bold = True
        elif weight in ("normal", "400") or (weight.isdigit() and int(weight) < 600):
            new.bold = False
        if _INLINE_TAGS.get(tag) == "font-style" or style.get("font-style") == "italic":
            new.italic = True
        elif style.get("font-style") == "normal":
            new.italic = False
        decoration = style.get("text-decoration", "") + " " + style.get(
            "text-decoration-line", "")
        if _INLINE_TAGS.get(tag) == "underline" or "underline" in decoration:
            new.underline = True
        if _INLINE_TAGS.get(tag) == "line-through" or "line-through" in decoration:
            new.strike = True
        colour = style.get("color", "")
        if colour and _COLOUR.match(colour):
            new.colour = colour.lower()
        background = style.get("background-color", "")
        if background and _COLOUR.match(background) and background.lower() not in (
                "transparent", "#ffffff", "white"):
            new.background = background.lower()
        return new


class _Content(HTMLParser):
    """A parser that sees only what a reader sees: the head, styles and scripts are skipped
    with everything inside them, for both writers below."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self.skipping += 1
        elif not self.skipping:
            self.start(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif not self.skipping:
            self.end(tag)

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.text(data)

    def start(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        raise NotImplementedError

    def end(self, tag: str) -> None:
        raise NotImplementedError

    def text(self, data: str) -> None:
        raise NotImplementedError


class _Writer(_Content):
    """Reads any HTML and writes the allowed subset, formatting each text run from the
    character format in effect (so Qt's nested spans collapse into plain tags)."""

    def __init__(self) -> None:
        super().__init__()
        self.out: list[str] = []
        self.formats: list[tuple[str, _Inline]] = []  # (opening tag, format), innermost last
        self.blocks: list[str] = []  # open block tags, innermost last
        self.starts: list[int] = []  # where each open block's start tag is in ``out``
        self.in_link = 0
        self.open_block = False

    # -- what is in effect -------------------------------------------------------------------
    @property
    def inline(self) -> _Inline:
        return self.formats[-1][1] if self.formats else _Inline()

    def _style(self, attrs: list[tuple[str, str | None]]) -> dict[str, str]:
        found: dict[str, str] = {}
        for name, value in attrs:
            if name == "style" and value:
                for part in value.split(";"):
                    key, _, val = part.partition(":")
                    if val.strip():
                        found[key.strip().lower()] = val.strip().strip("'\"")
        return found

    # -- the parser's events -----------------------------------------------------------------
    def start(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        style = self._style(attrs)
        tag = _HEADINGS.get(tag, tag)
        if tag in _BLOCK_STYLE:
            self._start_block(tag, attrs, style)
        elif tag == "br":
            self._ensure_block()
            self.out.append("<br>")
        elif tag == "hr":
            self._close_paragraph()
            self.out.append('<hr style="border:0;border-top:1px solid #dddddd;margin:16px 0">')
        elif tag == "img":
            self._image(attrs)
        elif tag == "a":
            self._link(attrs)
        elif tag in _INLINE_TAGS or tag in _TRANSPARENT:
            # a transparent block (div, td) still ends the paragraph before it
            if tag in ("div", "td", "th", "tr", "table") and self.open_block:
                self._close_paragraph()
            self.formats.append((tag, self.inline.changed(style, tag)))

    def end(self, tag: str) -> None:
        tag = _HEADINGS.get(tag, tag)
        if tag in _BLOCK_STYLE:
            self._end_block(tag)
        elif tag == "a" and self.in_link:
            self.in_link -= 1
            self.out.append("</a>")
        elif tag in _INLINE_TAGS or tag in _TRANSPARENT:
            for index in range(len(self.formats) - 1, -1, -1):
                if self.formats[index][0] == tag:
                    del self.formats[index:]
                    break
            if tag in ("div", "td", "th") and self.open_block:
                self._close_paragraph()

    def text(self, data: str) -> None:
        if not self.blocks or self.blocks[-1] in ("ul", "ol"):
            if not data.strip():
                return  # whitespace between blocks: not content
            self._ensure_block()
        self.out.append(self._run(data))

    # -- writing -----------------------------------------------------------------------------
    def _run(self, data: str) -> str:
        text = html.escape(data, quote=False)
        fmt = self.inline
        styles = []
        if fmt.colour and fmt.colour not in (TEXT_COLOUR, "#000000", "black") and not (
                self.in_link and fmt.colour in ("#0000ff", "blue", LINK_COLOUR)):
            styles.append(f"color:{fmt.colour}")
        if fmt.background:
            styles.append(f"background-color:{fmt.background}")
        if styles:
            text = f'<span style="{";".join(styles)}">{text}</span>'
        if fmt.strike:
            text = f"<s>{text}</s>"
        if fmt.underline and not self.in_link:
            text = f"<u>{text}</u>"
        if fmt.italic:
            text = f"<em>{text}</em>"
        if fmt.bold and self.blocks[-1:] not in (["h1"], ["h2"], ["h3"]):
            text = f"<strong>{text}</strong>"
        return text

    def _start_block(self, tag: str, attrs: list[tuple[str, str | None]],
                     style: dict[str, str]) -> None:
        if tag in ("p", "h1", "h2", "h3", "blockquote"):
            self._close_paragraph()
        if tag == "li" and (not self.blocks or self.blocks[-1] not in ("ul", "ol")):
            self._start_block("ul", [], {})
        if tag in ("ul", "ol") and self.open_block and self.blocks[-1] != "li":
            self._close_paragraph()
        css = _BLOCK_STYLE[tag]
        align = (dict(attrs).get("align") or style.get("text-align") or "").lower()
        extra = ""
        if align in _ALIGN and align != "left" and tag not in ("ul", "ol", "li"):
            css += f";text-align:{align}"
            extra = f' align="{align}"'
        self.starts.append(len(self.out))
        self.out.append(f'<{tag}{extra} style="{css}">')
        self.blocks.append(tag)
        self.open_block = tag not in ("ul", "ol")
        # a heading is bold by its own style: Qt's bold span inside it adds nothing
        self.formats.append((tag, self.inline.changed(style, tag)))

    def _end_block(self, tag: str) -> None:
        if tag not in self.blocks:
            return
        while self.blocks:
            top, start = self.blocks.pop(), self.starts.pop()
            for index in range(len(self.formats) - 1, -1, -1):
                if self.formats[index][0] == top:
                    del self.formats[index:]
                    break
            self._write_end(top, start)
            if top == tag:
                break
        self.open_block = bool(self.blocks) and self.blocks[-1] not in ("ul", "ol")

    def _write_end(self, tag: str, start: int) -> None:
        while self.in_link:
            self.in_link -= 1
            self.out.append("</a>")
        if tag in ("p", "h1", "h2", "h3", "li") and not "".join(self.out[start + 1:]).strip():
            self.out.append("&nbsp;")  # an empty paragraph is a blank line the user typed
        self.out.append(f"</{tag}>")

    def _ensure_block(self) -> None:
        if not self.open_block:
            self._start_block("li" if self.blocks[-1:] in (["ul"], ["ol"]) else "p", [], {})

    def _close_paragraph(self) -> None:
        while self.blocks and self.blocks[-1] in ("p", "h1", "h2", "h3"):
            self._end_block(self.blocks[-1])

    def _image(self, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        src = values.get("src", "")
        if not _SAFE_URL.match(src):
            return
        self._ensure_block()
        parts = [f'<img src="{html.escape(src)}" alt="{html.escape(values.get("alt", ""))}"']
        for name in ("width", "height"):
            if values.get(name, "").isdigit():
                parts.append(f' {name}="{values[name]}"')
        parts.append(' style="display:inline-block;max-width:100%;height:auto;border:0">')
        self.out.append("".join(parts))

    def _link(self, attrs: list[tuple[str, str | None]]) -> None:
        href = dict(attrs).get("href") or ""
        if not _SAFE_URL.match(href):
            return  # no javascript: links; the text stays
        self._ensure_block()
        self.in_link += 1
        self.out.append(f'<a href="{html.escape(href)}" '
                        f'style="color:{LINK_COLOUR};text-decoration:underline">')

    def content(self) -> str:
        self.close()
        while self.blocks:
            self._end_block(self.blocks[0])
        body = "".join(self.out)
        # each block on its own line: a readable source, and short lines for quoted-printable
        return re.sub(r"(</(?:p|h1|h2|h3|li|ul|ol|blockquote)>|<hr[^>]*>)", r"\1\n", body)


def email_safe_html(markup: str, *, title: str = "", lang: str = "") -> str:
    """A complete HTML document for mail clients, from any editor markup (or our own)."""
    writer = _Writer()
    writer.feed(markup)
    content = writer.content().strip()
    lang_attr = f' lang="{html.escape(lang)}"' if lang else ""
    return (
        "<!DOCTYPE html>\n"
        f"<html{lang_attr}>\n<head>\n<meta charset=\"utf-8\">\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(title)}</title>\n</head>\n"
        '<body style="margin:0;padding:0;background-color:#ffffff">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">'
        '<tr><td align="center" style="padding:16px 12px">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" '
        'style="width:100%;max-width:600px"><tr>'
        f'<td align="left" style="font-family:{FONT};font-size:16px;line-height:1.5;'
        f'color:{TEXT_COLOUR}">\n'
        f"{content}\n{FOOTER_MARK}\n"
        "</td></tr></table>\n</td></tr></table>\n</body>\n</html>\n"
    )


class _TextWriter(_Content):
    def __init__(self) -> None:
        super().__init__()
        self.lines: list[str] = [""]
        self.lists: list[list[int]] = []  # per open list: [is_numbered, count]
        self.link: tuple[str, int] | None = None  # href, where its text starts

    def _break(self, blank: bool = False) -> None:
        if self.lines[-1].strip():
            self.lines.append("")
        if blank and len(self.lines) > 1 and self.lines[-2] != "":
            self.lines.append("")

    def start(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag in ("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table"):
            self._break(blank=True)
        elif tag in ("div", "tr"):
            self._break()
        elif tag == "br":
            self.lines.append("")
        elif tag in ("ul", "ol"):
            self._break(blank=not self.lists)
            self.lists.append([tag == "ol", 0])
        elif tag == "li":
            self._break()
            numbered, count = self.lists[-1] if self.lists else [False, 0]
            if self.lists:
                self.lists[-1][1] = count + 1
            indent = "  " * max(0, len(self.lists) - 1)
            self.lines[-1] = indent + (f"{count + 1}. " if numbered else "- ")
        elif tag == "a":
            self.link = (values.get("href", ""), len(self.lines[-1]))
        elif tag == "img" and values.get("alt"):
            self.lines[-1] += f"[{values['alt']}]"
        elif tag == "hr":
            self._break(blank=True)
            self.lines[-1] = "-" * 40
            self._break(blank=True)

    def end(self, tag: str) -> None:
        if tag == "a" and self.link is not None:
            href, start = self.link
            label = self.lines[-1][start:].strip()
            if href and not href.startswith("#") and href.removeprefix("mailto:") != label:
                self.lines[-1] += f" ({href.removeprefix('mailto:')})" if label else href
            self.link = None
        elif tag in ("ul", "ol"):
            if self.lists:
                self.lists.pop()
            self._break(blank=not self.lists)
        elif tag in ("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table"):
            self._break(blank=True)

    def text(self, data: str) -> None:
        text = re.sub(r"\s+", " ", data)
        if not self.lines[-1] or self.lines[-1].endswith((" ", "- ", ". ")):
            text = text.lstrip()
        self.lines[-1] += text.replace("\u00a0", " ")


def text_from_html(markup: str) -> str:
    """The plain-text part for an HTML message: its words in reading order, each link's
    address after its text, lists as dashes and numbers, images by their alt text."""
    writer = _TextWriter()
    writer.feed(markup)
    writer.close()
    lines = [line.rstrip() for line in writer.lines]
    text = "\n".join(lines)
    text = re.sub(r"\n{3,}", "\n\n", text).strip("\n")
    return text + "\n" if text else ""
