"""The window's few visual touches; colours come from the palette so dark themes still work."""

STYLE_SHEET = """
QLabel#sectionHeading { font-size: 17pt; font-weight: 600; margin-top: 4px; }
QLabel#sectionHint { color: palette(placeholder-text); margin-bottom: 6px; }
QLabel#subHeading { font-weight: 600; margin-top: 10px; }
QLabel#emptyState { color: palette(placeholder-text); font-style: italic; padding: 18px 4px; }
QLabel#demandNumber { font-size: 15pt; font-weight: 700; color: #C8102E; min-width: 26px; }
QLineEdit#demandHeading { font-weight: 600; }
QLabel#grip { color: palette(placeholder-text); font-size: 13pt; padding: 0 4px; }
QLabel#count, QLabel#pageCount { color: palette(placeholder-text); }
QFrame#card { border: 1px solid palette(mid); border-radius: 6px; background: palette(base); }
QFrame#dropMarker { background: palette(highlight); }
QListWidget#navigation {
    border: none; border-right: 1px solid palette(mid); padding-top: 8px; font-size: 11pt;
}
QListWidget#navigation::item { padding: 7px 12px; }
QListWidget#previewProblems { border: none; border-top: 1px solid palette(mid); }
"""
