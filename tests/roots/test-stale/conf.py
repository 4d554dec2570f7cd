# Pages that once went stale after an edit (tests/test_sphinx_stale.py).
import os

extensions = ["kzref.sphinx"]
kzref_data_path = os.environ["KZREF_TEST_DATA"]
kzref_base_url = "https://example.org/kzref/"
exclude_patterns = ["_build"]
suppress_warnings = ["kzref.no_graphviz", "kzref.unknown_id", "kzref.redirected_id"]
