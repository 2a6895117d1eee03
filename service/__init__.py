"""Transnorm: normalize press releases, translate them to English, serve the aligned corpus."""

__version__ = "0.1.0"
