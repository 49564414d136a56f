"""Revisions, oldest first by number; each names the one before it in ``down_revision``."""
