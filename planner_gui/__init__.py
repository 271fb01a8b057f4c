"""Brace Planner: build, check and print back-friendly training programs."""

__version__ = "0.1.0"
