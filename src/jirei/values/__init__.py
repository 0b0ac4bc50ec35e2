"""Exact parsers for the values reports are written in: numbers, quantities, rates, dates,
fiscal years. Each has a pure ``parse_*`` function and a ``find_*`` scanner."""
# STUB: the value-parser work replaces this module.
