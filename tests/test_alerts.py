"""Every alert of the manifests' PrometheusRule proven with ``promtool test rules`` (Debian's prometheus
package): it fires on synthetic series that show the fault, with its labels and its summary, and stays
silent on series of a healthy platform. An alert added without a case here fails the first test."""
from __future__ import annotations

import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml
from debian_packages import ensure
from manifests import render

ROOT = Path(__file__).resolve().parents[1]
RULE = next(d for d in render("prod") if d["kind"] == "PrometheusRule" and d["metadata"]["name"] == "ipp-alerts")
RULES = RULE["spec"]["groups"][0]["rules"]
NS = 'namespace="ipp"'

# alert → (series that show the fault, series of a healthy platform, minutes to evaluate at, labels of the
# alert that fires, the value its summary renders)
CASES: dict[str, dict[str, Any]] = {
    "IppOutboxNotDraining": {
        "bad": {'ipp_outbox_oldest_unpublished_age_seconds{service="registry",pod="registry-relay-1"}': "600+60x20"},
        "good": {'ipp_outbox_oldest_unpublished_age_seconds{service="registry",pod="registry-relay-1"}': "2x20"},
        "at": 10, "labels": {"service": "registry"}},
    "IppDeadLetters": {
        "bad": {'ipp_dead_letter_queue_messages{service="registry",queue="ipp.registry.dlq"}': "0 3x10"},
        "good": {'ipp_dead_letter_queue_messages{service="registry",queue="ipp.registry.dlq"}': "0x10"},
        "at": 5, "labels": {"service": "registry", "queue": "ipp.registry.dlq"}, "value": "3"},
    "IppConsumerLag": {
        "bad": {'rabbitmq_detailed_queue_messages_ready{queue="ipp.verification",vhost="/"}': "20000x20"},
        "good": {'rabbitmq_detailed_queue_messages_ready{queue="ipp.verification",vhost="/"}': "150x20"},
        "at": 15, "labels": {"queue": "ipp.verification"}},
    "IppConsumerFailing": {
        "bad": {'ipp_events_consumed_total{service="contracts",outcome="retried"}': "0+300x30",
                'ipp_events_consumed_total{service="contracts",outcome="applied"}': "0+600x30"},
        "good": {'ipp_events_consumed_total{service="contracts",outcome="retried"}': "0+6x30",
                 'ipp_events_consumed_total{service="contracts",outcome="applied"}': "0+600x30"},
        "at": 20, "labels": {"service": "contracts"}},
    "IppHttp5xx": {
        "bad": {'ipp_http_requests_total{service="registry",status="500"}': "0+120x30",
                'ipp_http_requests_total{service="registry",status="200"}': "0+6000x30"},
        "good": {'ipp_http_requests_total{service="registry",status="500"}': "0+1x30",
                 'ipp_http_requests_total{service="registry",status="200"}': "0+6000x30"},
        "at": 20, "labels": {"service": "registry"}},
    "IppSchedulerWithoutLeader": {
        "bad": {'ipp_scheduler_leader{service="measures",pod="measures-scheduler-0"}': "0x10",
                'ipp_scheduler_leader{service="measures",pod="measures-scheduler-1"}': "0x10"},
        "good": {'ipp_scheduler_leader{service="measures",pod="measures-scheduler-0"}': "1x10",
                 'ipp_scheduler_leader{service="measures",pod="measures-scheduler-1"}': "0x10"},
        "at": 5, "labels": {"service": "measures"}},
    "IppSourceUnavailable": {
        "bad": {'ipp_circuit_breaker_open{service="verification",source="kgd"}': "1x10"},
        "good": {'ipp_circuit_breaker_open{service="verification",source="kgd"}': "0x10"},
        "at": 8, "labels": {"source": "kgd"}},
    "IppRoleDown": {
        "bad": {f'up{{{NS},pod="registry-api-7",job="ipp/registry"}}': "0x10"},
        "good": {f'up{{{NS},pod="registry-api-7",job="ipp/registry"}}': "1x10"},
        "at": 8, "labels": {"namespace": "ipp", "pod": "registry-api-7", "job": "ipp/registry"}},
    "IppHttpSlow": {  # p99 of 2.5 s against a healthy p99 of 50 ms
        "bad": {'ipp_http_request_seconds_bucket{service="registry",le="0.05"}': "0+100x30",
                'ipp_http_request_seconds_bucket{service="registry",le="1"}': "0+100x30",
                'ipp_http_request_seconds_bucket{service="registry",le="2.5"}': "0+200x30",
                'ipp_http_request_seconds_bucket{service="registry",le="+Inf"}': "0+200x30"},
        "good": {'ipp_http_request_seconds_bucket{service="registry",le="0.05"}': "0+200x30",
                 'ipp_http_request_seconds_bucket{service="registry",le="1"}': "0+200x30",
                 'ipp_http_request_seconds_bucket{service="registry",le="2.5"}': "0+200x30",
                 'ipp_http_request_seconds_bucket{service="registry",le="+Inf"}': "0+200x30"},
        "at": 20, "labels": {"service": "registry"}},
    "IppServiceUnseen": {  # notifications' series are gone; the other four services' are there
        "bad": {f'ipp_scheduler_leader{{service="{s}"}}': "1x10" for s in
                ("registry", "verification", "contracts", "measures")},
        "good": {f'ipp_scheduler_leader{{service="{s}"}}': "1x10" for s in
                 ("registry", "verification", "contracts", "measures", "notifications")},
        "at": 8, "labels": {"service": "notifications"}},
    "IppPoolerClientsWaiting": {
        "bad": {f'cnpg_pgbouncer_pools_maxwait{{{NS},pod="registry-db-pooler-1",database="registry"}}': "4x10"},
        "good": {f'cnpg_pgbouncer_pools_maxwait{{{NS},pod="registry-db-pooler-1",database="registry"}}': "0x10"},
        "at": 8, "labels": {"pod": "registry-db-pooler-1"}},
    "IppDatabaseDown": {
        "bad": {f'cnpg_collector_up{{{NS},pod="contracts-db-1"}}': "0x10"},
        "good": {f'cnpg_collector_up{{{NS},pod="contracts-db-1"}}': "1x10"},
        "at": 5, "labels": {"pod": "contracts-db-1"}},
    "IppBrokerAlarm": {
        "bad": {f'rabbitmq_alarms_memory_used_watermark{{{NS},pod="ipp-rabbitmq-server-0"}}': "0x10",
                f'rabbitmq_alarms_free_disk_space_watermark{{{NS},pod="ipp-rabbitmq-server-0"}}': "0 0 1x8"},
        "good": {f'rabbitmq_alarms_memory_used_watermark{{{NS},pod="ipp-rabbitmq-server-0"}}': "0x10",
                 f'rabbitmq_alarms_free_disk_space_watermark{{{NS},pod="ipp-rabbitmq-server-0"}}': "0x10"},
        "at": 6, "labels": {"pod": "ipp-rabbitmq-server-0"}},
}


