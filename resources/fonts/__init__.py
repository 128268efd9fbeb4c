"""Fonts shipped with the program (DejaVu Sans; see LICENSE-DejaVu.txt)."""
