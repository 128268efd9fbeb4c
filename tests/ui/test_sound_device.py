"""The feedback sounds reach a real audio device, and can be told apart by ear.

A private PulseAudio server with a null sink stands in for the sound card; parecord
records the sink's monitor while the bench window (a child process) plays ok, confirm
and error.  The recording is cut at its silences into three sounds, each checked for
its pitch and length.
"""

from __future__ import annotations

import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
import time
import wave
from array import array
from collections.abc import Iterator
from pathlib import Path

import pytest

from ui.sounds import CHANNELS, KINDS, RATE, SOUNDS_DIR

ROOT = Path(__file__).resolve().parents[2]
SINK = "bench_speaker"
RECORD_RATE = 48000
WINDOW = RECORD_RATE // 50  # 20 ms


def _wait_for(check, what: str, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


@pytest.fixture
def pulse_server() -> Iterator[dict[str, str]]:
    """A PulseAudio server of our own (root or not), its default sink a null sink."""
    assert shutil.which("pulseaudio"), "pulseaudio missing: see scripts/system-packages.txt"
    # A short folder: a unix socket path must stay under 108 bytes.
    folder = Path(tempfile.mkdtemp(prefix="pa-"))
    socket = folder / "native"
    config = folder / "bench.pa"
    config.write_text(
        f"load-module module-null-sink sink_name={SINK} rate={RECORD_RATE} channels=2\n"
        f"load-module module-native-protocol-unix auth-anonymous=1 socket={socket}\n"
        f"set-default-sink {SINK}\n"
    )
    env = {
        **os.environ,
        "HOME": str(folder),
        "XDG_RUNTIME_DIR": str(folder),
        "XDG_CONFIG_HOME": str(folder),
        "PULSE_SERVER": f"unix:{socket}",
    }
    server = subprocess.Popen(
        ["pulseaudio", "--daemonize=no", "--exit-idle-time=-1", "--disallow-exit", "-n",
         "-F", str(config), "--log-target=stderr", "--log-level=error"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    assert server.stderr is not None
    try:
        _wait_for(
            lambda: (
                subprocess.run(["pactl", "info"], env=env, capture_output=True).returncode == 0
                or server.poll() is not None
            ),
            "the PulseAudio server",
        )
        assert server.poll() is None, server.stderr.read().decode()
        yield env
    finally:
        server.terminate()
        server.wait(10)
        server.stderr.close()
        shutil.rmtree(folder, ignore_errors=True)


def _record_while(env: dict[str, str], out: Path, run) -> subprocess.CompletedProcess:
    recorder = subprocess.Popen(
        ["parecord", "--raw", "--format=s16le", f"--rate={RECORD_RATE}", "--channels=1",
         f"--device={SINK}.monitor", str(out)],
        env=env, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        _wait_for(
            lambda: subprocess.run(
                ["pactl", "list", "short", "source-outputs"], env=env, capture_output=True,
                text=True,
            ).stdout.strip() != "",
            "parecord to connect",
        )  # fmt: skip
        return run()
    finally:
        recorder.terminate()
        recorder.wait(10)


def _pitch(piece: array) -> float:
    """Hz, from how often the wave crosses zero (fine for tones and square buzzes)."""
    crossings = sum(1 for a, b in zip(piece, piece[1:], strict=False) if (a < 0) != (b < 0))
    return crossings / 2 / (len(piece) / RECORD_RATE)


def _kind_of(pitch: float) -> str:
    if pitch > 1200:
        return "ok"
    if 750 < pitch < 1000:
        return "confirm"
    if 150 < pitch < 300:
        return "error"
    return "?"


def _heard(samples: array) -> list[tuple[str, float]]:
    """What the recording holds, in order: (which sound by its pitch, seconds heard).

    Judged 20 ms at a time.  Windows that straddle a sound's edge (part silence, part
    tone) have no clear pitch and are left out, as is a lone window of one kind between
    others (a click where a stream starts); silences are not relied on either, as a sound
    server may start one sound late and close the gap to the next."""
    kinds: list[str] = []
    for start in range(0, len(samples) - WINDOW, WINDOW):
        piece = samples[start : start + WINDOW]
        if math.sqrt(sum(s * s for s in piece) / WINDOW) >= 500:
            kinds.append(_kind_of(_pitch(piece)))
    runs: list[list] = []
    for kind in kinds:
        if runs and runs[-1][0] == kind:
            runs[-1][1] += 1
        else:
            runs.append([kind, 1])
    merged: list[list] = []
    for kind, count in runs:
        if kind == "?" or count == 1:
            continue
        if merged and merged[-1][0] == kind:
            merged[-1][1] += count
        else:
            merged.append([kind, count])
    return [(kind, count * WINDOW / RECORD_RATE) for kind, count in merged]


def test_bundled_sounds_are_16_bit_pcm_at_48_khz_stereo() -> None:
    for kind in KINDS:
        with wave.open(str(SOUNDS_DIR / f"{kind}.wav")) as sound:
            assert (sound.getsampwidth(), sound.getframerate(), sound.getnchannels()) == (
                2, RATE, CHANNELS,
            )  # fmt: skip
            assert RATE == 48000 and CHANNELS == 2


def test_ok_confirm_and_error_reach_the_sound_card_and_sound_different(
    pulse_server: dict[str, str], warehouse_db: Path, tmp_path: Path
) -> None:
    recording = tmp_path / "monitor.raw"
    env = {**pulse_server, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    env.pop("QT_LOGGING_RULES", None)

    def play() -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "tests.support.play_sounds", str(warehouse_db),
             str(tmp_path / "settings.ini")],
            env=env, cwd=ROOT, capture_output=True, text=True, timeout=120,
        )  # fmt: skip

    child = _record_while(pulse_server, recording, play)
    assert child.returncode == 0, child.stderr
    report = json.loads(child.stdout.strip().splitlines()[-1])
    assert report["has_audio"] is True
    assert report["status"] == {"ok": "Ready", "confirm": "Ready", "error": "Ready"}
    assert report["played"] == ["ok", "confirm", "error"]
    # Nothing about sound on the terminal: no unsupported format, no back-end probing.
    assert "not supported" not in child.stderr
    assert "QSoundEffect" not in child.stderr
    assert "pipewire" not in child.stderr.lower()

    samples = array("h", recording.read_bytes())
    if sys.byteorder == "big":
        samples.byteswap()
    heard = _heard(samples)
    assert [kind for kind, _ in heard] == ["ok", "confirm", "error"], heard
    ok, confirm, error = (seconds for _, seconds in heard)
    # Length too: each is heard whole, and the error buzz drags on far longer.
    assert ok >= 0.08 and confirm >= 0.08, heard
    assert 0.3 < error < 0.6 and error > 1.8 * max(ok, confirm), heard
