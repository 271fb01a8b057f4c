"""The window's named edits: each a QUndoCommand wrapping one domain operation."""
