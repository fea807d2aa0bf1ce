"""The job scheduler: the same jobs run in the window's threads and in ``run-jobs``."""
