"""The bundled feedback sounds are the ones the generator makes, and play or beep."""

from __future__ import annotations

import wave

from ui.sounds import SOUNDS_DIR, Feedback, generate_sounds


def test_bundled_sounds_match_the_generator(tmp_path) -> None:
    made = generate_sounds(tmp_path)
    for name, path in made.items():
        bundled = SOUNDS_DIR / f"{name}.wav"
        assert bundled.read_bytes() == path.read_bytes()
        with wave.open(str(bundled)) as sound:
            seconds = sound.getnframes() / sound.getframerate()
            assert 0.1 < seconds < 0.6  # short enough not to lag behind the next scan


def test_ok_and_error_are_told_apart_and_can_be_switched_off(qapp) -> None:
    feedback = Feedback(use_audio=False)
    feedback.play(True)
    feedback.play(False)
    feedback.set_enabled(False)
    feedback.play(False)
    assert feedback.played == ["ok", "error"]
