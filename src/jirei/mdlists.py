"""List markers a converter pads to the text's indent (pandoc's ``1.  text``, ``-   text``,
``10. text``) read with one space after them (decision 2218): the spaces after the first are
deleted (:func:`jirei.mdgaps.close_gaps`), so two spaces after ``1.`` no longer part the line
like the cells of a space-aligned table. Only in a Markdown document (a ``#`` heading or ``**``
bold in it). The length of the text never changes.
"""

from __future__ import annotations

import re

import regex

from jirei.mdgaps import close_gaps
from jirei.mdquotes import is_markdown

#: any padded list marker (the stdlib engine's fast scan before the reading)
_ANY_PADDED = re.compile(r"^[ \t]{0,3}(?:\d{1,2}[.)]|[-*+])[ ]{2,4}[^\s|]", re.MULTILINE)
#: a padded list marker opening a line
_PADDED = regex.compile(
    r"^(?P<lead>[ \t]{0,3})(?P<marker>\d{1,2}[.)]|[-*+])(?P<pad>[ ]{2,4})(?=[^\s|])",
    regex.MULTILINE,
)




def untangle_padded_markers(text: str) -> str:
    """``text`` with each padded list marker's extra spaces deleted (same length)."""
    if not is_markdown(text):  # whole-text precheck (a cheap test first)
        return text
    if _ANY_PADDED.search(text) is None:
        return text
    return close_gaps(text, [(m.start("pad") + 1, m.end("pad")) for m in _PADDED.finditer(text)])


__all__ = ["untangle_padded_markers"]
