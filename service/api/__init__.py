"""Thin FastAPI layer: validate → one call into service functions → response schema."""
