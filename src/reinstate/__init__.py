"""reinstate: from an Amazon suspension notice to an appeal that is ready to send."""

__version__ = "0.1.0"
