"""Account health: the Selling Partner API's Account Health report, its history and alerts.

`reinstate health import|pull|show|watch|login` (commands.py) are thin shells over these modules:
report.py reads and validates the report, ledger.py keeps snapshots, alerts.py turns a snapshot
(and the one before it) into findings of the H rules, deliver.py sends them, spapi.py talks to
Amazon, vault.py keeps credentials encrypted, episodes.py opens a draft case on a deactivation.
"""
