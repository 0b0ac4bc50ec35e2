"""STUB: read → normalise → segment → sections → tables/values → profile → checks."""
