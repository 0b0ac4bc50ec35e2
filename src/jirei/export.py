"""STUB: JSON / JSONL / CSV / Parquet output."""
