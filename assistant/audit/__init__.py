"""The guided self-audit: a serialisable dialogue state machine that builds a journey map."""
