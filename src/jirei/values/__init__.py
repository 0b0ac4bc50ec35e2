"""Exact parsers for the values reports are written in: numbers, quantities, rates, dates,
fiscal years. Each has a pure ``parse_*`` function, which raises
``jirei.errors.ValueParseError`` for text that is not such a value, and a ``find_*``
scanner, which yields ``Found`` objects with offsets into the text as given and never
raises for any string.

Numbers are exact (``int`` when whole, ``Decimal`` otherwise); units, qualifiers and eras
come from the rules tables (``jirei.rules.Rules``).
"""

from jirei.values.dates import JapaneseDate, find_dates, parse_date
from jirei.values.fiscal import FiscalYear, find_fiscal_years, parse_fiscal_year
from jirei.values.found import Found
from jirei.values.numbers import Number, find_numbers, parse_number
from jirei.values.quantities import find_quantities, parse_quantity
from jirei.values.rates import find_rates, parse_rate

__all__ = [
    "FiscalYear",
    "Found",
    "JapaneseDate",
    "Number",
    "find_dates",
    "find_fiscal_years",
    "find_numbers",
    "find_quantities",
    "find_rates",
    "parse_date",
    "parse_fiscal_year",
    "parse_number",
    "parse_quantity",
    "parse_rate",
]
