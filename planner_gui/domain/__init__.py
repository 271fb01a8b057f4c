"""The pure-Python heart of Brace Planner: models, files, metrics and rules.

Nothing under this package imports Qt or reportlab, so every rule and file format can be
tested and reused without a display.
"""
