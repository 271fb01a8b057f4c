"""The Qt layer: item models over the domain, undo commands, widgets and the main window."""
