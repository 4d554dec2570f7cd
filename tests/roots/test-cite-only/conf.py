import os

extensions = ["sphinx.ext.intersphinx", "myst_parser", "kzref.sphinx"]
kzref_data_path = os.environ["KZREF_TEST_DATA"]
kzref_generate_pages = False
# intersphinx_mapping is given by the test: a locally built objects.inv under a remote-looking URL
