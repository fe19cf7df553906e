"""The fake SP-API answers as Amazon's published Reports API model says it does.

The model is Amazon's published reports_2021-06-30.json, copied into models/ beside this file
with its licence. Every JSON answer the fake gave during a bad-day pull is checked against the
schema the model declares for that operation and status.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from health.fake_spapi import FakeSpApi, Scenario
from health.reports import dumps, report
from reinstate.health import settings as health_settings
from reinstate.health.spapi import SpApiClient
from reinstate.health.vault import Credentials

MODEL = Path(__file__).resolve().parent / "models" / "reports_2021-06-30.json"
OPERATIONS = {
    "createReport": ("/reports/2021-06-30/reports", "post"),
    "getReport": ("/reports/2021-06-30/reports/{reportId}", "get"),
    "getReportDocument": ("/reports/2021-06-30/documents/{reportDocumentId}", "get"),
}


def response_schema(model: dict[str, Any], op: str, status: int) -> dict[str, Any]:
    path, method = OPERATIONS[op]
    response = model["paths"][path][method]["responses"][str(status)]
    return {**response["schema"], "definitions": model["definitions"]}


def test_the_fake_answers_as_the_reports_model_describes() -> None:
    from jsonschema import Draft7Validator

    model = json.loads(MODEL.read_text(encoding="utf-8"))
    scenario = Scenario(
        documents=[dumps(report())],
        gzip=True,
        pending_polls=2,
        throttle={"createReport": 1, "getReport": 1},
        server_errors={"getReportDocument": 1},
        retry_after="0",
        expire_token_once=True,
    )
    with FakeSpApi(scenario) as api:
        config = health_settings.HealthSettings(
            lwa_token_url=f"{api.url}/auth/o2/token",
            spapi_url=api.url,
            first_wait=0.001,
            max_wait=0.01,
        )
        creds = Credentials(
            "Acme",
            "na",
            ("ATVPDKIKX0DER",),
            scenario.client_id,
            scenario.client_secret,
            scenario.refresh_token,
        )
        with SpApiClient(creds, config) as client:
            (downloaded,) = client.fetch(["ATVPDKIKX0DER"])
        log = list(api.log)
    assert json.loads(downloaded.content)["accountStatuses"][0]["status"] == "NORMAL"
    checked: set[tuple[str, int]] = set()
    for entry in log:
        if entry["op"] not in OPERATIONS:
            continue
        schema = response_schema(model, entry["op"], entry["status"])
        errors = list(Draft7Validator(schema).iter_errors(entry["response"]))
        assert not errors, (entry["op"], entry["status"], errors[0].message)
        checked.add((entry["op"], entry["status"]))
    assert checked >= {
        ("createReport", 202),
        ("createReport", 429),
        ("createReport", 403),
        ("getReport", 200),
        ("getReport", 429),
        ("getReportDocument", 200),
        ("getReportDocument", 503),
    }
    statuses = [
        e["response"]["processingStatus"]
        for e in log
        if e["op"] == "getReport" and e["status"] == 200
    ]
    assert statuses == ["IN_QUEUE", "IN_PROGRESS", "DONE"]
