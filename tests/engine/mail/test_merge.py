from __future__ import annotations

import html

from engine.mail.merge import compile_template, malformed_fields, unknown_fields


def test_a_field_is_replaced_by_the_recipients_value() -> None:
    assert compile_template("Hi {{first_name}}!").fill({"first_name": "Ann"}) == "Hi Ann!"


def test_an_empty_value_takes_the_fallback() -> None:
    template = compile_template("Hi {{ first_name | there }}!")
    assert template.fill({"first_name": ""}) == "Hi there!"
    assert template.fill({}) == "Hi there!"


def test_a_missing_value_without_fallback_is_left_empty() -> None:
    assert compile_template("Hi {{first_name}}!").fill({}) == "Hi !"


def test_values_are_escaped_for_html_but_fallbacks_are_not() -> None:
    template = compile_template("<b>{{name|<i>you</i>}}</b>")
    assert template.fill({"name": "<Tom & Jerry>"}, html.escape) == \
        "<b>&lt;Tom &amp; Jerry&gt;</b>"
    assert template.fill({}, html.escape) == "<b><i>you</i></b>"


def test_unknown_fields_are_named() -> None:
    assert unknown_fields(["{{first_name}} {{shoe_size}}"], ["first_name"]) == ["shoe_size"]


def test_link_fields_are_always_known() -> None:
    assert unknown_fields(["{{unsubscribe_url}} {{manage_url}}"], []) == []


def test_malformed_braces_are_refused() -> None:
    assert malformed_fields("Hi {{first name}}") == ["{{first name}}"]
    assert unknown_fields(["Hi {{first name}}"], ["first_name"]) == ["{{first name}}"]
