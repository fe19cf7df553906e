"""The seven guardrails: "may I do this now?" answered with allow, warn or block."""

from reinstate.guard.decide import Action, Decision, Verdict, contact_counts, decide

__all__ = ["Action", "Decision", "Verdict", "contact_counts", "decide"]
