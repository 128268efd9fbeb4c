"""Errors the core raises: each carries a message key and arguments, never UI text.

`messages.render` turns a key into an English line for the command line; the window
translates the same keys through Qt.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from warehouse_desktop.messages import render
from warehouse_desktop.redaction import redact_secrets


class WarehouseError(Exception):
    """A failure a person can act on.  `key` names the message, `args` fill it in."""

    def __init__(self, key: str, **args: Any) -> None:
        super().__init__(key)
        self.key = key
        # A driver's detail may quote the connection string: no password goes any further.
        self.args_ = {k: redact_secrets(v) if isinstance(v, str) else v for k, v in args.items()}

    def __str__(self) -> str:
        return render(self.key, self.args_)


class StorageError(WarehouseError):
    """The database cannot be opened, read or written."""

    @classmethod
    def from_operational(cls, exc: Exception) -> StorageError:
        text = str(exc).lower()
        if "locked" in text or "busy" in text:
            return cls("db_locked")
        if "readonly" in text or "read-only" in text or "read only" in text:
            return cls("db_read_only")
        if "disk is full" in text or "database or disk is full" in text:
            return cls("db_disk_full")
        if "malformed" in text or "not a database" in text or "disk image" in text:
            return cls("db_corrupt")
        if isinstance(exc, sqlite3.OperationalError) and "unable to open" in text:
            return cls("db_unreachable", target="", detail=str(exc))
        return cls("db_error", detail=str(exc))


class SchemaTooNewError(StorageError):
    """The database was written by a newer version of the program."""


class PermissionRefused(WarehouseError):
    """A coordinator-only action without a coordinator's PIN."""


class InputError(WarehouseError):
    """A file or argument given on the command line is not usable."""
