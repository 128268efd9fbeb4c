"""Every message key the hardware package raises has an English text in the core table."""

from __future__ import annotations

import re
from pathlib import Path

import hardware
from hardware.messages import HARDWARE_MESSAGES
from warehouse_desktop.messages import MESSAGES

SOURCE = Path(hardware.__file__).parent


def test_every_raised_key_has_a_text() -> None:
    raised = set()
    for path in SOURCE.glob("*.py"):
        if path.name == "wedge.py":  # the UI helper's module, with its own keys
            continue
        raised |= set(re.findall(r'Error\(\s*"([a-z0-9_]+)"', path.read_text(encoding="utf-8")))
    assert raised, "found no raised keys: the pattern is wrong"
    assert raised <= set(HARDWARE_MESSAGES), raised - set(HARDWARE_MESSAGES)
    for key, text in HARDWARE_MESSAGES.items():
        assert MESSAGES[key] == text
