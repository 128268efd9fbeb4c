"""Scanners and printers: the serial scanner reader, the keyboard-wedge decoder, and the
printer backends (system print queue, raw TCP, file) with their job queue.

Importing the package declares its message keys (`hardware.messages`) so errors raised
here render as one clear English line on the command line.
"""

import hardware.messages  # noqa: F401 - declares the package's words
