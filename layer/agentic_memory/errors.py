"""Domain errors, each carrying the HTTP status a handler maps it to in one place."""


class AgenticMemoryError(Exception):
    """Base class: ``status`` is what the caller of our HTTP endpoint gets back. Messages name no
    caller and quote no content, so logs may show them (``observability.describe``)."""

    status = 500
    safe_to_log = True


class ConfigError(AgenticMemoryError):
    """A setting or secret is missing or malformed: an operator must fix the deployment."""

    status = 503


class UnauthorizedError(AgenticMemoryError):
    """The request does not carry the credential ElevenLabs was configured with."""

    status = 401


class SignatureError(UnauthorizedError):
    """The webhook is not provably from ElevenLabs (missing, malformed, stale or wrong signature)."""


class BadRequestError(AgenticMemoryError):
    """The request is authentic but its content cannot be used."""

    status = 400


class NotFoundError(AgenticMemoryError):
    """The route exists but is switched off in this deployment."""

    status = 404
