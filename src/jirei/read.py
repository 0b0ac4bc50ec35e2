"""STUB: bytes and files to SourceText (encodings, PDF dispatch)."""
