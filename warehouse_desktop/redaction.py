"""Database passwords never reach a person, a log or a crash report.

A URL such as ``postgresql://bench:secret@server/warehouse`` or
``postgresql://server/warehouse?user=bench&password=secret`` is shown with the password
replaced by ``***``; so is a libpq ``password=secret`` setting quoted in a driver error.
"""

from __future__ import annotations

import re

HIDDEN = "***"

# scheme://user:password@host — the password is everything up to the last @ of the authority.
# Quantifiers are bounded so a huge text (a 1 MB name in an error) is scanned in linear time.
_USERINFO = re.compile(
    r"(?P<head>\b[A-Za-z][A-Za-z0-9+.\-]{0,30}://[^\s:/@?#]{0,256}:)(?P<secret>[^\s/?#]{0,1024})@"
)
# ?password=… or &password=… in a URL query; password=… in a libpq key/value string.
_PARAM = re.compile(
    r"(?P<head>(?:[?&;]|\b)(?:password|passwd|pass|pwd)\s{0,8}=\s{0,8})(?P<secret>'(?:[^'\\]|\\.)*'|[^\s&;#']*)",
    re.IGNORECASE,
)


def redact_secrets(text: str) -> str:
    """`text` with every database password in it replaced by ***."""
    if not text:
        return text
    if "://" in text:
        text = _USERINFO.sub(lambda m: f"{m.group('head')}{HIDDEN}@", text)
    lowered = text.lower()
    if "pass" in lowered or "pwd" in lowered:
        text = _PARAM.sub(lambda m: f"{m.group('head')}{HIDDEN}", text)
    return text
