"""Fonts shipped with the program: DejaVu Sans for Latin, Greek and Cyrillic (see
LICENSE-DejaVu.txt), Noto Sans Arabic (Arabic, Persian, Pashto, Kurdish Sorani) and Noto
Sans Ethiopic (Tigrinya, Amharic), both under the SIL Open Font License (LICENSE-Noto-OFL.txt)."""
