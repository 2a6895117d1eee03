"""The one exception type of the model layer: its message is meant for the user, as is."""

from __future__ import annotations


class ModelNotAvailable(Exception):
    """A pair's model is not installed, cannot be downloaded, or cannot be converted; ``str()`` says the fix."""

    def __init__(self, message: str, *, pair: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.pair = pair
