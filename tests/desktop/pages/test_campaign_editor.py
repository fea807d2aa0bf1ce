"""Writing a newsletter: the formatting bar, email-safe HTML, the derived plain text and the
two-part, phone-width preview (pytest-qt, offscreen)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCursor

from desktop.pages.campaigns_page import PHONE_WIDTH, CampaignsPage
from engine.storage import campaigns
from tests.desktop.pages import test_campaigns_page as campaigns_tests
from tests.desktop.pages.test_campaigns_page import fill

# the Campaigns page's own fixture: a profile, the list Newsletter, the page on show
page = campaigns_tests.page


def type_into(page: CampaignsPage, text: str) -> None:
    page.html_editor.setFocus()
    page.html_editor.moveCursor(QTextCursor.MoveOperation.End)
    page.html_editor.insertPlainText(text)


def select_word(page: CampaignsPage, word: str) -> None:
    document = page.html_editor.document()
    found = document.find(word)
    assert not found.isNull(), word
    page.html_editor.setTextCursor(found)


def saved_html(page: CampaignsPage) -> str:
    assert page.save()
    [info] = campaigns.list_campaigns()
    return info.draft.html_body


def test_what_the_editor_saves_is_email_safe_html_not_qts_markup(page: CampaignsPage) -> None:
    fill(page)
    type_into(page, "Our spring sale starts now.")
    html = saved_html(page)
    assert html.startswith("<!DOCTYPE html>")
    assert "-qt-" not in html and "Sans Serif" not in html and "9pt" not in html
    assert "<style" not in html
    assert '<p style="margin:0 0 16px 0">Our spring sale starts now.</p>' in html


def test_bold_italic_and_colour_from_the_bar_are_sent_as_plain_tags(
        page: CampaignsPage) -> None:
    fill(page)
    type_into(page, "big small red")
    select_word(page, "big")
    page.format_bar.bold.click()
    select_word(page, "small")
    page.format_bar.italic.click()
    select_word(page, "red")
    page.format_bar.apply_colour(QColor("#c01c28"))
    html = saved_html(page)
    assert "<strong>big</strong>" in html
    assert "<em>small</em>" in html
    assert '<span style="color:#c01c28">red</span>' in html


def test_a_heading_from_the_style_list_is_sent_as_a_heading(page: CampaignsPage) -> None:
    fill(page)
    type_into(page, "Spring news")
    page.format_bar.block_style.setCurrentIndex(1)
    page.format_bar.block_style.activated.emit(1)
    assert re.search(r"<h1 [^>]*>Spring news</h1>", saved_html(page))


def test_lists_alignment_links_and_images_keep_their_meaning(page: CampaignsPage) -> None:
    fill(page)
    type_into(page, "first")
    page.format_bar.bullets.click()
    page.html_editor.moveCursor(QTextCursor.MoveOperation.End)
    page.html_editor.textCursor().insertBlock()
    page.html_editor.insertPlainText("second")
    page.html_editor.textCursor().insertBlock()
    page.format_bar.bullets.click()  # the same button ends the list
    page.html_editor.insertPlainText("centred")
    page.format_bar.align_buttons["center"].click()
    page.html_editor.textCursor().insertBlock()
    page.format_bar.align_buttons["left"].click()
    page.html_editor.insertPlainText("visit our shop ")
    select_word(page, "shop")
    page.format_bar.insert_link("https://shop.example/spring")
    page.html_editor.moveCursor(QTextCursor.MoveOperation.End)
    page.format_bar.insert_image("https://shop.example/logo.png", "The Shop")
    html = saved_html(page)
    assert re.search(r"<ul [^>]*><li [^>]*>first</li>\n<li [^>]*>second</li>\n</ul>", html)
    assert re.search(r'<p align="center" style="[^"]*text-align:center">centred</p>', html)
    assert re.search(r'<a href="https://shop.example/spring" [^>]*>shop</a>', html)
    assert '<img src="https://shop.example/logo.png" alt="The Shop"' in html


def test_the_bar_shows_the_format_where_the_cursor_is(page: CampaignsPage) -> None:
    fill(page)
    type_into(page, "plain bold")
    select_word(page, "bold")
    page.format_bar.bold.click()
    select_word(page, "bold")
    assert page.format_bar.bold.isChecked()
    select_word(page, "plain")
    assert not page.format_bar.bold.isChecked()


def test_a_campaign_goes_back_and_forth_through_the_editor_unchanged(
        page: CampaignsPage) -> None:
    fill(page)
    type_into(page, "hello")
    first = saved_html(page)
    page.load(campaigns.list_campaigns()[0])
    page._rich_edited = True  # as if touched: Qt writes it again, the cleaner gives it back
    assert page.values().html_body == first


def test_an_imported_file_is_sent_exactly_as_written(page: CampaignsPage,
                                                     tmp_path: Path) -> None:
    fill(page)
    written = ('<html><head><style>.x{color:red}</style></head>'
               '<body><table><tr><td class="x">Mine</td></tr></table></body></html>')
    path = tmp_path / "news.html"
    path.write_text(written, encoding="utf-8")
    page.import_html(path)
    assert saved_html(page) == written


def test_fill_from_the_html_writes_the_plain_text_with_link_addresses(
        page: CampaignsPage) -> None:
    fill(page, text="")
    type_into(page, "See our shop")
    select_word(page, "shop")
    page.format_bar.insert_link("https://shop.example/")
    page.derive_text(ask=False)
    assert page.text_body.toPlainText() == "See our shop (https://shop.example/)\n"


def test_the_preview_shows_both_parts(page: CampaignsPage) -> None:
    fill(page, text="Dear {{first_name}}")
    type_into(page, "Hello {{first_name|there}}")
    page.save()
    page.show_preview("person1@example.org")
    assert "Hello First1" in page.preview.toPlainText()
    assert "Dear First1" in page.preview_text.toPlainText()
    assert page.preview_parts.tabText(0) == "HTML part"
    assert page.preview_parts.tabText(1) == "Plain-text part"


def test_the_phone_preview_is_as_narrow_as_a_phone(page: CampaignsPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    page.resize(1400, 800)
    fill(page)
    type_into(page, "Hello")
    page.save()
    page.tabs.setCurrentIndex(3)
    page.show_preview(None)
    assert page.preview_parts.width() > PHONE_WIDTH
    page.phone_width.setChecked(True)
    qtbot.waitUntil(lambda: page.preview_parts.width() <= PHONE_WIDTH)
    assert "Hello" in page.preview.toPlainText()
    page.phone_width.setChecked(False)
    qtbot.waitUntil(lambda: page.preview_parts.width() > PHONE_WIDTH)


def test_the_formatting_keys_work_while_typing(page: CampaignsPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    fill(page)
    page.tabs.setCurrentIndex(2)
    type_into(page, "word")
    select_word(page, "word")
    qtbot.keyClick(page.html_editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert "<strong>word</strong>" in saved_html(page)
