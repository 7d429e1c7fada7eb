"""Item models and the browsing state the views listen to (no widgets here)."""
