"""The one exception the local server turns into a one-line message (``make run: ...``), exit code 2."""


class LocalServerError(Exception):
    """Something the user can fix: a bad env file, a busy port, a data folder already in use."""
