"""The amigo_client benchmark suite (``make bench``, ``make bench-quick``); see bench/suite.py."""
