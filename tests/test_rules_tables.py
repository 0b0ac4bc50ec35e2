"""The form and OCR words are Rules data: a user extends them without editing jirei."""

from __future__ import annotations

from jirei.formlines import form_words, untangle_forms
from jirei.ocrrepair import ocr_words, repair_figures
from jirei.rules import DEFAULT_RULES
from jirei.speakernotes import note_words

LINE = "種別：★一体的実施施設　☆常設窓口"


def test_default_tables_come_from_the_bundled_files() -> None:
    assert "☑" in form_words().checked_marks
    assert "記入者" in note_words()
    assert ocr_words().long_vowel == "ー"


def test_a_new_check_mark_is_read_once_the_rules_know_it() -> None:
    assert untangle_forms(LINE) == LINE  # ★ / ☆ are no check marks by default
    table = dict(DEFAULT_RULES.forms_table)
    table["checked_marks"] = [*table["checked_marks"], "★"]
    table["unchecked_marks"] = [*table["unchecked_marks"], "☆"]
    custom = DEFAULT_RULES.extend(forms_table=table)
    read = untangle_forms(LINE, custom)
    assert len(read) == len(LINE)
    assert "一体的実施施設" in read and "常設窓口" not in read


def test_a_new_digit_lookalike_is_repaired_once_the_rules_know_it() -> None:
    text = "就職者数 1Z0人"
    assert repair_figures(text) == text
    table = dict(DEFAULT_RULES.ocr_table)
    table["digit_lookalikes"] = {**table["digit_lookalikes"], "Z": "2"}
    assert repair_figures(text, DEFAULT_RULES.extend(ocr_table=table)) == "就職者数 120人"
