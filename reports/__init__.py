"""Labels and reports: barcodes, label layouts, the stock sheet, van manifest and needs list.

Imports the core (`warehouse_desktop`) only, never Qt.  Importing the package declares
its message keys and label words (`reports.messages`) so the command line and the window
can render its errors.
"""

import reports.messages  # noqa: F401 - declares the package's words
