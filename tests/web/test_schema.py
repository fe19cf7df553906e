"""Property-based API tests generated from the OpenAPI schema (schemathesis), bounded to stay fast.

Every operation gets generated requests (valid and invalid bodies, odd ids, odd uploads); each
answer must be a documented status with the JSON envelope, never a server error.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis import GenerationMode
from schemathesis.specs.openapi.checks import negative_data_rejection, positive_data_acceptance

from .conftest import TODAY

TOKEN = "t" * 43  # local mode: the CSRF header must match the CSRF cookie (double submit)
# Schema-valid bodies whose content decides: words that are not a notice, bytes that are not a
# document, a packet for a case with no Plan of Action. These answer 413/415/422 with a clear
# message, which "positive data acceptance" cannot know; every other check still runs on them.
CONTENT_DECIDES = {
    # the ledger refuses a notice date before 2000 or after tomorrow (a mistyped year would lock
    # the case), a bound relative to today that an OpenAPI date cannot state
    "POST /api/v1/cases",
    "POST /api/v1/cases/from-notice",
    "POST /api/v1/cases/{case_id}/documents",
    "POST /api/v1/cases/{case_id}/invoices",
    "POST /api/v1/cases/{case_id}/packet",
    "POST /api/v1/related",
}
# Multipart parts are text on the wire, so a "number" file part cannot be told from a file.
MULTIPART = {"POST /api/v1/cases/{case_id}/documents", "POST /api/v1/cases/{case_id}/invoices"}
HEADERS = {"Host": "127.0.0.1", "X-CSRF-Token": TOKEN, "Cookie": f"reinstate_csrf={TOKEN}"}


@pytest.fixture(scope="module")
def api():  # type: ignore[no-untyped-def]
    from reinstate.web.app import Settings, create_app

    with tempfile.TemporaryDirectory() as tmp:
        app = create_app(Settings(db=str(Path(tmp) / "schema.db"), today=TODAY))
        schema = schemathesis.openapi.from_asgi(
            "/api/v1/openapi.json", app, headers={"Host": "127.0.0.1"}
        )
        yield schema
        app.state.store.close()


def _operations() -> list[str]:
    """Operation labels, read from a throwaway app (the test fails if one has no test)."""
    from reinstate.web.app import Settings, create_app

    with tempfile.TemporaryDirectory() as tmp:
        app = create_app(Settings(db=str(Path(tmp) / "ops.db")))
        doc = app.openapi()
        app.state.store.close()
    return sorted(
        f"{method.upper()} {path}"
        for path, item in doc["paths"].items()
        for method in item
        if method in ("get", "post", "put", "patch", "delete")
    )


@pytest.mark.parametrize("mode", ["positive", "negative"])
@pytest.mark.parametrize("label", _operations())
def test_generated_requests(api, label: str, mode: str) -> None:  # type: ignore[no-untyped-def]
    """Valid bodies are accepted (unless their content decides) and invalid ones refused."""
    method, path = label.split(" ", 1)
    operation = api[path][method]
    generation = GenerationMode.POSITIVE if mode == "positive" else GenerationMode.NEGATIVE
    excluded = []
    if label in CONTENT_DECIDES or mode == "negative":
        excluded.append(positive_data_acceptance)
    if mode == "negative" and label in MULTIPART:
        excluded.append(negative_data_rejection)

    @given(case=operation.as_strategy(generation_mode=generation))
    @settings(
        max_examples=10,
        deadline=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
        derandomize=True,
        database=None,
    )
    def check(case) -> None:  # type: ignore[no-untyped-def]
        response = case.call(headers=HEADERS)
        assert response.status_code < 500, (label, response.text[:500])
        if label in CONTENT_DECIDES and mode == "positive":
            assert response.status_code in (200, 201, 404, 413, 415, 422), label
        case.validate_response(response, excluded_checks=excluded)
        content_type = (response.headers.get("content-type") or [""])[0]
        if content_type.startswith("application/json"):
            body = response.json()
            if isinstance(body, dict) and "kind" in body:
                assert body["schema_version"] == 1

    try:
        check()
    except Exception as error:  # an operation with nothing to make invalid (no body, no params)
        if "Unable to satisfy assumptions" not in str(error):
            raise
