"""Handlers of the command line's subcommands, one module each; ``photobook.cli`` parses the
arguments and dispatches here (it passes what the handlers need from it: they never import it)."""
