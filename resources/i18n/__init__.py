"""Qt Linguist sources of the program's words (warehouse_LANG.ts) and, after a build, the
compiled .qm files the window loads."""
