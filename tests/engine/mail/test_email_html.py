"""The editor's markup becomes email-safe HTML, and HTML gives the plain-text part."""

from __future__ import annotations

import re
from pathlib import Path

from engine.mail.email_html import FOOTER_MARK, email_safe_html, text_from_html
from engine.sending.render import add_html_footer

# What Qt's QTextEdit.toHtml() writes (PySide6 6.12), shortened to the parts that matter.
QT = (Path(__file__).parent / "qt_editor_output.html").read_text(encoding="utf-8")


def content(document: str) -> str:
    """The part between the column's opening cell and the footer mark."""
    return document.split('color:#222222">\n', 1)[1].split(FOOTER_MARK)[0].strip()


def test_qt_private_styles_and_its_default_font_are_gone() -> None:
    cleaned = email_safe_html(QT)
    assert "-qt-" not in cleaned
    assert "Sans Serif" not in cleaned and "9pt" not in cleaned
    assert "qrichtext" not in cleaned and "white-space" not in cleaned


def test_every_style_is_inline_in_a_600_pixel_column() -> None:
    cleaned = email_safe_html(QT, title="Spring sale", lang="en")
    assert "<style" not in cleaned
    assert cleaned.startswith("<!DOCTYPE html>\n<html lang=\"en\">")
    assert '<meta charset="utf-8">' in cleaned and 'name="viewport"' in cleaned
    assert '<title>Spring sale</title>' in cleaned
    assert 'width="600"' in cleaned and "max-width:600px" in cleaned
    assert "font-family:Arial, Helvetica, sans-serif;font-size:16px" in cleaned


def test_character_formats_become_plain_tags() -> None:
    body = content(email_safe_html(QT))
    assert "<strong>bold</strong>" in body
    assert "<em>it</em>" in body
    assert "<u>under</u>" in body
    assert '<span style="color:#ff0000">red</span>' in body


def test_headings_lists_and_alignment_keep_their_structure() -> None:
    body = content(email_safe_html(QT))
    assert re.search(r'<h1 style="[^"]*font-size:28px[^"]*">Spring sale</h1>', body)
    assert re.search(r"<h2 [^>]*>Sub</h2>", body)
    assert re.search(r"<ul [^>]*><li [^>]*>one</li>\n<li [^>]*>two</li>\n</ul>", body)
    assert re.search(r"<ol [^>]*><li [^>]*>first</li>\n</ol>", body)
    assert '<p align="center" style="margin:0 0 16px 0;text-align:center">Centered' in body


def test_a_heading_is_not_wrapped_in_strong_by_qts_bold_span() -> None:
    assert "<strong>Spring sale" not in email_safe_html(QT)


def test_an_empty_paragraph_stays_a_blank_line() -> None:
    assert '<p style="margin:0 0 16px 0"><br></p>' in content(email_safe_html(QT))


def test_links_keep_their_address_and_take_the_link_colour_not_qts_blue() -> None:
    body = content(email_safe_html(QT))
    assert ('<a href="https://shop.example/?a=1&amp;b=2" style="color:#1a5fb4;'
            'text-decoration:underline">our shop</a>') in body


def test_images_keep_source_alt_and_width_and_scale_down_on_phones() -> None:
    body = content(email_safe_html(QT))
    assert re.search(r'<img src="https://shop.example/logo.png" alt="Logo" width="200" '
                     r'style="[^"]*max-width:100%', body)


def test_merge_fields_survive_in_text_and_in_link_addresses() -> None:
    cleaned = email_safe_html('<p>Hi {{first_name|there}} <a href="{{manage_url}}">manage</a></p>')
    assert "Hi {{first_name|there}}" in cleaned
    assert '<a href="{{manage_url}}"' in cleaned


def test_script_links_and_images_are_dropped_but_their_text_stays() -> None:
    cleaned = email_safe_html('<p><a href="javascript:alert(1)">click</a>'
                              '<img src="javascript:x" alt="x"><script>bad()</script></p>')
    assert "javascript" not in cleaned and "bad()" not in cleaned
    assert ">click</p>" in cleaned


def test_cleaning_its_own_output_changes_nothing() -> None:
    once = email_safe_html(QT, title="T")
    assert email_safe_html(once, title="T") == once


def test_text_outside_any_paragraph_gets_one() -> None:
    assert '<p style="margin:0 0 16px 0">loose <strong>words</strong></p>' in email_safe_html(
        "loose <b>words</b>")


def test_the_footer_goes_inside_the_column_of_an_editor_document() -> None:
    with_footer = add_html_footer(email_safe_html(QT), "<p>FOOTER</p>")
    assert with_footer.index("<p>FOOTER</p>") < with_footer.index("</td></tr></table>")
    assert with_footer.index("end &amp; &lt;x&gt;") < with_footer.index("<p>FOOTER</p>")


def test_a_file_without_the_mark_gets_its_footer_before_the_body_end() -> None:
    assert add_html_footer("<html><body><p>x</p></body></html>", "<p>F</p>") == (
        "<html><body><p>x</p><p>F</p></body></html>")


def test_the_plain_text_part_reads_in_order_with_link_addresses_after_their_text() -> None:
    assert text_from_html(email_safe_html(QT)) == (
        "Spring sale\n\n"
        "Dear {{first_name|friend}}, bold it under our shop (https://shop.example/?a=1&b=2)\n\n"
        "Centered red\n\n"
        "- one\n- two\n\n"
        "1. first\n\n"
        "[Logo]\n\n"
        "Sub\n\n"
        "end & <x>\n")


def test_the_plain_text_part_skips_head_and_styles_and_shows_a_bare_link_once() -> None:
    text = text_from_html('<html><head><title>T</title><style>p{}</style></head><body>'
                          '<p><a href="https://a.example/">https://a.example/</a></p>'
                          '<p><a href="mailto:me@a.example">me@a.example</a></p></body></html>')
    assert text == "https://a.example/\n\nme@a.example\n"


def test_nested_lists_are_indented_in_the_plain_text() -> None:
    assert text_from_html("<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul>") == (
        "- a\n  - b\n- c\n")
