"""Wizards: multi-page dialogs that build a whole plan and preview it with the window's own
panels (so they sit above the panels, below the main window that opens them)."""
