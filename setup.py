"""Build step: compile the translations (.ts -> .qm) before the package files are collected.

Everything else about the package is in pyproject.toml.  setuptools runs build_py for a
wheel and, in editable mode, for `pip install -e .` too, so the .qm files exist after
either install (they are not kept in git).
"""

import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

sys.path.insert(0, str(Path(__file__).resolve().parent / "scripts"))
from build_translations import build_qm


class BuildWithTranslations(build_py):
    def run(self) -> None:
        build_qm()
        super().run()


setup(cmdclass={"build_py": BuildWithTranslations})
