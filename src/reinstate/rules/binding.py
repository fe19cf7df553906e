"""One way to bind code to a function rule: `@implements("P004")` on the function that checks it.

Rules of kind `phrases` or `pattern` run from their data file alone; a `function` rule names a
condition only code can decide, and the code says which rule it decides with this decorator.
The registry refuses a user's function rule (nothing could run it) and the catalogue tests refuse
a built-in one that no module of its target implements.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TypeVar

F = TypeVar("F", bound=Callable[..., object])

_BOUND: dict[str, Callable[..., object]] = {}


def implements(*codes: str) -> Callable[[F], F]:
    """Mark `func` as the code that decides the given rules (several when one pass emits them)."""

    def bind(func: F) -> F:
        for code in codes:
            other = _BOUND.get(code)
            if other is not None and other is not func:
                names = f"{other.__qualname__}, {func.__qualname__}"
                raise ValueError(f"{code} is implemented twice: {names}")
            _BOUND[code] = func
        return func

    return bind


def implementation(code: str) -> Callable[..., object] | None:
    return _BOUND.get(code)


def bound_codes(modules: tuple[str, ...]) -> set[str]:
    """The codes implemented once the given modules are imported."""
    for module in modules:
        importlib.import_module(module)
    return {code for code, func in _BOUND.items() if func.__module__ in modules}
