"""What archivists do to the catalog: edits, batch edits, import/export. fn(session, …)."""
