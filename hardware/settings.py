"""Machine settings for scanners and printers, behind a small Qt-free store interface.

`SettingsStore` is two methods on string keys and string values; the window backs it with
QSettings (`ui.printer_settings.QSettingsStore`), the command line and tests with
`JsonFileSettings` or `MemorySettings`.  `HardwareSettings` gives typed access:

    settings = HardwareSettings(JsonFileSettings(path))
    settings.set_printer_for("62x100", "system:Brother_QL")
    settings.printer_for("62x100")          -> "system:Brother_QL"
    settings.set_calibration_offset("system:Brother_QL", (1.5, -0.5))   # mm right, down
    settings.set_scanners([ScannerConfig("/dev/ttyACM0", 9600, b"\\r")])
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Protocol

from hardware.label_formats import PAGE_FORMATS
from hardware.serial_scanner import ScannerConfig
from warehouse_desktop.errors import InputError

# Offsets beyond this are a typo, not a printer's misalignment.
MAX_OFFSET_MM = 20.0


class SettingsStore(Protocol):
    def get(self, key: str) -> str | None: ...

    def set(self, key: str, value: str | None) -> None:
        """Store `value`; None removes the key."""


class MemorySettings:
    """Settings kept in a dict (tests, one-off command line runs)."""

    def __init__(self, values: dict[str, str] | None = None) -> None:
        self.values = dict(values or {})

    def get(self, key: str) -> str | None:
        return self.values.get(key)

    def set(self, key: str, value: str | None) -> None:
        if value is None:
            self.values.pop(key, None)
        else:
            self.values[key] = value


class JsonFileSettings(MemorySettings):
    """Settings in a small JSON file, written atomically on every change."""

    def __init__(self, path: Path) -> None:
        self.path = path
        values: dict[str, str] = {}
        try:
            loaded = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(loaded, dict):
                values = {str(k): str(v) for k, v in loaded.items()}
        except (OSError, ValueError):
            # A missing or damaged settings file means defaults, never a crash.
            values = {}
        super().__init__(values)

    def set(self, key: str, value: str | None) -> None:
        super().set(key, value)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(self.path.suffix + ".tmp")
        tmp.write_text(json.dumps(self.values, indent=2, sort_keys=True), encoding="utf-8")
        os.replace(tmp, self.path)


class HardwareSettings:
    """Typed scanner and printer settings over any `SettingsStore`."""

    PREFIX = "hardware/"

    def __init__(self, store: SettingsStore) -> None:
        self.store = store

    def _get(self, key: str) -> str | None:
        return self.store.get(self.PREFIX + key)

    def _set(self, key: str, value: str | None) -> None:
        self.store.set(self.PREFIX + key, value)

    # printers

    def printer_for(self, label_format: str) -> str | None:
        """The printer target for a label format, else the general default, else None."""
        return self._get(f"printer/{label_format}") or self._get("printer/default")

    def set_printer_for(self, label_format: str | None, target: str | None) -> None:
        """`label_format=None` sets the general default printer."""
        if label_format is not None and label_format not in PAGE_FORMATS:
            raise InputError(
                "print_label_format_unknown",
                format=label_format,
                formats=", ".join(PAGE_FORMATS),
            )
        self._set(f"printer/{label_format or 'default'}", target or None)

    def destination(self, label_format: str) -> tuple[str, tuple[float, float]]:
        """Where labels of this format go: (printer target, its calibration offset).

        The system's default printer (`system:`) when nothing was chosen.  Made for
        `PrintQueue.submit(path, target, offset_mm=offset)`.
        """
        target = self.printer_for(label_format) or "system:"
        return target, self.calibration_offset(target)

    def calibration_offset(self, target: str) -> tuple[float, float]:
        """How far (mm, right and down) to shift everything printed on `target`."""
        raw = self._get(f"offset/{target}")
        if not raw:
            return (0.0, 0.0)
        try:
            x_text, y_text = raw.split(",")
            return (_clamp(float(x_text)), _clamp(float(y_text)))
        except ValueError:
            return (0.0, 0.0)

    def set_calibration_offset(self, target: str, offset_mm: tuple[float, float]) -> None:
        x, y = offset_mm
        if abs(x) > MAX_OFFSET_MM or abs(y) > MAX_OFFSET_MM:
            raise InputError("print_offset_bad", maximum=f"{MAX_OFFSET_MM:g}")
        self._set(f"offset/{target}", f"{x:g},{y:g}" if (x, y) != (0, 0) else None)

    def raw_address(self) -> str:
        """The last raw printer address typed in (for the settings page)."""
        return self._get("raw_address") or ""

    def set_raw_address(self, address: str) -> None:
        self._set("raw_address", address.strip() or None)

    # scanners

    def scanners(self) -> list[ScannerConfig]:
        raw = self._get("scanners")
        if not raw:
            return []
        try:
            items = json.loads(raw)
            return [ScannerConfig.from_dict(item) for item in items if isinstance(item, dict)]
        except (ValueError, TypeError, InputError):
            return []

    def set_scanners(self, configs: list[ScannerConfig]) -> None:
        self._set("scanners", json.dumps([c.to_dict() for c in configs]) if configs else None)


def _clamp(value: float) -> float:
    return max(-MAX_OFFSET_MM, min(MAX_OFFSET_MM, value))
