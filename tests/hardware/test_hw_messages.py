"""Every message key the hardware package raises is declared, in its own catalogue module."""

from __future__ import annotations

import re
from pathlib import Path

import hardware
from warehouse_desktop.words import CATALOGUE

SOURCE = Path(hardware.__file__).parent


def test_every_raised_key_has_a_text() -> None:
    raised = set()
    for path in SOURCE.glob("*.py"):
        if path.name == "wedge.py":  # the UI helper's module, with its own keys
            continue
        raised |= set(re.findall(r'Error\(\s*"([a-z0-9_]+)"', path.read_text(encoding="utf-8")))
    assert raised, "found no raised keys: the pattern is wrong"
    missing = {key for key in raised if key not in CATALOGUE}
    assert missing == set()
    for key in raised:
        assert CATALOGUE[key].origin.startswith("hardware.messages:"), key
