"""Scan feedback sounds: a bright two-note chirp for OK, a low buzz for an error.

The WAV files in `resources/sounds/` are made by `generate_sounds` (Python's wave module,
no recording needed).  They are played with QtMultimedia's QSoundEffect where audio
works; anywhere it does not (no audio library, no device), the system beep stands in.

Loading QtMultimedia (and its FFmpeg and audio back-ends) takes tens of milliseconds, so
the window asks for `deferred=True` and calls `load_audio()` once it is up; until then an
error still beeps.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtWidgets import QApplication

SOUNDS_DIR = Path(__file__).resolve().parent.parent / "resources" / "sounds"
RATE = 22050


def _tone(freqs: list[tuple[float, float]], *, square: bool = False) -> bytes:
    frames = bytearray()
    for freq, seconds in freqs:
        count = int(RATE * seconds)
        for i in range(count):
            t = i / RATE
            wave_value = math.sin(2 * math.pi * freq * t)
            if square:
                wave_value = 1.0 if wave_value >= 0 else -1.0
            # Short fade in/out so the sound does not click.
            envelope = min(1.0, i / 200, (count - i) / 200)
            frames += struct.pack("<h", int(wave_value * envelope * 0.5 * 32767))
    return bytes(frames)


def generate_sounds(folder: Path = SOUNDS_DIR) -> dict[str, Path]:
    """Write ok.wav and error.wav into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    sounds = {
        "ok": _tone([(1320.0, 0.06), (1760.0, 0.09)]),
        "error": _tone([(220.0, 0.18), (0.0, 0.05), (220.0, 0.25)], square=True),
    }
    paths: dict[str, Path] = {}
    for name, frames in sounds.items():
        path = folder / f"{name}.wav"
        with wave.open(str(path), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(RATE)
            out.writeframes(frames)
        paths[name] = path
    return paths


class Feedback(QObject):
    """Plays the OK or error sound; `enabled` is the Settings switch."""

    def __init__(
        self, parent: QObject | None = None, *, use_audio: bool = True, deferred: bool = False
    ) -> None:
        super().__init__(parent)
        self.enabled = True
        self.played: list[str] = []  # what was played, for tests and the scan log
        self._effects: dict[str, object] = {}
        self._audio_loaded = False
        if use_audio and not deferred:
            self.load_audio()

    def load_audio(self) -> bool:
        """Load the sound effects now (once); True if audio plays from here on."""
        if not self._audio_loaded:
            self._audio_loaded = True
            self._effects = self._load_effects()
        return self.has_audio

    def _load_effects(self) -> dict[str, object]:
        try:
            from PySide6.QtMultimedia import QSoundEffect
        except ImportError:  # no audio library on this machine
            return {}
        effects: dict[str, object] = {}
        for name in ("ok", "error"):
            path = SOUNDS_DIR / f"{name}.wav"
            if path.exists():
                effect = QSoundEffect(self)
                effect.setSource(QUrl.fromLocalFile(str(path)))
                effects[name] = effect
        return effects

    def set_enabled(self, on: bool) -> None:
        self.enabled = on

    @property
    def has_audio(self) -> bool:
        return bool(self._effects)

    def play(self, ok: bool) -> None:
        if not self.enabled:
            return
        name = "ok" if ok else "error"
        self.played.append(name)
        effect = self._effects.get(name)
        if effect is not None:
            effect.play()  # type: ignore[attr-defined]
        elif not ok:
            # Without audio (or before it has loaded) only the error is worth a beep: two
            # beeps for OK would be noise.
            QApplication.beep()
