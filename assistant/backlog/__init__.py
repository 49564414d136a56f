"""The improvement backlog: scored fixes for pain points, ranked."""
