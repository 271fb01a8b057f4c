"""The window's named edits: each a QUndoCommand wrapping one domain operation.

One module per thing edited: `items`, `sessions`, `weeks` and the whole `program`. The classes
only translate what a menu or dialog knows (positions, a chosen day, a progression) into an
operation from `domain.editing`; applying, undoing and the undo text all come from the
operation (see ui/models/undo.py).
"""
