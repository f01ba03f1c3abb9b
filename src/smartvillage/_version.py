"""The tool's version, stamped into every report."""

__version__ = "0.2.0"
