"""One error hierarchy for the whole service.

Every error a user can cause or meet carries an HTTP status and a stable problem ``type`` slug; the API turns it
into RFC 9457 problem JSON and the CLI into one line on stderr. Nothing else should be raised across a layer
boundary for an expected failure.
"""

from __future__ import annotations

from typing import Any


class TransnormError(Exception):
    status_code: int = 400
    type_slug: str = "bad-request"
    title: str = "Bad request"

    def __init__(self, detail: str, *, extra: dict[str, Any] | None = None) -> None:
        super().__init__(detail)
        self.detail = detail
        self.extra = extra or {}


class InputError(TransnormError):
    """The input cannot be processed (empty, undecodable, binary, unsupported language)."""

    status_code = 422
    type_slug = "unprocessable-input"
    title = "Input cannot be processed"


class EmptyInputError(InputError):
    type_slug = "empty-input"
    title = "Empty input"


class DecodeError(InputError):
    type_slug = "undecodable-input"
    title = "Input cannot be decoded as text"


class UnsupportedLanguageError(InputError):
    type_slug = "unsupported-language"
    title = "Unsupported language"

    def __init__(self, detected: str, confidence: float, supported: tuple[str, ...]) -> None:
        super().__init__(
            f"detected language {detected!r} (confidence {confidence:.2f}) is not served; "
            f"supported: {', '.join(supported)}",
            extra={"detected_language": detected, "confidence": round(confidence, 4)},
        )
        self.detected = detected
        self.confidence = confidence


class UnsupportedMediaTypeError(TransnormError):
    status_code = 415
    type_slug = "unsupported-media-type"
    title = "Unsupported media type"


class TooLargeError(TransnormError):
    status_code = 413
    type_slug = "too-large"
    title = "Content too large"


class NotFoundError(TransnormError):
    status_code = 404
    type_slug = "not-found"
    title = "Not found"


class ConflictError(TransnormError):
    """The request is valid but the resource is not in a state that allows it (e.g. an earlier revision)."""

    status_code = 409
    type_slug = "conflict"
    title = "Conflict"


class ModelUnavailableError(TransnormError):
    """A language pair's model is not installed or cannot be loaded; the message says how to get it."""

    status_code = 503
    type_slug = "model-unavailable"
    title = "Model unavailable"


class AuthenticationError(TransnormError):
    """No API key, or one that is unknown or revoked, where a key is required."""

    status_code = 401
    type_slug = "unauthorized"
    title = "API key required"
    headers = {"WWW-Authenticate": 'Bearer realm="transnorm"'}


class ForbiddenError(TransnormError):
    """A valid API key whose scope does not allow the operation (a read key on a write endpoint)."""

    status_code = 403
    type_slug = "forbidden"
    title = "API key lacks the scope"


class RateLimitedError(TransnormError):
    """The key (or client address) spent its requests or characters per minute; ``Retry-After`` says when."""

    status_code = 429
    type_slug = "rate-limited"
    title = "Too many requests"

    def __init__(self, detail: str, *, retry_after: int) -> None:
        super().__init__(detail, extra={"retry_after": retry_after})
        self.headers = {"Retry-After": str(retry_after)}


class ConfigurationError(TransnormError):
    """A setting that this machine cannot honour (``TRANSNORM_DEVICE=cuda`` without a GPU): start-up stops."""

    status_code = 500
    type_slug = "configuration-error"
    title = "Configuration cannot be honoured"
