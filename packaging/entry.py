"""The frozen app's entry point: the same ``newsletter-desk`` command as the pip install."""

import multiprocessing
import sys

from desktop.launcher import main

if __name__ == "__main__":
    # DKIM's RSA signing runs in a spawned process (engine.mail.dkim.SigningPool); in a frozen
    # app that process starts this same executable, which must then run the pool's worker.
    multiprocessing.freeze_support()
    sys.exit(main())
