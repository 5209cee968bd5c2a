"""The local stack's data folder: everything a local run keeps, used by one server at a time.

    .local/lock          held (``flock``) by the server using the folder
    .local/server.json   where that server listens, and the token its CLI route and AWS ask for
    .local/aws/          the emulated S3 objects, DynamoDB items and SQS messages (``durable``)
    .local/mem0/         the mem0-oss memories (Qdrant and mem0's history)

The lock is the kernel's: it goes with the process, so a server killed with ``kill -9`` leaves no
stale lock behind, and a second server (or ``make reset-local``) on a folder in use is refused.
"""

from __future__ import annotations

import fcntl
import json
import os
from pathlib import Path
from typing import IO

from agentic_memory_ops.cli.local import DESCRIPTOR, running_server
from local_server.durable import write_atomically


class LocalServerError(Exception):
    """Something the user can fix (a bad env file, a busy port, a data folder in use): ``make run``
    says it in one line and exits with 2."""


class DataFolder:
    def __init__(self, path: Path) -> None:
        self.path = path.resolve()
        self.aws = self.path / "aws"
        self.memories = self.path / "mem0"
        self.lock_path = self.path / "lock"
        self.descriptor = self.path / DESCRIPTOR
        self._lock_file: IO[str] | None = None

    def lock(self) -> DataFolder:
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            lock_file = self.lock_path.open("a")
        except OSError as error:
            raise LocalServerError(f"cannot use the data folder {self.path}: {error.strerror}") from None
        try:
            fcntl.flock(lock_file, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            lock_file.close()
            other = running_server(self.path) or {}
            where = f" (pid {other['pid']}, {other['url']})" if other.get("pid") else ""
            raise LocalServerError(
                f"{self.path} is in use by another local server{where}: stop it first, "
                "or give this one its own folder (make run DATA_DIR=.local-2 PORT=3010)"
            ) from None
        self._lock_file = lock_file
        return self

    def announce(self, url: str, aws_endpoint: str, token: str) -> None:
        """Tell the CLI (``--local``) where this server is; readable by this user only (the token)."""
        described = {"pid": os.getpid(), "url": url, "aws_endpoint": aws_endpoint, "token": token}
        write_atomically(self.descriptor, json.dumps(described).encode(), mode=0o600)

    def release(self) -> None:
        self.descriptor.unlink(missing_ok=True)
        if self._lock_file is not None:
            self._lock_file.close()  # which releases the lock
