"""The panes beside the editor: the exercise catalog, the findings and the load chart."""
