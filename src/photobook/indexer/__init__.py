"""Walk source folders, read metadata and pixels, and catalogue what is there. Never writes to a source."""
