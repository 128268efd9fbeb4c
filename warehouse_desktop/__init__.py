"""The warehouse core: configuration, database, domain services and command line (no Qt)."""

__version__ = "0.1.0"
