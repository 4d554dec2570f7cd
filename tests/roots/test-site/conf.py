import os

extensions = ["myst_parser", "kzref.sphinx"]
kzref_data_path = os.environ["KZREF_TEST_DATA"]
kzref_base_url = "https://example.org/kzref/"
exclude_patterns = ["_build"]
