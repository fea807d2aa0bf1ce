"""The frozen app's entry point: the same ``newsletter-desk`` command as the pip install."""

import sys

from desktop.launcher import main

if __name__ == "__main__":
    sys.exit(main())
