"""Labels and reports: barcodes, label layouts, the stock sheet, van manifest and needs list.

Imports the core (`warehouse_desktop`) only, never Qt.  Importing the package registers
its message keys so the command line and the window can render its errors.
"""

from reports.messages import register_messages

register_messages()
