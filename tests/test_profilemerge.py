"""jirei.profilemerge: one profile from the profiles a case's parts read into."""

from __future__ import annotations

import datetime as dt

from jirei.model import Comment, Metric, Profile
from jirei.profilemerge import merged


def test_no_profiles_give_an_empty_profile() -> None:
    assert merged([]) == Profile()


def test_first_profile_keeps_its_fields_and_takes_the_missing_ones() -> None:
    first = Profile(title="見出し", municipality="川口市", initiatives=("相談",))
    second = Profile(municipality="蕨市", prefecture="埼玉県",
                     start_date=dt.date(2011, 12, 1), initiatives=("紹介",))
    third = Profile(prefecture="千葉県", fiscal_year=2017)
    result = merged([first, second, third])
    assert result.title == "見出し"
    assert result.municipality == "川口市"  # the first's own value wins
    assert result.prefecture == "埼玉県"  # the first later profile that has it
    assert result.start_date == dt.date(2011, 12, 1)
    assert result.fiscal_year == 2017
    assert result.initiatives == ("相談", "紹介")


def test_lists_are_joined_in_order() -> None:
    one = Metric(label="就職者数", key="employed")
    two = Metric(label="支援対象者数", key="support_targets")
    said = Comment(speaker="川口市", role="municipality", text="はい")
    result = merged([Profile(metrics=(one,)), Profile(metrics=(two,), comments=(said,),
                                                      other_results=("説明会",))])
    assert result.metrics == (one, two)
    assert result.comments == (said,)
    assert result.other_results == ("説明会",)
