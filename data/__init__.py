"""The demo archive, installed as the package ``photobook.data`` (see setup.py).
Found at run time with ``photobook.core.paths.demo_archive_dir()``."""
