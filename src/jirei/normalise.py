"""STUB: NFKC / radical repair / label spacing with a map back to the original text."""
