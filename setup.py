"""Puts the languages and the example catalogue into the wheel (everything else: pyproject.toml).

In the source tree they stay where staff and translators know them (``locales/``,
``content/``); an installed package finds them in ``bot/_shipped/`` (see ``bot/config.py``).
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
SHIPPED = ("locales", "content")
LEFT_OUT = shutil.ignore_patterns(".history", "*.mo", "__pycache__")


class BuildWithShippedData(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads them from the checkout
        for name in SHIPPED:
            target = Path(self.build_lib) / "bot" / "_shipped" / name
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(ROOT / name, target, ignore=LEFT_OUT)


setup(cmdclass={"build_py": BuildWithShippedData})
