"""The command-line interface: ``app`` holds the Typer app, one module per command."""