def rule_of(alert: str) -> dict[str, Any]:
    return next(r for r in RULES if r["alert"] == alert)


def summary(alert: str, labels: dict[str, str], value: str | None) -> str:
    text = rule_of(alert)["annotations"]["summary"]
    text = re.sub(r"\{\{ \$labels\.(\w+) \}\}", lambda m: labels[m.group(1)], text)
    return text.replace("{{ $value }}", value or "")


def promtool_file(tmp_path: Path) -> Path:
    (tmp_path / "rules.yaml").write_text(yaml.safe_dump({"groups": RULE["spec"]["groups"]}, allow_unicode=True))
    tests = []
    for alert, case in CASES.items():
        rule = rule_of(alert)
        expected = {"exp_labels": {**case["labels"], **rule["labels"], "alertname": alert},
                    "exp_annotations": {**rule["annotations"], "summary": summary(alert, case["labels"],
                                                                                  case.get("value"))}}
        expected["exp_labels"].pop("alertname")
        for series, alerts in ((case["bad"], [expected]), (case["good"], [])):
            tests.append({"interval": "1m", "input_series": [{"series": k, "values": v} for k, v in series.items()],
                          "alert_rule_test": [{"eval_time": f"{case['at']}m", "alertname": alert,
                                               "exp_alerts": alerts}]})
    path = tmp_path / "alerts.test.yaml"
    path.write_text(yaml.safe_dump({"rule_files": ["rules.yaml"], "evaluation_interval": "1m", "tests": tests},
                                   allow_unicode=True))
    return path


def promtool(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([ensure("prometheus", "/usr/bin/promtool"), *args], capture_output=True, text=True)


def test_every_alert_has_a_case() -> None:
    assert {r["alert"] for r in RULES} == set(CASES)


def test_every_alert_fires_on_its_fault_and_stays_silent_when_healthy(tmp_path: Path) -> None:
    assert promtool("check", "rules", str(promtool_file(tmp_path).with_name("rules.yaml"))).returncode == 0
    r = promtool("test", "rules", str(promtool_file(tmp_path)))
    assert r.returncode == 0, r.stdout + r.stderr


@pytest.mark.parametrize("alert", ["IppOutboxNotDraining", "IppServiceUnseen", "IppBrokerAlarm"])
def test_the_check_can_fail(tmp_path: Path, alert: str) -> None:
    """A healthy case that expects the alert, as a wrong rule would make it: promtool says so."""
    case = CASES[alert]
    CASES[alert] = {**case, "bad": case["good"]}
    try:
        r = promtool("test", "rules", str(promtool_file(tmp_path)))
    finally:
        CASES[alert] = case
    assert r.returncode != 0 and alert in r.stdout + r.stderr
