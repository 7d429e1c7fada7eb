"""photobook: a desktop archive viewer for a historical photo book."""

__version__ = "0.1.0"
