"""Readers for every input format, and the safety checks they share."""
