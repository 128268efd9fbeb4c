"""Fixtures for the hardware tests: fake scanners on ptys and a fake Zebra on TCP."""

from __future__ import annotations

import os
import socket
import subprocess
import threading
import tty
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class PtyScanner:
    """A serial scanner stand-in: a pty whose slave side is reached through a fixed link
    path, so it can be unplugged (master closed, link removed) and replugged (a new pty
    behind the same link), as a USB-CDC scanner keeps its device name."""

    def __init__(self, link: Path) -> None:
        self.link = link
        self.master: int | None = None

    def plug(self) -> None:
        master, slave = os.openpty()
        tty.setraw(master)
        slave_name = os.ttyname(slave)
        # The reader opens the slave by name; keeping our own fd would hide the hang-up.
        os.close(slave)
        tmp = self.link.with_suffix(".new")
        if tmp.exists() or tmp.is_symlink():
            tmp.unlink()
        tmp.symlink_to(slave_name)
        os.replace(tmp, self.link)
        self.master = master

    def unplug(self) -> None:
        if self.link.is_symlink():
            self.link.unlink()
        if self.master is not None:
            os.close(self.master)
            self.master = None

    def write(self, data: bytes) -> None:
        assert self.master is not None
        view = memoryview(data)
        while view:
            written = os.write(self.master, view)
            view = view[written:]


@pytest.fixture
def make_pty(tmp_path: Path) -> Iterator[type[PtyScanner]]:
    """Make more pty scanners (each `PtyScanner(link)`); all unplugged at the end."""
    made: list[PtyScanner] = []

    class _Tracked(PtyScanner):
        def __init__(self, link: Path) -> None:
            super().__init__(link)
            made.append(self)

    yield _Tracked
    for pty in made:
        pty.unplug()


@pytest.fixture
def pty_scanner(tmp_path: Path) -> Iterator[PtyScanner]:
    scanner = PtyScanner(tmp_path / "ttyScanner0")
    scanner.plug()
    yield scanner
    scanner.unplug()


class FakeZebra:
    """A TCP listener on 127.0.0.1 that collects what label printers would receive."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.received = bytearray()
        self.connections = 0
        self.done = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.server.accept()
            except OSError:
                return
            self.connections += 1
            with conn:
                while chunk := conn.recv(65536):
                    self.received.extend(chunk)
            self.done.set()

    def close(self) -> None:
        self.server.close()


@pytest.fixture
def fake_zebra() -> Iterator[FakeZebra]:
    zebra = FakeZebra()
    yield zebra
    zebra.close()


@pytest.fixture
def deaf_zebra() -> Iterator[str]:
    """A listener that accepts into its backlog but never reads: a jammed printer."""
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    # A tiny receive window so a job fills it at once instead of after megabytes.
    server.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    yield f"127.0.0.1:{server.getsockname()[1]}"
    server.close()


@pytest.fixture
def refused_address() -> str:
    """An address where nothing listens: bind a port, then close it."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return f"127.0.0.1:{port}"


class CupsPdf:
    """The cups-pdf queue `.ci/setup-cups.sh` made, and where its PDFs land."""

    def __init__(self, queue: str, out_dir: Path) -> None:
        self.queue = queue
        self.out_dir = out_dir
        self.produced: list[Path] = []

    def wait_for_pdf(self, title: str, timeout: float = 60.0) -> Path:
        """The PDF cups-pdf wrote for the job titled `title`, once the job is complete."""
        (found,) = self.wait_for_pdfs(title, 1, timeout)
        return found

    def wait_for_pdfs(self, title: str, count: int, timeout: float = 60.0) -> list[Path]:
        """The `count` PDFs of jobs titled `title`, in job order, once all are complete."""
        import re
        import time

        def job_number(path: Path) -> int:
            found = re.search(r"job_(\d+)", path.name)
            return int(found.group(1)) if found else 0

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = sorted(self.out_dir.glob(f"*{title}*.pdf"), key=job_number)
            if len(found) >= count:
                pending = subprocess.run(
                    ["lpstat", "-o", self.queue], capture_output=True, text=True, check=False
                ).stdout
                readable = all(
                    subprocess.run(["pdfinfo", str(p)], capture_output=True, check=False).returncode
                    == 0
                    for p in found
                )
                if not pending.strip() and readable:
                    self.produced.extend(found)
                    assert len(found) == count, found
                    return found
            # Polling the spool folder: cups-pdf gives no other sign that it is done.
            time.sleep(0.1)
        raise AssertionError(f"no {count} PDFs titled {title} appeared in {self.out_dir}")


