"""The application's resources, installed as the package ``photobook.resources`` (see setup.py):
fonts, compiled translations, stylesheet, icon, .desktop file and AppStream metainfo.
Found at run time with ``photobook.core.paths.resources_dir()``."""
