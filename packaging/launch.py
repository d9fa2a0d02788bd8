"""The frozen app's entry point (PyInstaller): the same `main` as the installed scripts."""

import sys

from journal_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
