"""One directive per module; :func:`setup_directives` registers them on the domain."""
