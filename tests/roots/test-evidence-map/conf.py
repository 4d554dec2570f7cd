# the bundled data and article; no entity pages (the map alone, built fast)
extensions = ["myst_parser", "kzref.sphinx"]
kzref_generate_pages = False
exclude_patterns = ["_build"]
