# Bad inputs of points 4 and 5 of issue 12 (tests/test_sphinx_inputs.py).
import os

extensions = ["kzref.sphinx"]
kzref_data_path = os.environ["KZREF_TEST_DATA"]
exclude_patterns = ["_build"]
suppress_warnings = ["kzref.no_graphviz"]
