"""The `journey` command line: a thin layer over the library."""
