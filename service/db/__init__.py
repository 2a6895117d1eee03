"""Persistence: tables, engine, migrations and the repository (every query lives in the repository package)."""
