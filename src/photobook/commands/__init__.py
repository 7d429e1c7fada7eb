"""Handlers of the command line's subcommands, one module each (cli.py parses and dispatches)."""
