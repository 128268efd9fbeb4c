"""Child process for the sound test: opens the bench window on a fresh warehouse, loads
its sounds and plays ok, confirm and error, spaced out, on the default audio output.

    python -m tests.support.play_sounds DB SETTINGS.ini

Prints one JSON line: whether audio loaded and the status of each effect.
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QSettings, QTimer

from ui.app import build_window
from warehouse_desktop.db import open_database
from warehouse_desktop.migrations import ensure_schema

GAP_MS = 700  # between two sounds: a volunteer's scans are never closer


def main(db: str, settings_path: str) -> int:
    open_database(db)
    ensure_schema()
    settings = QSettings(settings_path, QSettings.Format.IniFormat)
    session = build_window(settings=settings, audio=True, sign_in=False)
    feedback = session.window.feedback
    has_audio = feedback.load_audio()
    effects = feedback._effects
    report: dict[str, object] = {"has_audio": has_audio}
    plays = [feedback.play_ok, feedback.play_confirm, feedback.play_error]

    def step() -> None:
        # The sounds are loaded and the output is open (what the window waits for too).
        if not feedback.is_audio_ready:
            QTimer.singleShot(20, step)
            return
        report["status"] = {k: e.status().name for k, e in effects.items()}  # type: ignore[attr-defined]
        for number, play in enumerate(plays):
            QTimer.singleShot(GAP_MS * (number + 1), play)
        QTimer.singleShot(GAP_MS * (len(plays) + 2), session.app.quit)

    QTimer.singleShot(0, step)
    session.app.exec()
    report["played"] = feedback.played
    print(json.dumps(report), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
