"""kzref's benchmarks: import, data and documentation builds against their baselines.

``python -m benchmarks [--quick]`` (or ``nox -s bench``); see :mod:`benchmarks.harness`.
"""
