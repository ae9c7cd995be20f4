"""The list of names in the window: its table, filter, tools and dialogs."""
