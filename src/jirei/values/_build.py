"""Cheap construction of the objects the scanners yield: ``Found``, ``Quantity``, ``Span``.

A scanner builds one ``Found`` (and, for quantities, a ``Quantity`` and its ``Span``)
per match, tens of thousands per report. The ``__init__`` attrs generates for a frozen
class sets every field through ``object.__setattr__`` and runs converters and
validators, which costs more than the match itself. The scanners hand over values
they have already checked (offsets of a regex match, numbers from ``evaluate``: int or
Decimal, canonical units), so these builders fill the slots directly. The result is
an ordinary instance of the class, equal to one built through the class.

The field lists are checked against the classes at import, so a field added to one
of them fails here loudly instead of leaving a slot unset.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import attrs

from jirei.model import Number, Quantity, Span
from jirei.values.found import Found

T = TypeVar("T")

_new = object.__new__


def _slot_setters(cls: type, names: tuple[str, ...]) -> tuple[Callable[[Any, Any], None], ...]:
    """The slot setters of ``cls`` for ``names``, which must be all its fields, in order."""
    fields = tuple(field.name for field in attrs.fields(cls))
    if fields != names:
        raise RuntimeError(f"{cls.__name__} fields are {fields}, builder expects {names}")
    return tuple(getattr(cls, name).__set__ for name in names)


_SPAN_START, _SPAN_END, _SPAN_BOXES, _SPAN_PARTS = _slot_setters(
    Span, ("start", "end", "boxes", "parts")
)
_QUANTITY_VALUE, _QUANTITY_UNIT, _QUANTITY_QUALIFIER, _QUANTITY_SPAN = _slot_setters(
    Quantity, ("value", "unit", "qualifier", "span")
)
_FOUND_VALUE, _FOUND_START, _FOUND_END, _FOUND_TEXT = _slot_setters(
    Found, ("value", "start", "end", "text")
)


def found(value: T, start: int, end: int, text: str) -> Found[T]:
    """``Found(value, start, end, text)``."""
    result: Found[T] = _new(Found)
    _FOUND_VALUE(result, value)
    _FOUND_START(result, start)
    _FOUND_END(result, end)
    _FOUND_TEXT(result, text)
    return result


def found_quantity(
    value: Number, unit: str | None, qualifier: str | None, start: int, end: int, text: str
) -> Found[Quantity]:
    """``Found(Quantity(value, unit, qualifier, Span(start, end)), start, end, text)``
    for ``0 <= start <= end`` and an int or Decimal ``value``."""
    span = _new(Span)
    _SPAN_START(span, start)
    _SPAN_END(span, end)
    _SPAN_BOXES(span, ())
    _SPAN_PARTS(span, ())
    quantity = _new(Quantity)
    _QUANTITY_VALUE(quantity, value)
    _QUANTITY_UNIT(quantity, unit)
    _QUANTITY_QUALIFIER(quantity, qualifier)
    _QUANTITY_SPAN(quantity, span)
    result: Found[Quantity] = _new(Found)
    _FOUND_VALUE(result, quantity)
    _FOUND_START(result, start)
    _FOUND_END(result, end)
    _FOUND_TEXT(result, text)
    return result


__all__ = ["found", "found_quantity"]
