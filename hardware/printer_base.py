"""What every printer backend shares: the interface, the kinds of document, the checks.

`hardware.printers` (file and raw TCP backends, choosing a printer by its target string)
and `hardware.system_printer` (the system print queue, with Qt) both build on this module.
"""

from __future__ import annotations

import enum
from abc import ABC, abstractmethod
from dataclasses import dataclass
from pathlib import Path

from warehouse_desktop.errors import InputError, WarehouseError

MAX_COPIES = 999


class PrinterError(WarehouseError):
    """A printer could not take a job; the message says why and what to do."""


class DocumentKind(enum.StrEnum):
    PDF = "pdf"
    PNG = "png"
    ZPL = "zpl"


def document_kind(path: Path) -> DocumentKind:
    """Check that `path` is a printable file and say what it is (by content, then suffix)."""
    if not path.exists():
        raise InputError("print_file_missing", path=str(path))
    if not path.is_file():
        raise InputError("print_file_unreadable", path=str(path), detail="it is a folder")
    try:
        with path.open("rb") as handle:
            head = handle.read(64)
    except OSError as exc:
        raise InputError("print_file_unreadable", path=str(path), detail=exc.strerror) from None
    if head.startswith(b"%PDF"):
        return DocumentKind.PDF
    if head.startswith(b"\x89PNG"):
        return DocumentKind.PNG
    stripped = head.lstrip()
    if stripped[:3].upper() in (b"^XA", b"~DG", b"~DY") or path.suffix.lower() == ".zpl":
        return DocumentKind.ZPL
    if path.suffix.lower() == ".pdf":
        raise InputError("print_file_not_pdf", path=str(path))
    raise InputError("print_file_kind", path=str(path))


def check_copies(copies: int) -> int:
    if not 1 <= copies <= MAX_COPIES:
        raise InputError("print_copies_bad", maximum=MAX_COPIES)
    return copies


class Printer(ABC):
    """Where jobs go.  `target` is the settings string; `display_name` is for people."""

    target: str

    @property
    @abstractmethod
    def display_name(self) -> str: ...

    def check(self) -> None:
        """Raise `PrinterError` if the printer certainly cannot take a job now (cheap)."""
        return None

    def print_file(
        self,
        path: Path,
        *,
        copies: int = 1,
        offset_mm: tuple[float, float] | None = None,
        title: str | None = None,
    ) -> str:
        """Print `path`; return where it went.  Raises PrinterError or InputError."""
        kind = document_kind(path)
        check_copies(copies)
        return self.send_document(PrintRequest(path, kind, copies, offset_mm, title))

    @abstractmethod
    def send_document(self, request: PrintRequest) -> str:
        """Print a checked document (`print_file` checked its kind and copies)."""


@dataclass(frozen=True)
class PrintRequest:
    """A document `Printer.print_file` checked, and how to print it."""

    path: Path
    kind: DocumentKind
    copies: int
    offset_mm: tuple[float, float] | None
    title: str | None


@dataclass(frozen=True)
class PrinterChoice:
    """A printer as listed for people: the target to store and a readable name."""

    target: str
    name: str
    description: str = ""
    is_default: bool = False
    state: str = ""
