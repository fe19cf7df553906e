"""The web workbench and REST API: a thin shell over the same library functions as the CLI.

`create_app(...)` (in `reinstate.web.app`) builds the FastAPI application; `reinstate serve`
(in `reinstate.web.commands`) runs it with uvicorn. Nothing here is imported by the CLI at start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reinstate.web.app import Settings, create_app

__all__ = ["Settings", "create_app"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from reinstate.web import app

        return getattr(app, name)
    raise AttributeError(name)
