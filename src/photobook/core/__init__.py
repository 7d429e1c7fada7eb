"""Plain Python: dates, reigns, themes, search text. No database, no Qt."""
