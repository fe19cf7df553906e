"""`reinstate mcp`: the guardrails as a Model Context Protocol server for AI assistants.

A thin shell like the CLI and the web: every tool calls the same library functions (through
`reinstate.web.services` where the web already wraps them). Nothing here is imported at CLI start.
"""
