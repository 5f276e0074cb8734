"""Build hook: ship the report notebook inside the package.

``notebooks/analyze-article.ipynb`` is the one copy in the repository; a
built wheel carries it as ``claimlib/templates/analyze-article.ipynb`` so an
installed claimlib can run ``claimlib report`` (see claimlib.report).
"""
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

REPORT_NOTEBOOK = Path("notebooks") / "analyze-article.ipynb"


class BuildWithReportNotebook(build_py):
    """build_py, then copy the report notebook into the built package."""

    def run(self):
        super().run()
        if REPORT_NOTEBOOK.is_file():
            target = Path(self.build_lib) / "claimlib" / "templates"
            target.mkdir(parents=True, exist_ok=True)
            shutil.copy2(REPORT_NOTEBOOK, target / REPORT_NOTEBOOK.name)


setup(cmdclass={"build_py": BuildWithReportNotebook})
