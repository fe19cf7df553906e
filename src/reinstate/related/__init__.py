"""Related accounts: which accounts Amazon can link, through which shared details, how strongly.

reinstate explains links so that they can be disclosed truthfully in an appeal; it never advises
how to hide them. Heavy libraries (DuckDB, Splink, Spark, scipy) load only when linking runs.

    from reinstate.related import check, links_for_candidate, load_accounts
    accounts, problems = load_accounts("accounts.csv")
    report = check(accounts, account_id="A1", problems=problems)   # or candidate={...}
    report.to_json()                                                # envelope("related", ...)
"""

from reinstate.related.check import RelatedReport, check, links_for_candidate
from reinstate.related.load import from_records, load_accounts
from reinstate.related.model import Account, Cluster, Evidence, Link, Path, Problem, Value

__all__ = [
    "Account",
    "Cluster",
    "Evidence",
    "Link",
    "Path",
    "Problem",
    "RelatedReport",
    "Value",
    "check",
    "from_records",
    "links_for_candidate",
    "load_accounts",
]
