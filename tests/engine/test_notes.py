"""A stored note: a code with parameters, as compact JSON text, and back."""

from __future__ import annotations

import pytest

from engine.notes import Note, load, note


def test_a_note_is_stored_as_json_with_its_code_first_and_loads_back() -> None:
    stored = note("counted", count=2, limit=3).dump()
    assert stored == '{"code":"counted","count":2,"limit":3}'
    assert load(stored) == Note("counted", {"count": 2, "limit": 3})


def test_a_value_from_before_notes_loads_whole_as_a_text_note() -> None:
    for old in ("counted 2 of 3", "{not json", '{"no": "code"}', ""):
        assert load(old) == Note("text", {"text": old})


def test_a_note_cut_to_fit_a_column_stays_readable_json() -> None:
    long = note("refused", reply="550 " + "x" * 400, type="hard")
    stored = long.dump(255)
    assert len(stored) <= 255
    back = load(stored)
    assert back.code == "refused" and back.params["type"] == "hard"
    assert str(back.params["reply"]).startswith("550 xxx") and str(
        back.params["reply"]).endswith("…")


def test_a_code_is_a_snake_case_identifier() -> None:
    with pytest.raises(ValueError, match="snake_case"):
        Note("Counted 2 of 3")


def test_a_parameter_given_as_none_is_left_out() -> None:
    assert note("counted", count=1, limit=3, resends=None).params == {"count": 1, "limit": 3}
