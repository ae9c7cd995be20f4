"""One form per part of the statement, each a page the window shows in one click."""