def _cups_pdf_out_dir() -> Path:
    configured = os.environ.get("WAREHOUSE_CUPS_PDF_DIR")
    if configured:
        return Path(configured)
    for line in Path("/etc/cups/cups-pdf.conf").read_text(encoding="utf-8").splitlines():
        if line.startswith("Out "):
            return Path(line.split(None, 1)[1].strip())
    raise AssertionError("cups-pdf has no fixed output folder: run .ci/setup-cups.sh")


@pytest.fixture(scope="session")
def cups_pdf() -> Iterator[CupsPdf]:
    import subprocess

    queue = os.environ.get("WAREHOUSE_CUPS_QUEUE", "PDF")
    state = subprocess.run(["lpstat", "-p", queue], capture_output=True, text=True, check=False)
    if state.returncode != 0 or "enabled" not in state.stdout:
        pytest.fail(f"CUPS queue {queue} is not ready: run `bash .ci/setup-cups.sh` as root")
    printed = CupsPdf(queue, _cups_pdf_out_dir())
    yield printed
    for path in printed.produced:
        path.unlink(missing_ok=True)


@pytest.fixture
def spare_cups_queue() -> Iterator[str]:
    """A second cups-pdf queue this test may stop or close; removed afterwards."""
    import subprocess
    import uuid

    name = f"WH_TEST_{uuid.uuid4().hex[:8]}"
    subprocess.run(
        [
            "lpadmin",
            "-p",
            name,
            "-v",
            "cups-pdf:/",
            "-P",
            "/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd",
            "-E",
        ],
        capture_output=True,
        check=True,
    )
    yield name
    subprocess.run(["cancel", "-a", name], capture_output=True, check=False)
    subprocess.run(["lpadmin", "-x", name], capture_output=True, check=False)


@pytest.fixture
def unanswering_address() -> Iterator[str]:
    """A printer that never completes a connection: its accept queue is already full, so
    the kernel drops new connection requests, as with a printer hung mid-boot."""
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(0)
    address = server.getsockname()
    first = socket.create_connection(address, timeout=5)
    yield f"127.0.0.1:{address[1]}"
    first.close()
    server.close()


class SocatScanner:
    """The scanner as socat makes it: `socat pty,link=A pty,link=B`; the reader opens A,
    the test types into B.  Killing socat unplugs; a new socat on the same links replugs."""

    def __init__(self, folder: Path) -> None:
        self.link = folder / "ttyScanner"
        self.far_end = folder / "ttyTest"
        self.process: subprocess.Popen[bytes] | None = None
        self._writer: int | None = None

    def plug(self, timeout: float = 10.0) -> None:
        import shutil
        import time

        socat = shutil.which("socat")
        assert socat, "socat is not installed (apt-get install socat)"
        self.process = subprocess.Popen(
            [
                socat,
                f"pty,raw,echo=0,link={self.link}",
                f"pty,raw,echo=0,link={self.far_end}",
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + timeout
        while not (self.link.exists() and self.far_end.exists()):
            assert time.monotonic() < deadline, "socat made no ptys"
            # Waiting for another process to create its links; there is no event for it.
            time.sleep(0.02)
        self._writer = os.open(self.far_end, os.O_WRONLY | os.O_NOCTTY)

    def write(self, data: bytes) -> None:
        assert self._writer is not None
        os.write(self._writer, data)

    def unplug(self) -> None:
        if self._writer is not None:
            os.close(self._writer)
            self._writer = None
        if self.process is not None:
            self.process.terminate()
            self.process.wait(10)
            self.process = None


@pytest.fixture
def socat_scanner(tmp_path: Path) -> Iterator[SocatScanner]:
    scanner = SocatScanner(tmp_path)
    scanner.plug()
    yield scanner
    scanner.unplug()
