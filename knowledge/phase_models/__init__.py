"""Bundled phase model YAML files (a package so the files ship with a regular install)."""
