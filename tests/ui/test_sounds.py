"""The bundled feedback sounds are the ones the generator makes; the three kinds are told
apart; a machine without any audio output stays quiet on the terminal and beeps."""

from __future__ import annotations

import os
import subprocess
import sys
import wave
from pathlib import Path

from PySide6.QtWidgets import QApplication

from ui.sounds import KINDS, SOUNDS_DIR, Feedback, generate_sounds

ROOT = Path(__file__).resolve().parents[2]


def test_bundled_sounds_match_the_generator(tmp_path) -> None:
    made = generate_sounds(tmp_path)
    assert set(KINDS) <= set(made)
    for name, path in made.items():
        bundled = SOUNDS_DIR / f"{name}.wav"
        assert bundled.read_bytes() == path.read_bytes()
        if name not in KINDS:
            continue
        with wave.open(str(bundled)) as sound:
            seconds = sound.getnframes() / sound.getframerate()
            assert 0.1 < seconds < 0.6  # short enough not to lag behind the next scan


def test_ok_confirm_and_error_are_told_apart_and_can_be_switched_off(qapp, monkeypatch) -> None:
    beeps: list[bool] = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: beeps.append(True)))
    feedback = Feedback(use_audio=False)
    feedback.play(True)
    feedback.play_confirm()
    feedback.play(False)
    feedback.play("ok")
    feedback.play_error()
    feedback.play_ok()
    feedback.play("confirm")
    assert feedback.played == ["ok", "confirm", "error", "ok", "error", "ok", "confirm"]
    assert beeps == [True, True]  # without audio only an error beeps
    feedback.set_enabled(False)
    feedback.play(False)
    feedback.play_confirm()
    assert len(feedback.played) == 7


def test_no_audio_output_means_a_beep_and_no_warning_on_the_terminal(tmp_path) -> None:
    script = (
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from ui.sounds import Feedback\n"
        "feedback = Feedback()\n"
        "print(feedback.has_audio)\n"
        "feedback.play_ok(); feedback.play_confirm(); feedback.play_error()\n"
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PULSE_SERVER": f"unix:{tmp_path}/no-such-server",  # no sound server answers
        "PYTHONPATH": str(ROOT),
    }
    env.pop("QT_LOGGING_RULES", None)
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, cwd=ROOT, capture_output=True, text=True,
        timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"
    assert "QSoundEffect" not in done.stderr
    assert "not supported" not in done.stderr
    assert "PulseAudio" not in done.stderr
