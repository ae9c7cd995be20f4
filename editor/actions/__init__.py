"""What the command line and the window both do to a statement, written once and free of Qt.

Each action takes the model and plain values and returns what happened as data: what was
added, what was skipped as a duplicate of which entry, what was written with which problems.
None of them prints or asks; the fronts collect the choices and present the results.
"""
