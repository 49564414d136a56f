"""The application layer: use cases as plain functions over the composition root
(:class:`assistant.services.Services`). The CLI and the HTTP API are thin adapters over
these; nothing here knows about Typer, FastAPI or HTTP status codes."""
