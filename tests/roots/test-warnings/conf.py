import os

extensions = ["myst_parser", "kzref.sphinx"]
kzref_data_path = os.environ["KZREF_TEST_DATA"]
kzref_generate_pages = False
exclude_patterns = ["_build"]
