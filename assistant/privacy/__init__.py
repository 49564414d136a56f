"""Personal data after ingest: erasure on request, retention, scrubbing stored JSON."""
