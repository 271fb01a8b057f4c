"""The window's dialogs: preferences, copy week forward, plan details, rules reference."""
