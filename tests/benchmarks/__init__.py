"""Speed and memory benchmarks, run on their own: ``python -m tests.benchmarks``.

Kept out of the default test run (pytest ignores this folder): tests never assert timings.
"""
