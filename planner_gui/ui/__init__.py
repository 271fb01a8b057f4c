"""The Qt layer: item models over the domain, undo commands, widgets and the main window.

`models/` adapts the plan (the one write path to it), `commands/` turns menu edits into undo
commands, `editor/`, `panels/` and `dialogs/` are the widgets, `export/` makes, previews and
prints the handout off the GUI thread, and `main_window`, `document` and `app` wire them up.
"""
