"""The painter behind ``tools/make_demo_archive.py``: scenes, period looks, metadata, the catalog."""
