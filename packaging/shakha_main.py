"""The bundle's entry point (PyInstaller): the same `shakha` as the console script."""

import multiprocessing
import sys

from app.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # Windows: a frozen app's worker processes
    sys.exit(main())
