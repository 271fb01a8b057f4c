"""Export PDF, Print Preview and Print from the window: the handout made off the GUI thread."""
