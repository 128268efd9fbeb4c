"""Scanners and printers: the serial scanner reader, the keyboard-wedge decoder, and the
printer backends (system print queue, raw TCP, file) with their job queue.

Importing the package registers its message keys with the core so errors raised here
render as one clear English line on the command line.
"""

from hardware.messages import register_hardware_messages

register_hardware_messages()
