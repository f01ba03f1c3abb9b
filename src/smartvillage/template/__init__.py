"""Blank questionnaires for villages to fill in, one module per format."""
