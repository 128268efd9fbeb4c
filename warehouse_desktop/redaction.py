"""Database passwords never reach a person, a log or a crash report.

A URL such as ``postgresql://bench:secret@server/warehouse`` or
``postgresql://server/warehouse?user=bench&password=secret`` is shown with the password
replaced by ``***``; so is a libpq ``password=secret`` setting quoted in a driver error.
"""

from __future__ import annotations

import re

HIDDEN = "***"

# scheme://user:password@host — the password is everything up to the last @ of the authority.
_USERINFO = re.compile(r"(?P<head>[A-Za-z][A-Za-z0-9+.\-]*://[^\s:/@?#]*:)(?P<secret>[^\s/?#]*)@")
# ?password=… or &password=… in a URL query; password=… in a libpq key/value string.
_PARAM = re.compile(
    r"(?P<head>(?:[?&;]|\b)(?:password|passwd|pass|pwd)\s*=\s*)(?P<secret>'(?:[^'\\]|\\.)*'|[^\s&;#']*)",
    re.IGNORECASE,
)


def redact_secrets(text: str) -> str:
    """`text` with every database password in it replaced by ***."""
    if not text:
        return text
    text = _USERINFO.sub(lambda m: f"{m.group('head')}{HIDDEN}@", text)
    return _PARAM.sub(lambda m: f"{m.group('head')}{HIDDEN}", text)
