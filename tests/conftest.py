"""Test-session settings shared by every test module."""

from hypothesis import settings

# Property tests check behaviour, not speed: speed targets live in bench/ (figures, not
# asserts). Hypothesis's default 200 ms deadline per example is a timed test in disguise
# and fails at random on a loaded machine, so it is off for the whole suite.
settings.register_profile("jirei", deadline=None)
settings.load_profile("jirei")
