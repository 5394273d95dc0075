"""The data page's own script and styles (package data, copied into outputs/assets/)."""
