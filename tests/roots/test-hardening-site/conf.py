# A site of generated reference pages only; kzref_data_path is given by the test
# ("" — the default — builds the bundled records).
project = "kzref hardening"
extensions = ["myst_parser", "kzref.sphinx"]
kzref_base_url = "https://example.org/kzref/"
exclude_patterns = ["_build"]
suppress_warnings = ["kzref.no_graphviz"]
