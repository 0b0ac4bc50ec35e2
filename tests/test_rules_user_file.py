"""A user's rules file extends the bundled word lists; it never drops them."""

from __future__ import annotations

from pathlib import Path

import pytest

import jirei
from jirei.rules import DEFAULT_RULES


@pytest.mark.parametrize(
    ("key", "field", "word"),
    [
        ("ditto_marks", "ditto_marks", "ゝ"),
        ("chapter_lines", "chapter_lines", r"^第[0-9]+節"),
        ("attendee_headings", "attendee_headings", "参列者"),
        ("appendix_headings", "appendix_headings", "参考資料"),
        ("case_labels", "case_labels", "取材先"),
    ],
)
def test_a_user_list_is_added_to_the_bundled_one(
    tmp_path: Path, key: str, field: str, word: str
) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(f"{key} = [{word!r}]\n".replace("'", '"').replace("\\", "\\\\"), "utf-8")
    bundled = getattr(DEFAULT_RULES, field)
    assert bundled, f"the bundled {field} is empty: the test would say nothing"
    merged = getattr(DEFAULT_RULES.merge_toml(path), field)
    assert merged[0] == word
    assert set(bundled) <= set(merged)


def test_a_user_file_replaces_whole_structured_tables(tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text('[box_drawing]\nverticals = "|"\ncrossings = "+"\nhorizontals = "-"\n', "utf-8")
    assert DEFAULT_RULES.merge_toml(path).box_drawing == ("|", "+", "-")


def test_an_added_attendee_heading_reads_surnames(tmp_path: Path) -> None:
    """The added word works end to end: a bare surname is resolved through a list under a
    heading only the user's file names."""
    text = (
        "事例1　宮城県石巻市\n"
        "【宮城県石巻市】【宮城労働局・ハローワーク石巻】\n"
        "列席者\n"
        "　佐藤　一郎　　石巻市福祉部生活福祉課長\n"
        "\n"
        "＜コメント＞\n"
        "佐藤　市と国が同じ窓口にいることで、相談の流れが途切れなくなった。\n"
    )
    path = tmp_path / "mine.toml"
    path.write_text('attendee_headings = ["列席者"]\n', "utf-8")
    before = jirei.parse_text(text).profiles
    after = jirei.parse_text(text, rules=DEFAULT_RULES.merge_toml(path)).profiles
    speakers_after = [c.speaker for p in after for c in p.comments]
    assert speakers_after == ["石巻市福祉部生活福祉課長"]
    assert [c.speaker for p in before for c in p.comments] != speakers_after


def test_a_user_table_adds_to_the_lists_inside_a_bundled_table(tmp_path: Path) -> None:
    """``[harvest_table]`` in a user file adds its words to the bundled lists of that table
    (a back-matter heading no bundled list names), keeping the bundled ones."""
    path = tmp_path / "mine.toml"
    path.write_text('[harvest_table]\nback_matter_heads = ["用語解説"]\n', "utf-8")
    bundled = DEFAULT_RULES.harvest_table["back_matter_heads"]
    merged = DEFAULT_RULES.merge_toml(path).harvest_table["back_matter_heads"]
    assert merged[0] == "用語解説"
    assert set(bundled) <= set(merged)
    other_keys = set(DEFAULT_RULES.harvest_table) - {"back_matter_heads"}
    assert other_keys and all(
        DEFAULT_RULES.merge_toml(path).harvest_table[k] == DEFAULT_RULES.harvest_table[k]
        for k in other_keys
    )
