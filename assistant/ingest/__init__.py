"""Ingestion: read customer texts from files, normalise and redact them, store and index."""
