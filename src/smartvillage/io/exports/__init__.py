"""Reading what survey platforms export (ODK Central, KoboToolbox, Google Forms, Microsoft
Forms) into the village table that ``batch`` validates row by row."""
