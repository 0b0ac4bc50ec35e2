"""Results tables in every layout the reports use → Metrics (see docs/reading-rules.md)."""

from jirei.tables.reader import ResultsTable, read_card_results, read_results

__all__ = ["ResultsTable", "read_card_results", "read_results"]
