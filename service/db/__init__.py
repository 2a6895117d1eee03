"""Persistence: tables, engine, migrations and the repository (every query lives in repository.py)."""
