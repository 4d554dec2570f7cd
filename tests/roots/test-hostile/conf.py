# kzref_data_path is given by the test (tests/fixtures/hostile-data, an absolute path)
extensions = ["myst_parser", "kzref.sphinx"]
kzref_base_url = "https://example.org/kzref/"
exclude_patterns = ["_build"]
suppress_warnings = ["kzref.no_graphviz"]
