"""Scan feedback sounds: one for each colour of the banner.

- ok (green): a bright rising two-note chirp, 1320 then 1760 Hz;
- confirm (amber, "scan it again to confirm"): two short mid beeps at 880 Hz;
- error (red): a long low 220 Hz buzz, twice.

They differ in pitch and in length, so a volunteer who is not looking at the screen still
tells them apart.  The WAV files in `resources/sounds/` are made by `generate_sounds`
(Python's wave module, no recording needed) as 16-bit PCM, 48 kHz, stereo: the format
every audio back-end of QtMultimedia takes as it is (PulseAudio and PipeWire mix at
48 kHz stereo by default, the Windows mixer too).

They are played with QtMultimedia's QSoundEffect on the default audio output.  A machine
with no audio output at all (no sound card, no sound server) gets the system beep for an
error instead, and no warning on the terminal: a QSoundEffect made without a device only
says "playback of this format is not supported".

Loading QtMultimedia (and its FFmpeg and audio back-ends) takes tens of milliseconds, so
the window asks for `deferred=True` and calls `load_audio()` once it is up; until then an
error still beeps.
"""

from __future__ import annotations

import math
import struct
import sys
import typing
import wave
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import (
    QLoggingCategory,
    QMessageLogContext,
    QObject,
    QtMsgType,
    QUrl,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication

if typing.TYPE_CHECKING:
    # Imported when the sounds load, not at start-up.
    from PySide6.QtMultimedia import QSoundEffect

T = TypeVar("T")
SOUNDS_DIR = Path(__file__).resolve().parent.parent / "resources" / "sounds"
RATE = 48000
CHANNELS = 2
KINDS = ("ok", "confirm", "error")
# What each sound is made of: (frequency in Hz, seconds) pieces, 0 Hz being silence.
TONES: dict[str, tuple[list[tuple[float, float]], bool]] = {
    "ok": ([(1320.0, 0.06), (1760.0, 0.09)], False),
    "confirm": ([(880.0, 0.09), (0.0, 0.06), (880.0, 0.09)], False),
    "error": ([(220.0, 0.18), (0.0, 0.05), (220.0, 0.25)], True),  # square: a buzz
    # Played once, unheard, as soon as the sounds are loaded: the audio output opens its
    # stream on the first sound (half a second on PulseAudio), which would otherwise
    # delay the first scan's sound into the second's.
    "silence": ([(0.0, 0.05)], False),
}


def _tone(pieces: list[tuple[float, float]], *, square: bool = False) -> bytes:
    frames = bytearray()
    for freq, seconds in pieces:
        count = int(RATE * seconds)
        for i in range(count):
            t = i / RATE
            wave_value = math.sin(2 * math.pi * freq * t)
            if square:
                wave_value = 1.0 if wave_value > 0 else -1.0 if wave_value < 0 else 0.0
            # Short fade in/out so the sound does not click.
            envelope = min(1.0, i / 400, (count - i) / 400)
            sample = struct.pack("<h", int(wave_value * envelope * 0.5 * 32767))
            frames += sample * CHANNELS
    return bytes(frames)


def generate_sounds(folder: Path = SOUNDS_DIR) -> dict[str, Path]:
    """Write ok.wav, confirm.wav, error.wav (and silence.wav) into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    paths: dict[str, Path] = {}
    for name in TONES:
        pieces, square = TONES[name]
        path = folder / f"{name}.wav"
        with wave.open(str(path), "wb") as out:
            out.setnchannels(CHANNELS)
            out.setsampwidth(2)
            out.setframerate(RATE)
            out.writeframes(_tone(pieces, square=square))
        paths[name] = path
    return paths


def _quiet_backend_probing() -> None:
    """QtMultimedia tells the terminal which audio libraries it did not find (PipeWire on
    a PulseAudio machine) and which FFmpeg it uses: noise for a volunteer.  Rules set in
    QT_LOGGING_RULES still win, for whoever debugs sound."""
    QLoggingCategory.setFilterRules(
        "qt.multimedia.symbolsresolver.warning=false\nqt.multimedia.ffmpeg.info=false"
    )


def _without_server_complaints(find: Callable[[], T]) -> T:
    """`find()`, minus the warning Qt's PulseAudio back-end prints when no sound server
    answers (a machine without sound): the beep stands in, nothing is wrong."""

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if message.startswith("PulseAudioService:"):
            return
        if previous is not None:
            previous(kind, context, message)
        else:
            sys.stderr.write(message + "\n")

    previous = qInstallMessageHandler(handler)
    try:
        return find()
    finally:
        qInstallMessageHandler(previous)


class Feedback(QObject):
    """Plays the ok, confirm or error sound; `enabled` is the Settings switch.

    `audio_ready` is emitted once the sounds are loaded and the audio output is open."""

    audio_ready = Signal()

    def __init__(
        self, parent: QObject | None = None, *, use_audio: bool = True, deferred: bool = False
    ) -> None:
        super().__init__(parent)
        self.enabled = True
        self.played: list[str] = []  # what was played, for tests and the scan log
        self._effects: dict[str, QSoundEffect] = {}
        self._audio_loaded = False
        self.is_audio_ready = False
        self._warm_up: QSoundEffect | None = None
        if use_audio and not deferred:
            self.load_audio()

    def load_audio(self) -> bool:
        """Load the sound effects now (once); True if audio plays from here on."""
        if not self._audio_loaded:
            self._audio_loaded = True
            self._effects = self._load_effects()
        return self.has_audio

    def _load_effects(self) -> dict[str, QSoundEffect]:
        _quiet_backend_probing()
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError:  # no audio library on this machine
            return {}
        device = _without_server_complaints(QMediaDevices.defaultAudioOutput)
        if device.isNull():
            return {}  # nowhere to play: the beep stands in
        effects: dict[str, QSoundEffect] = {}
        for name in KINDS:
            path = SOUNDS_DIR / f"{name}.wav"
            if path.exists():
                effect = QSoundEffect(device, self)
                effect.setSource(QUrl.fromLocalFile(str(path)))
                effects[name] = effect
        if effects:
            self._open_output(QSoundEffect(device, self))
        return effects

    def _open_output(self, silence: QSoundEffect) -> None:
        """Play the silent sound once, so that the output is open before the first scan."""
        self._warm_up = silence
        played = False

        def status_changed() -> None:
            nonlocal played
            status = silence.status().name
            if status == "Ready" and not played:
                played = True
                silence.play()
            elif status == "Error":
                self._ready()

        def playing_changed() -> None:
            if played and not silence.isPlaying():
                self._ready()

        silence.statusChanged.connect(status_changed)
        silence.playingChanged.connect(playing_changed)
        silence.setSource(QUrl.fromLocalFile(str(SOUNDS_DIR / "silence.wav")))

    def _ready(self) -> None:
        if not self.is_audio_ready:
            self.is_audio_ready = True
            self.audio_ready.emit()

    def set_enabled(self, on: bool) -> None:
        self.enabled = on

    @property
    def has_audio(self) -> bool:
        return bool(self._effects)

    def play(self, kind: bool | str) -> None:
        """Play `kind`: "ok", "confirm" or "error" (True and False mean ok and error)."""
        if not self.enabled:
            return
        if isinstance(kind, bool):
            name = "ok" if kind else "error"
        else:
            name = kind if kind in KINDS else "error"
        self.played.append(name)
        effect = self._effects.get(name)
        if effect is not None:
            effect.play()
        elif name == "error":
            # Without audio (or before it has loaded) only the error is worth a beep: a
            # beep for every good scan would be noise.
            QApplication.beep()

    def play_ok(self) -> None:
        self.play("ok")

    def play_confirm(self) -> None:
        self.play("confirm")

    def play_error(self) -> None:
        self.play("error")
