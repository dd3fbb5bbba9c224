"""Generate the Kustomize base and optional parts of the platform from one description, so every service and
role is covered the same way (ADR 33).

    python deploy/k8s/generate.py [--check] [--values FILE] [--out-dir DIR]

What the platform is (image, namespace, sizes, autoscaling bounds, addresses) is in ``values.yaml`` beside it,
checked against ``values.schema.json`` and the connection budget before anything is written; ``--values``
reads another file (tests/cluster does). It writes ``base/`` (the services, their databases, the broker, the
collector) and ``parts/network-policies``, ``parts/monitoring`` and ``parts/backups``; the hand-written
``overlays/{dev,stage,prod}`` choose the parts and patch what differs, and ``kubectl kustomize
deploy/k8s/overlays/prod`` renders what is applied.

Per service and role (api, consumer, relay, scheduler): a Deployment; for the API a Service and a CPU
HorizontalPodAutoscaler; for the consumer a KEDA ScaledObject on the depth of its RabbitMQ queue; for the
relay a KEDA ScaledObject on the outbox backlog (Prometheus); two schedulers, one of them active (ADR 22).
Every role has startup, liveness and readiness probes and is scraped (a PodMonitor per service; the roles
without an API serve their health and metrics on an ops port); the alerts are a PrometheusRule, each with
its runbook entry in docs/operations.md. Migrations run as a Job before the roles, which refuse to start
on an older schema.
RabbitMQ is a 3-node cluster (RabbitMQ cluster operator) with quorum queues; each service has its own
PostgreSQL (CloudNativePG, 2 instances); an OpenTelemetry collector receives traces.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml


def _values_file() -> Path:
    """``--values FILE`` (read before the constants below are computed), else values.yaml beside this file."""
    if "--values" in sys.argv[1:-1]:
        return Path(sys.argv[sys.argv.index("--values") + 1])
    return Path(__file__).with_name("values.yaml")


VALUES = yaml.safe_load(_values_file().read_text())
SCHEMA = Path(__file__).with_name("values.schema.json")


def values_problems(values: dict[str, Any]) -> list[str]:
    """What ``values.schema.json`` finds wrong, each with its place (``autoscaling.api.max: …``), and the bounds
    a schema cannot compare (an autoscaler's minimum, maximum and fallback)."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text()))
    out = [f"{'.'.join(map(str, e.absolute_path)) or '(top)'}: {e.message}"
           for e in sorted(validator.iter_errors(values), key=lambda e: list(map(str, e.absolute_path)))]
    if not out:
        for role, a in values["autoscaling"].items():
            if not a["min"] <= a["max"]:
                out.append(f"autoscaling.{role}: min {a['min']} is above max {a['max']}")
            if "fallback" in a and not a["min"] <= a["fallback"] <= a["max"]:
                out.append(f"autoscaling.{role}.fallback: {a['fallback']} is outside [min, max]")
    return out


if __name__ == "__main__" and (_problems := values_problems(VALUES)):
    sys.exit(f"{_values_file()} does not fit values.schema.json:\n  " + "\n  ".join(_problems))
NS: str = VALUES["namespace"]
IMAGE: str = VALUES["image"]
OPS_PORT: int = VALUES["ops_port"]
SERVICES: dict[str, int] = VALUES["services"]
HERE = Path(__file__).parent
RUNBOOK: str = VALUES["runbook"]
LIMITS: dict[str, list[str]] = VALUES["resources"]
ROLES = ("api", "consumer", "relay", "scheduler")
HPA, CONSUMERS, RELAYS = (VALUES["autoscaling"][r] for r in ("api", "consumer", "relay"))
# The restricted Pod Security Standard, for every container.
SECURITY = {"runAsNonRoot": True, "runAsUser": 65534, "allowPrivilegeEscalation": False,
            "readOnlyRootFilesystem": True, "capabilities": {"drop": ["ALL"]},
            "seccompProfile": {"type": "RuntimeDefault"}}


def meta(name: str, component: str | None = None, **labels: str) -> dict[str, Any]:
    lab = {"app.kubernetes.io/part-of": "ipp", "app.kubernetes.io/name": name, **labels}
    if component:
        lab["app.kubernetes.io/component"] = component
    return {"name": name, "namespace": NS, "labels": lab}


def env(service: str, role: str) -> list[dict[str, Any]]:
    u = service.upper()
    secret = lambda name, key: {"valueFrom": {"secretKeyRef": {"name": name, "key": key}}}  # noqa: E731
    e = [{"name": "IPP_ENV", "value": "prod"},
         {"name": "IPP_QUEUE_TYPE", "value": "quorum"},
         # the service's own broker user (its queues and the events exchange only), not the administrator
         {"name": "RMQ_USERNAME", **secret(f"ipp-{service}-user-credentials", "username")},
         {"name": "RMQ_PASSWORD", **secret(f"ipp-{service}-user-credentials", "password")},
         {"name": "AMQP_URL", "value": f"amqp://$(RMQ_USERNAME):$(RMQ_PASSWORD)@ipp-rabbitmq.{NS}.svc:5672/"},
         {"name": "IPP_JWT_PUBLIC_KEYS", **secret("ipp-idp-keys", "public_keys_json")},
         {"name": "IPP_JWT_JWKS_URL", "value": VALUES["idp_jwks_url"]},
         {"name": "IPP_TRUSTED_PROXIES", "value": json.dumps(VALUES["trusted_proxies"])},
         # every database connection (the pooler's, the primary's) over TLS, the server verified against the
         # database cluster's CA (CloudNativePG's ``<cluster>-ca``); libpq's variables, which asyncpg reads too
         {"name": "PGSSLMODE", "value": "verify-full"},
         {"name": "PGSSLROOTCERT", "value": f"{DB_CA_DIR}/ca.crt"},
         {"name": "OTEL_EXPORTER", "value": "otlp"},
         {"name": "OTEL_EXPORTER_OTLP_ENDPOINT", "value": VALUES["otel_endpoint"]},
         # the OpenTelemetry SDK's own variables: a share of the traces a role begins, and always those its
         # caller sampled (ADR 34)
         {"name": "OTEL_TRACES_SAMPLER", "value": "parentbased_traceidratio"},
         {"name": "OTEL_TRACES_SAMPLER_ARG", "value": str(VALUES["trace_sampling"])},
         {"name": f"{u}_HOST", "value": "0.0.0.0"}, {"name": f"{u}_PORT", "value": str(SERVICES[service])}]
    if role == "migrate":  # DDL straight to the primary (its `-rw` Service), not through the pooler
        e.append({"name": f"{u}_DATABASE_URL", **secret(f"{service}-db-app", "uri")})
    else:  # the roles through PgBouncer (ADR 30), each with a small pool; the URL from the operator's secret's parts
        e += [{"name": "DB_USERNAME", **secret(f"{service}-db-app", "username")},
              {"name": "DB_PASSWORD", **secret(f"{service}-db-app", "password")},
              {"name": f"{u}_DATABASE_URL",
               "value": f"postgresql://$(DB_USERNAME):$(DB_PASSWORD)@{service}-db-pooler.{NS}:5432/{service}"},
              # the sessions that last (LISTEN, the scheduler's lock) on the primary itself: they pin no server
              # connection of the pooler, and a pooler restart does not end them
              {"name": f"{u}_SESSION_DATABASE_URL", **secret(f"{service}-db-app", "uri")},
              {"name": f"{u}_DB_POOL_SIZE", "value": str(VALUES["db_pool_size"][role])},
              {"name": f"{u}_DB_TRANSACTION_POOLER",
               "value": str(VALUES["pooler"]["pool_mode"] == "transaction").lower()}]
    if service == "registry":
        e.append({"name": "REGISTRY_EXTRACT_SIGNING_KEY", **secret("registry-extract-signing", "private_key_pem")})
    if service == "verification":
        e.append({"name": "VERIFICATION_EGOV_BASE_URL", "value": VALUES["egov_base_url"]})
        if VALUES["egov_client_tls_secret"]:  # mutual TLS with the gateway: the Secret mounted at EGOV_TLS_DIR
            e += [{"name": "VERIFICATION_EGOV_CLIENT_CERT_FILE", "value": f"{EGOV_TLS_DIR}/tls.crt"},
                  {"name": "VERIFICATION_EGOV_CLIENT_KEY_FILE", "value": f"{EGOV_TLS_DIR}/tls.key"}]
        if VALUES["egov_https_proxy"]:  # httpx's own proxy resolution (ADR 9)
            e.append({"name": "HTTPS_PROXY", "value": VALUES["egov_https_proxy"]})
    return e


EGOV_TLS_DIR = "/etc/ipp/egov-tls"
DB_CA_DIR = "/etc/ipp/db-ca"


def db_ca(service: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The volume mount and volume of the database cluster's CA certificate (its ``ca.crt`` only)."""
    return ({"name": "db-ca", "mountPath": DB_CA_DIR, "readOnly": True},
            {"name": "db-ca", "secret": {"secretName": f"{service}-db-ca", "items": [{"key": "ca.crt", "path": "ca.crt"}]}})


def collector_config() -> dict[str, Any]:
    """The collector's pipeline: memory_limiter first (it refuses data before the container's limit is
    reached, so the collector sheds load instead of being killed), batch, then the backend named in the values
    (``traces_backend``: an OTLP gRPC endpoint); with none, the traces are dropped and counted in the
    collector's log (``debug`` exporter), and the generator says so."""
    backend = VALUES.get("traces_backend")
    exporter = ({"otlp/backend": {"endpoint": backend["endpoint"], "tls": {"insecure": not backend.get("tls", True)}}}
                if backend else {"debug": {"verbosity": "basic"}})
    limit_mib = int(LIMITS["collector"][3].removesuffix("Mi"))
    return {"extensions": {"health_check": {"endpoint": "0.0.0.0:13133"}},
            "receivers": {"otlp": {"protocols": {"http": {"endpoint": "0.0.0.0:4318"},
                                                 "grpc": {"endpoint": "0.0.0.0:4317"}}}},
            "processors": {"memory_limiter": {"check_interval": "1s", "limit_mib": limit_mib * 80 // 100,
                                              "spike_limit_mib": limit_mib * 20 // 100},
                           "batch": {}},
            "exporters": exporter,
            "service": {"extensions": ["health_check"],
                        "pipelines": {"traces": {"receivers": ["otlp"], "processors": ["memory_limiter", "batch"],
                                                 "exporters": list(exporter)}}}}


def collector_container() -> dict[str, Any]:
    """The OpenTelemetry collector, held to the same restricted standard, resources and probes as the roles."""
    req_cpu, req_mem, lim_cpu, lim_mem = LIMITS["collector"]
    health = {"httpGet": {"path": "/", "port": 13133}}
    return {"name": "collector", "image": "otel/opentelemetry-collector-contrib:0.110.0",
            "args": ["--config=/etc/otelcol/config.yaml"],
            "ports": [{"containerPort": 4318}, {"containerPort": 4317}, {"containerPort": 13133, "name": "health"}],
            "volumeMounts": [{"name": "config", "mountPath": "/etc/otelcol"}],
            "resources": {"requests": {"cpu": req_cpu, "memory": req_mem}, "limits": {"cpu": lim_cpu, "memory": lim_mem}},
            "livenessProbe": health, "readinessProbe": health, "securityContext": SECURITY}


PRE_STOP_S = 5


def spread(name: str) -> list[dict[str, Any]]:
    """Replicas spread over nodes and zones where the cluster has them (a preference, never a reason not to
    schedule)."""
    return [{"maxSkew": 1, "topologyKey": key, "whenUnsatisfiable": "ScheduleAnyway",
             "labelSelector": {"matchLabels": {"app.kubernetes.io/name": name}}}
            for key in ("kubernetes.io/hostname", "topology.kubernetes.io/zone")]


def deployment(service: str, role: str) -> dict[str, Any]:
    name = f"{service}-{role}"
    req_cpu, req_mem, lim_cpu, lim_mem = LIMITS[role]
    container: dict[str, Any] = {
        "name": role, "image": IMAGE, "args": [service, role, "--no-migrate"], "env": env(service, role),
        "resources": {"requests": {"cpu": req_cpu, "memory": req_mem}, "limits": {"cpu": lim_cpu, "memory": lim_mem}},
        "securityContext": SECURITY}
    # Kubernetes stops routing to a terminating pod only once every node has seen it go: the preStop pause
    # lets requests already routed to it arrive and be answered before SIGTERM starts the shutdown.
    container["lifecycle"] = {"preStop": {"sleep": {"seconds": PRE_STOP_S}}}
    spec: dict[str, Any] = {"containers": [container], "terminationGracePeriodSeconds": PRE_STOP_S + 30,
                            "topologySpreadConstraints": spread(name)}
    # Every role serves /health/live, /health/ready and /metrics: the API on its port, the others on an ops
    # port of their own (a consumer is ready when it consumes, a relay when it reaches the broker).
    port_name, port = ("http", SERVICES[service]) if role == "api" else ("ops", OPS_PORT)
    if role != "api":
        container["env"] = [*container["env"], {"name": f"{service.upper()}_OPS_PORT", "value": str(OPS_PORT)}]
    container["ports"] = [{"name": port_name, "containerPort": port}]
    mount, volume = db_ca(service)
    container["volumeMounts"], spec["volumes"] = [mount], [volume]
    if service == "verification" and VALUES["egov_client_tls_secret"]:
        container["volumeMounts"].append({"name": "egov-tls", "mountPath": EGOV_TLS_DIR, "readOnly": True})
        spec["volumes"].append({"name": "egov-tls", "secret": {"secretName": VALUES["egov_client_tls_secret"]}})
    container["startupProbe"] = {"httpGet": {"path": "/health/live", "port": port_name}, "periodSeconds": 2,
                                 "failureThreshold": 30}
    container["readinessProbe"] = {"httpGet": {"path": "/health/ready", "port": port_name}, "periodSeconds": 5}
    container["livenessProbe"] = {"httpGet": {"path": "/health/live", "port": port_name}, "periodSeconds": 10}
    autoscaled = role in ("api", "consumer", "relay")  # an HPA or a ScaledObject owns the replica count
    return {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": meta(name, role, service=service),
            "spec": {**({} if autoscaled else {"replicas": VALUES["replicas"][role]}),
                     "selector": {"matchLabels": {"app.kubernetes.io/name": name}},
                     "template": {"metadata": {"labels": {"app.kubernetes.io/name": name, "service": service,
                                                          "app.kubernetes.io/component": role,
                                                          "app.kubernetes.io/part-of": "ipp"},
                                               "annotations": {"prometheus.io/scrape": "true", "prometheus.io/port": str(port),
                                                               "prometheus.io/path": "/metrics"}},
                                  "spec": spec}}}


def release() -> str:
    """The image's release in a name: its tag (``1-0-0``), or ``sha-`` and 12 digits of its digest — short
    enough that ``<service>-migrate-<release>`` and the Job's pod labels stay within 63 characters."""
    if "@" in IMAGE:
        return "sha-" + IMAGE.rsplit(":", 1)[1][:12]
    tag = IMAGE.rsplit(":", 1)[1] if ":" in IMAGE.rsplit("/", 1)[-1] else "latest"
    return "".join(c if c.isalnum() else "-" for c in tag.lower())[:30].strip("-")


def migrations_job(service: str) -> dict[str, Any]:
    """The release's migrations, once, before its roles (sync wave -1 for Argo CD; with plain kubectl:
    apply it, `kubectl wait --for=condition=complete`, then the rest). Named after the image's tag, since a
    Job's template cannot change; the roles refuse to start on an older schema, whatever the order."""
    return {"apiVersion": "batch/v1", "kind": "Job",
            "metadata": {**meta(f"{service}-migrate-{release()}", "migrations", service=service),
                         "annotations": {"argocd.argoproj.io/sync-wave": "-1"}},
            "spec": {"backoffLimit": 4, "ttlSecondsAfterFinished": 86400,
                     "template": {"metadata": {"labels": {"app.kubernetes.io/name": f"{service}-migrate",
                                                          "service": service, "app.kubernetes.io/part-of": "ipp",
                                                          "app.kubernetes.io/component": "migrations"}},
                                  "spec": {"restartPolicy": "OnFailure", "volumes": [db_ca(service)[1]],
                                           "containers": [{"name": "migrate", "image": IMAGE,
                                                           "args": [service, "migrate"], "env": env(service, "migrate"),
                                                           "volumeMounts": [db_ca(service)[0]],
                                                           "resources": {"requests": {"cpu": "100m", "memory": "256Mi"},
                                                                         "limits": {"cpu": "1", "memory": "512Mi"}},
                                                           "securityContext": SECURITY}]}}}}


def service_api(service: str) -> list[dict[str, Any]]:
    name, port = f"{service}-api", SERVICES[service]
    return [
        {"apiVersion": "v1", "kind": "Service", "metadata": meta(name, "api", service=service),
         "spec": {"selector": {"app.kubernetes.io/name": name},
                  "ports": [{"name": "http", "port": 80, "targetPort": port}]}},
        {"apiVersion": "autoscaling/v2", "kind": "HorizontalPodAutoscaler", "metadata": meta(name, "api", service=service),
         "spec": {"scaleTargetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": name},
                  "minReplicas": HPA["min"], "maxReplicas": HPA["max"],
                  "metrics": [{"type": "Resource", "resource": {
                      "name": "cpu", "target": {"type": "Utilization", "averageUtilization": HPA["cpu_utilization"]}}}]}},
        {"apiVersion": "policy/v1", "kind": "PodDisruptionBudget", "metadata": meta(name, "api", service=service),
         "spec": {"minAvailable": 1, "selector": {"matchLabels": {"app.kubernetes.io/name": name}}}},
    ]


KEDA_SECRET = "ipp-keda-rabbitmq"
"""Made by the operator at install (docs/operations.md): ``username``, ``password``, and ``host`` — the management
API's URL with them (``http://<username>:<password>@ipp-rabbitmq.<namespace>.svc:15672``) for KEDA's trigger."""


def broker_permissions(service: str) -> dict[str, str]:
    """What a service may do on the broker: declare, bind and read its own queues (``ipp.<service>`` and its
    retry and dead-letter queues) and the events exchange, publish to the exchange and, for its retries, the
    default one. Another service's queue it can neither read nor bind."""
    own = rf"ipp\.{service}(\..+)?"
    return {"configure": rf"^(ipp\.events|{own})$", "write": rf"^(ipp\.events|amq\.default|{own})$",
            "read": rf"^(ipp\.events|{own})$"}


def broker_users() -> list[dict[str, Any]]:
    """A RabbitMQ user per service (the messaging-topology operator makes it and its credentials Secret
    ``<user>-user-credentials``) with only its permissions, and a monitoring user for KEDA (management API, no
    rights on the messages); the cluster operator's administrator stays with the operators."""
    cluster = {"name": "ipp-rabbitmq"}
    out: list[dict[str, Any]] = []
    for s in SERVICES:
        out += [{"apiVersion": "rabbitmq.com/v1beta1", "kind": "User", "metadata": meta(f"ipp-{s}", "broker", service=s),
                 "spec": {"rabbitmqClusterReference": cluster, "tags": []}},
                {"apiVersion": "rabbitmq.com/v1beta1", "kind": "Permission",
                 "metadata": meta(f"ipp-{s}", "broker", service=s),
                 "spec": {"rabbitmqClusterReference": cluster, "vhost": "/", "userReference": {"name": f"ipp-{s}"},
                          "permissions": broker_permissions(s)}}]
    out += [{"apiVersion": "rabbitmq.com/v1beta1", "kind": "User", "metadata": meta("ipp-keda", "broker"),
             "spec": {"rabbitmqClusterReference": cluster, "tags": ["monitoring"],
                      "importCredentialsSecret": {"name": KEDA_SECRET}}},
            {"apiVersion": "rabbitmq.com/v1beta1", "kind": "Permission", "metadata": meta("ipp-keda", "broker"),
             "spec": {"rabbitmqClusterReference": cluster, "vhost": "/", "userReference": {"name": "ipp-keda"},
                      "permissions": {"configure": "", "write": "", "read": ""}}}]
    return out


def fallback(scaling: dict[str, Any]) -> dict[str, Any]:
    """When KEDA cannot read its trigger (the broker's management API or Prometheus down) three times running,
    it holds this many replicas instead of guessing."""
    return {"failureThreshold": 3, "replicas": scaling["fallback"]}


def scaled_consumer(service: str) -> dict[str, Any]:
    name = f"{service}-consumer"
    return {"apiVersion": "keda.sh/v1alpha1", "kind": "ScaledObject", "metadata": meta(name, "consumer", service=service),
            "spec": {"scaleTargetRef": {"name": name}, "minReplicaCount": CONSUMERS["min"],
                     "maxReplicaCount": CONSUMERS["max"], "fallback": fallback(CONSUMERS),
                     "triggers": [{"type": "rabbitmq",  # the management API, as the monitoring user
                                   "metadata": {"protocol": "http", "vhostName": "/", "queueName": f"ipp.{service}",
                                                "mode": "QueueLength",
                                                "value": str(CONSUMERS["queue_length"])},
                                   "authenticationRef": {"name": "ipp-rabbitmq-trigger-auth"}}]}}


def scaled_relay(service: str) -> dict[str, Any]:
    name = f"{service}-relay"
    return {"apiVersion": "keda.sh/v1alpha1", "kind": "ScaledObject", "metadata": meta(name, "relay", service=service),
            "spec": {"scaleTargetRef": {"name": name}, "minReplicaCount": RELAYS["min"], "maxReplicaCount": RELAYS["max"],
                     "fallback": fallback(RELAYS),
                     "triggers": [{"type": "prometheus",
                                   "metadata": {"serverAddress": VALUES["prometheus"],
                                                "query": f'max(ipp_outbox_backlog{{service="{service}"}})',
                                                "threshold": str(RELAYS["outbox_backlog"])}}]}}


DELIVERY_LIMIT: int = VALUES["rabbitmq"]["delivery_limit"]
"""Deliveries of one message that end without an ack (a consumer killed while handling it) before the broker
dead-letters it: the consumer's own retries go through the retry queues and do not count here."""


def queue_policies(service: str) -> list[dict[str, Any]]:
    """Quorum-queue semantics as RabbitMQ policies (queue arguments cannot change on a queue that exists,
    policies can): the service's queue dead-letters to its DLQ after ``DELIVERY_LIMIT`` unacked deliveries,
    and it and its retry queues dead-letter at least once (a message leaves only when its target confirmed
    it), which needs ``overflow: reject-publish``. The DLQ has no delivery limit: browsing it returns what it
    reads, and those returns must never drop a dead letter. Applied to ``queues`` (``quorum_queues`` needs
    RabbitMQ 3.12): on a classic queue the quorum-only keys are ignored."""
    q = f"ipp.{service}"
    policy = lambda name, pattern, definition, priority: {  # noqa: E731
        "apiVersion": "rabbitmq.com/v1beta1", "kind": "Policy", "metadata": meta(name, "broker", service=service),
        "spec": {"name": name, "vhost": "/", "pattern": pattern, "applyTo": "queues", "priority": priority,
                 "definition": definition, "rabbitmqClusterReference": {"name": "ipp-rabbitmq"}}}
    return [
        policy(f"ipp-{service}-queue", f"^ipp\\.{service}$",
               {"delivery-limit": DELIVERY_LIMIT, "dead-letter-exchange": "", "dead-letter-routing-key": f"{q}.dlq",
                "dead-letter-strategy": "at-least-once", "overflow": "reject-publish"}, 10),
        policy(f"ipp-{service}-retry", f"^ipp\\.{service}\\.retry\\.[0-9]+$",
               {"dead-letter-strategy": "at-least-once", "overflow": "reject-publish"}, 10),
    ]


NAMESPACES: dict[str, str] = VALUES["namespaces"]
EGRESS: dict[str, list[str]] = VALUES["egress"]
PORTS = {"postgres": 5432, "cnpg_status": 8000, "postgres_metrics": 9187, "pooler_metrics": 9127, "amqp": 5672,
         "rabbitmq_management": 15672, "rabbitmq_metrics": 15692, "epmd": 4369, "erlang_dist": 25672,
         "otlp_grpc": 4317, "otlp_http": 4318, "dns": 53, "https": 443, "kube_api": 6443}


def url_port(url: str) -> int:
    """The TCP port a URL reaches: its own, else its scheme's."""
    parts = urlsplit(url)
    return parts.port or {"https": 443, "http": 80}[parts.scheme]


def network_policies() -> list[dict[str, Any]]:
    """Ingress and egress denied unless allowed, each allowance to exactly its ports (issue 36):
    - a service's roles reach its own pooler and its own primary (the lasting sessions), the broker's AMQP port
      and the collector; its migrations Job its own database's primary; a pooler its database; a database its
      peers, the object store and the API server;
    - the ingress controller reaches the APIs; monitoring every metrics port; CloudNativePG's operator the
      databases' status port; KEDA and the RabbitMQ operators the broker's management port;
    - outside the cluster (CIDRs from the values): verification the e-gov gateway (or its proxy), the APIs the
      identity provider's keys, the databases the object store, the collector the traces backend; DNS for all.
    tests/test_deploy_manifests.py evaluates the policies over every pair of pods and ports that matters."""
    def policy(name: str, selector: dict[str, Any], *, ingress: list[dict[str, Any]] | None = None,
               egress: list[dict[str, Any]] | None = None) -> dict[str, Any]:
        spec: dict[str, Any] = {"podSelector": selector, "policyTypes": []}
        if ingress is not None:
            spec["policyTypes"].append("Ingress")
            spec["ingress"] = ingress
        if egress is not None:
            spec["policyTypes"].append("Egress")
            spec["egress"] = egress
        return {"apiVersion": "networking.k8s.io/v1", "kind": "NetworkPolicy", "metadata": meta(name, "network"),
                "spec": spec}
    ns = lambda key: {"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": NAMESPACES[key]}}}  # noqa: E731
    pods = lambda sel: {"podSelector": sel}  # noqa: E731
    cidrs = lambda key: [{"ipBlock": {"cidr": c}} for c in EGRESS[key]]  # noqa: E731
    tcp = lambda *names: [{"protocol": "TCP", "port": PORTS[n]} for n in names]  # noqa: E731
    ipp = {"matchLabels": {"app.kubernetes.io/part-of": "ipp"}}
    broker = {"matchLabels": {"app.kubernetes.io/name": "ipp-rabbitmq"}}
    collector = {"matchLabels": {"app.kubernetes.io/name": "otel-collector"}}
    out = [
        policy("ipp-default-deny", {}, ingress=[], egress=[]),
        policy("ipp-dns", {}, egress=[{"to": [{**ns("dns"), "podSelector": {"matchLabels": {"k8s-app": "kube-dns"}}}],
                                      "ports": [{"protocol": "UDP", "port": 53}, {"protocol": "TCP", "port": 53}]}]),
        policy("ipp-ingress-to-apis", {"matchLabels": {"app.kubernetes.io/component": "api"}},
               ingress=[{"from": [ns("ingress")], "ports": [{"protocol": "TCP", "port": "http"}]}]),
        policy("ipp-scrape-roles", ipp, ingress=[{"from": [ns("monitoring")],
                                                 "ports": [{"protocol": "TCP", "port": "http"},
                                                           {"protocol": "TCP", "port": "ops"}]}]),
        policy("ipp-apis-to-idp", {"matchLabels": {"app.kubernetes.io/component": "api"}},
               egress=[{"to": cidrs("idp"), "ports": [{"protocol": "TCP", "port": url_port(VALUES["idp_jwks_url"])}]}]),
        policy("ipp-verification-to-egov", {"matchLabels": {"service": "verification"}},
               egress=[{"to": cidrs("egov"), "ports": [{"protocol": "TCP", "port": url_port(
                   VALUES["egov_https_proxy"] or VALUES["egov_base_url"])}]}]),
        policy("ipp-broker", broker,
               ingress=[{"from": [pods(ipp)], "ports": tcp("amqp")},
                        {"from": [ns("keda"), ns("rabbitmq_operator")], "ports": tcp("rabbitmq_management")},
                        {"from": [ns("monitoring")], "ports": tcp("rabbitmq_metrics")},
                        {"from": [pods(broker)], "ports": tcp("epmd", "erlang_dist", "amqp")}],
               egress=[{"to": [pods(broker)], "ports": tcp("epmd", "erlang_dist", "amqp")},
                       {"to": cidrs("kube_api"), "ports": tcp("https", "kube_api")}]),
        policy("ipp-collector", collector,
               ingress=[{"from": [pods(ipp)], "ports": tcp("otlp_grpc", "otlp_http")}],
               egress=[{"to": cidrs("traces"), "ports": tcp("otlp_grpc")}]),
    ]
    for s in SERVICES:
        pooler_pods = {"matchLabels": {"cnpg.io/poolerName": f"{s}-db-pooler"}}
        db_pods = {"matchLabels": {"cnpg.io/cluster": f"{s}-db"}}
        roles = {"matchLabels": {"service": s, "app.kubernetes.io/part-of": "ipp"},
                 "matchExpressions": [{"key": "app.kubernetes.io/component", "operator": "In",
                                       "values": list(ROLES)}]}
        migrate = {"matchLabels": {"app.kubernetes.io/name": f"{s}-migrate"}}
        out += [
            policy(f"{s}-roles", roles, egress=[{"to": [pods(pooler_pods), pods(db_pods)], "ports": tcp("postgres")},
                                                {"to": [pods(broker)], "ports": tcp("amqp")},
                                                {"to": [pods(collector)], "ports": tcp("otlp_http")}]),
            policy(f"{s}-migrations", migrate, egress=[{"to": [pods(db_pods)], "ports": tcp("postgres")}]),
            policy(f"{s}-db-pooler", pooler_pods,
                   ingress=[{"from": [pods(roles)], "ports": tcp("postgres")},
                            {"from": [ns("monitoring")], "ports": tcp("pooler_metrics")}],
                   egress=[{"to": [pods(db_pods)], "ports": tcp("postgres")},
                           {"to": cidrs("kube_api"), "ports": tcp("https", "kube_api")}]),
            policy(f"{s}-db", db_pods,
                   ingress=[{"from": [pods(pooler_pods), pods(migrate), pods(db_pods), pods(roles)],
                             "ports": tcp("postgres")},
                            {"from": [ns("cnpg")], "ports": tcp("cnpg_status", "postgres")},
                            {"from": [ns("monitoring")], "ports": tcp("postgres_metrics")}],
                   egress=[{"to": [pods(db_pods)], "ports": tcp("postgres")},
                           {"to": cidrs("object_storage"), "ports": tcp("https")},
                           {"to": cidrs("kube_api"), "ports": tcp("https", "kube_api")}]),
        ]
    return out


def disruption_budget(service: str, role: str) -> dict[str, Any]:
    """Voluntary evictions (node drains) take one replica at a time. ``maxUnavailable`` rather than
    ``minAvailable: 1``: at an autoscaler's minimum of one replica the latter allows no eviction at all and
    ``kubectl drain`` waits forever; the scheduler's standby keeps one running (two replicas, one leads)."""
    name = f"{service}-{role}"
    return {"apiVersion": "policy/v1", "kind": "PodDisruptionBudget", "metadata": meta(name, role, service=service),
            "spec": {"maxUnavailable": 1, "selector": {"matchLabels": {"app.kubernetes.io/name": name}}}}


def broker_monitor() -> dict[str, Any]:
    """RabbitMQ's per-queue depth (``rabbitmq_detailed_queue_messages_ready``, for IppConsumerLag) and its
    alarms, scraped from the cluster operator's Service: the aggregated ``/metrics`` has no per-queue series."""
    return {"apiVersion": "monitoring.coreos.com/v1", "kind": "ServiceMonitor", "metadata": meta("ipp-rabbitmq", "monitoring"),
            "spec": {"selector": {"matchLabels": {"app.kubernetes.io/name": "ipp-rabbitmq",
                                                  "app.kubernetes.io/component": "rabbitmq"}},
                     "endpoints": [{"port": "prometheus", "path": "/metrics", "interval": "30s"},
                                   {"port": "prometheus", "path": "/metrics/detailed", "interval": "30s",
                                    "params": {"family": ["queue_coarse_metrics"]}}]}}


def pod_monitor(service: str) -> dict[str, Any]:
    """Prometheus (operator) scrapes every role of the service: the API on ``http``, the others on ``ops``."""
    return {"apiVersion": "monitoring.coreos.com/v1", "kind": "PodMonitor", "metadata": meta(service, "monitoring",
                                                                                           service=service),
            "spec": {"selector": {"matchLabels": {"service": service}},
                     "podMetricsEndpoints": [{"port": "http", "path": "/metrics", "interval": "15s"},
                                             {"port": "ops", "path": "/metrics", "interval": "15s"}]}}


ALERTS: list[dict[str, Any]] = [
    {"alert": "IppOutboxNotDraining", "for": "5m", "severity": "page",
     "expr": "max by (service) (ipp_outbox_oldest_unpublished_age_seconds) > 300",
     "summary": "{{ $labels.service }}: an event has waited more than 5 minutes in the outbox"},
    {"alert": "IppDeadLetters", "for": "1m", "severity": "ticket",
     "expr": "max by (service, queue) (ipp_dead_letter_queue_messages) > 0",
     "summary": "{{ $labels.queue }}: {{ $value }} events dead-lettered"},
    {"alert": "IppConsumerLag", "for": "10m", "severity": "page",
     "expr": "max by (queue) (rabbitmq_detailed_queue_messages_ready{queue=~`ipp\\.[a-z]+`}) > 10000",
     "summary": "{{ $labels.queue }}: more than 10,000 events waiting for 10 minutes"},
    {"alert": "IppConsumerFailing", "for": "10m", "severity": "ticket",
     "expr": 'sum by (service) (rate(ipp_events_consumed_total{outcome=~"retried|waiting|dead_lettered"}[5m])) > 1',
     "summary": "{{ $labels.service }}: events failing and retried at more than 1/s"},
    {"alert": "IppHttp5xx", "for": "10m", "severity": "page",
     "expr": 'sum by (service) (rate(ipp_http_requests_total{status=~"5.."}[5m])) '
             "/ sum by (service) (rate(ipp_http_requests_total[5m])) > 0.01",
     "summary": "{{ $labels.service }}: more than 1% of requests answered 5xx"},
    {"alert": "IppSchedulerWithoutLeader", "for": "2m", "severity": "page",
     "expr": "max by (service) (ipp_scheduler_leader) < 1",
     "summary": "{{ $labels.service }}: no scheduler is active; periodic duties (scans, monitoring) stopped"},
    {"alert": "IppSourceUnavailable", "for": "5m", "severity": "ticket",
     "expr": "max by (source) (ipp_circuit_breaker_open) > 0",
     "summary": "e-gov source {{ $labels.source }}: circuit open for 5 minutes; verifications wait"},
    {"alert": "IppRoleDown", "for": "5m", "severity": "page",
     "expr": f'up{{namespace="{NS}"}} == 0',
     "summary": "{{ $labels.pod }} does not answer its metrics scrape"},
    {"alert": "IppHttpSlow", "for": "10m", "severity": "page",
     "expr": "histogram_quantile(0.99, sum by (service, le) (rate(ipp_http_request_seconds_bucket[5m]))) > 1",
     "summary": "{{ $labels.service }}: the slowest 1% of requests take more than a second"},
    *({"alert": "IppServiceUnseen", "for": "5m", "severity": "page",
       "expr": f'absent(ipp_scheduler_leader{{service="{s}"}})',
       "summary": "{{ $labels.service }}: no metric of the service reaches Prometheus, so none of its alerts can fire"}
      for s in SERVICES),
    {"alert": "IppPoolerClientsWaiting", "for": "5m", "severity": "page",
     "expr": f'max by (pod) (cnpg_pgbouncer_pools_maxwait{{namespace="{NS}"}}) > 1',
     "summary": "{{ $labels.pod }}: clients wait more than a second for a database connection"},
    {"alert": "IppDatabaseDown", "for": "2m", "severity": "page",
     "expr": f'max by (pod) (cnpg_collector_up{{namespace="{NS}"}}) == 0',
     "summary": "{{ $labels.pod }}: PostgreSQL does not answer its instance manager"},
    {"alert": "IppBrokerAlarm", "for": "1m", "severity": "page",
     "expr": f'max by (pod) (rabbitmq_alarms_memory_used_watermark{{namespace="{NS}"}}) > 0 '
             f'or max by (pod) (rabbitmq_alarms_free_disk_space_watermark{{namespace="{NS}"}}) > 0',
     "summary": "{{ $labels.pod }}: RabbitMQ's memory or disk alarm blocks every publisher"},
]
"""Each alert has its runbook entry in docs/operations.md (the anchor is the alert's name in lower case)."""


def prometheus_rules() -> dict[str, Any]:
    rules = [{"alert": a["alert"], "expr": a["expr"], "for": a["for"], "labels": {"severity": a["severity"]},
              "annotations": {"summary": a["summary"],
                              "runbook_url": f"{RUNBOOK}#{a['alert'].lower()}"}} for a in ALERTS]
    return {"apiVersion": "monitoring.coreos.com/v1", "kind": "PrometheusRule", "metadata": meta("ipp-alerts", "monitoring"),
            "spec": {"groups": [{"name": "ipp", "rules": rules}]}}


PANELS: list[tuple[str, str, list[str]]] = [
    ("Requests by status", "reqps", ['sum by (status) (rate(ipp_http_requests_total{{service="{s}"}}[5m]))']),
    ("Request latency p50 / p99", "s", [
        'histogram_quantile(0.5, sum by (le) (rate(ipp_http_request_seconds_bucket{{service="{s}"}}[5m])))',
        'histogram_quantile(0.99, sum by (le) (rate(ipp_http_request_seconds_bucket{{service="{s}"}}[5m])))']),
    ("Rate-limited requests", "reqps", ['sum(rate(ipp_http_rate_limited_total{{service="{s}"}}[5m]))']),
    ("Events consumed by outcome", "ops", ['sum by (outcome) (rate(ipp_events_consumed_total{{service="{s}"}}[5m]))']),
    ("Handler time p99", "s", [
        'histogram_quantile(0.99, sum by (le) (rate(ipp_event_handler_seconds_bucket{{service="{s}"}}[5m])))']),
    ("Events published", "ops", ['sum by (routed) (rate(ipp_events_published_total{{service="{s}"}}[5m]))']),
    ("Outbox backlog", "short", ['max(ipp_outbox_backlog{{service="{s}"}})']),
    ("Oldest unpublished event", "s", ['max(ipp_outbox_oldest_unpublished_age_seconds{{service="{s}"}})']),
    ("Dead letters", "short", ['max by (queue) (ipp_dead_letter_queue_messages{{service="{s}"}})']),
    ("Scheduler leaders", "short", ['sum(ipp_scheduler_leader{{service="{s}"}})']),
    ("Scheduled duty runs", "ops", ['sum by (duty, outcome) (rate(ipp_scheduled_runs_total{{service="{s}"}}[15m]))']),
    ("Database connections in use", "short", ['sum by (pod) (ipp_db_pool_connections_in_use{{service="{s}"}})']),
]
"""Every service's dashboard; verification adds its e-gov sources, notifications its webhooks."""
EXTRA_PANELS: dict[str, list[tuple[str, str, list[str]]]] = {
    "verification": [
        ("E-gov call latency p99 by source", "s", [
            "histogram_quantile(0.99, sum by (le, source) (rate(ipp_outbound_request_seconds_bucket[5m])))"]),
        ("E-gov circuit breakers open", "short", ["max by (source) (ipp_circuit_breaker_open)"])],
    "notifications": [
        ("Webhook deliveries by outcome", "ops", ["sum by (outcome) (rate(ipp_webhook_deliveries_total[5m]))"])],
}


def dashboard(service: str) -> dict[str, Any]:
    """A Grafana dashboard for the service, as a ConfigMap Grafana's sidecar loads (label grafana_dashboard)."""
    panels = []
    for i, (title, unit, exprs) in enumerate([*PANELS, *EXTRA_PANELS.get(service, [])]):
        panels.append({"id": i + 1, "type": "timeseries", "title": title,
                       "gridPos": {"h": 8, "w": 12, "x": 12 * (i % 2), "y": 8 * (i // 2)},
                       "datasource": {"type": "prometheus", "uid": "${datasource}"},
                       "fieldConfig": {"defaults": {"unit": unit}, "overrides": []},
                       "targets": [{"refId": chr(65 + j), "expr": e.format(s=service)} for j, e in enumerate(exprs)]})
    board = {"uid": f"ipp-{service}", "title": f"IPP — {service}", "schemaVersion": 39, "version": 1,
             "tags": ["ipp"], "timezone": "browser", "refresh": "30s", "time": {"from": "now-6h", "to": "now"},
             "templating": {"list": [{"name": "datasource", "type": "datasource", "query": "prometheus"}]},
             "panels": panels}
    return {"apiVersion": "v1", "kind": "ConfigMap",
            "metadata": meta(f"{service}-dashboard", "monitoring", service=service, grafana_dashboard="1"),
            "data": {f"ipp-{service}.json": json.dumps(board, indent=1, ensure_ascii=False)}}


def database(service: str) -> dict[str, Any]:
    backup = VALUES["backup"]
    return {"apiVersion": "postgresql.cnpg.io/v1", "kind": "Cluster",
            "metadata": meta(f"{service}-db", "database", service=service),
            "spec": {"instances": VALUES["database"]["instances"], "storage": {"size": VALUES["database"]["storage"]},
                     "postgresql": {"parameters": {"max_connections": str(VALUES["database"]["max_connections"])}},
                     "monitoring": {"enablePodMonitor": True},  # cnpg_* series: IppDatabaseDown
                     # a commit is acknowledged once a standby has it too: a failover loses no decision the
                     # API has answered (a register of legal record)
                     "minSyncReplicas": 1, "maxSyncReplicas": 1,
                     "resources": resources("database"),
                     "affinity": {"enablePodAntiAffinity": True, "podAntiAffinityType": "required"},
                     "backup": {"barmanObjectStore": barman_store(service), "retentionPolicy": backup["retention"]},
                     # the poolers present the cluster's server certificate: their names in it, so that the roles'
                     # verify-full finds the name they dialled
                     "certificates": {"serverAltDNSNames": [f"{service}-db-pooler", f"{service}-db-pooler.{NS}",
                                                            f"{service}-db-pooler.{NS}.svc"]},
                     "bootstrap": {"initdb": {"database": service, "owner": service}}}}


def resources(tier: str) -> dict[str, dict[str, str]]:
    req_cpu, req_mem, lim_cpu, lim_mem = LIMITS[tier]
    return {"requests": {"cpu": req_cpu, "memory": req_mem}, "limits": {"cpu": lim_cpu, "memory": lim_mem}}


def barman_store(service: str) -> dict[str, Any]:
    """Base backups and WAL of the service's database in S3-compatible object storage (barman-cloud)."""
    backup = VALUES["backup"]
    key = lambda k: {"name": backup["credentials_secret"], "key": k}  # noqa: E731
    store: dict[str, Any] = {"destinationPath": f"{backup['destination'].rstrip('/')}/{service}",
                             "s3Credentials": {"accessKeyId": key("ACCESS_KEY_ID"),
                                               "secretAccessKey": key("ACCESS_SECRET_KEY")},
                             "wal": {"compression": "gzip"}, "data": {"compression": "gzip"}}
    if backup["endpoint_url"]:
        store["endpointURL"] = backup["endpoint_url"]
    return store


def scheduled_backup(service: str) -> dict[str, Any]:
    return {"apiVersion": "postgresql.cnpg.io/v1", "kind": "ScheduledBackup",
            "metadata": meta(f"{service}-db-daily", "database", service=service),
            "spec": {"schedule": VALUES["backup"]["schedule"], "backupOwnerReference": "self",
                     "cluster": {"name": f"{service}-db"}}}


LASTING_SESSIONS: dict[str, dict[str, int]] = {
    "relay": {s: 1 for s in SERVICES},                   # LISTEN for the outbox's NOTIFY
    "api": {"registry": 1},                               # LISTEN of the register cache (ADR 8)
    "consumer": {"notifications": 1},                     # the webhook subscriptions' cache
    "scheduler": {s: 1 for s in SERVICES},                # the session each keeps: one holds the lock (ADR 22)
}
"""Sessions that last as long as the process, per replica — on the primary directly
(``<SERVICE>_SESSION_DATABASE_URL``), beside the poolers' server connections: every scheduler replica keeps
one (the active one holds the lock on it)."""


def connection_budget(values: dict[str, Any]) -> dict[str, dict[str, int]]:
    """Per service, at the autoscalers' maxima: the connections the processes' pools keep to the poolers
    (replicas × ``db_pool_size``, every role), the server connections the poolers may open (instances ×
    ``default_pool_size``), the sessions that last (each a connection of its own to the primary), and what
    PostgreSQL allows the last two together (``max_connections`` less the reserved ones).
    docs/operations.md has the table; ``budget_problems`` the rules."""
    scale = values["autoscaling"]
    maxima = {"api": scale["api"]["max"], "consumer": scale["consumer"]["max"], "relay": scale["relay"]["max"],
              "scheduler": values["replicas"]["scheduler"]}
    server = values["pooler"]["instances"] * values["pooler"]["default_pool_size"]
    limit = values["database"]["max_connections"] - values["database"]["reserved_connections"]
    clients = sum(maxima[role] * values["db_pool_size"][role] for role in maxima)
    return {s: {"client_connections": clients, "server_connections": server, "limit": limit,
                "lasting_sessions": sum(maxima[role] * n.get(s, 0) for role, n in LASTING_SESSIONS.items())}
            for s in values["services"]}


def budget_problems(values: dict[str, Any]) -> list[str]:
    """The rules the values must keep, at the autoscalers' maxima: the poolers' server connections and the
    lasting sessions never ask PostgreSQL for more than it allows; one pooler instance accepts every pooled
    connection (a Service need not spread them evenly); and in session mode, where each pooled connection pins
    a server connection while it lives, one instance's server pool holds them all — else a pooled client
    waits for ever."""
    out = []
    p = values["pooler"]
    for s, b in connection_budget(values).items():
        if b["server_connections"] + b["lasting_sessions"] > b["limit"]:
            out.append(f"{s}: the poolers may open {b['server_connections']} server connections (pooler.instances × "
                       f"pooler.default_pool_size) and {b['lasting_sessions']} sessions last at the autoscalers' "
                       f"maxima; PostgreSQL allows {b['limit']} (database.max_connections less "
                       f"database.reserved_connections)")
        if b["client_connections"] > p["max_client_conn"]:
            out.append(f"{s}: the processes' pools keep {b['client_connections']} connections at the autoscalers' "
                       f"maxima (replicas × db_pool_size); one pooler accepts {p['max_client_conn']} "
                       f"(pooler.max_client_conn)")
        if p["pool_mode"] == "session" and b["client_connections"] > p["default_pool_size"]:
            out.append(f"{s}: in session mode each of the {b['client_connections']} pooled connections at the "
                       f"autoscalers' maxima holds a server connection; one pooler has {p['default_pool_size']} "
                       f"(pooler.default_pool_size)")
    return out


def pooler(service: str) -> dict[str, Any]:
    """PgBouncer in front of the service's primary (CloudNativePG Pooler), in ``pooler.pool_mode`` —
    transaction in ``values.yaml``: a server connection is held for a transaction only, so the processes'
    small pools (``db_pool_size``) cost no server connection while idle and ``default_pool_size`` bounds them
    all. The sessions that last (LISTEN, the scheduler's lock) go to the primary itself (ADR 30)."""
    p = VALUES["pooler"]
    return {"apiVersion": "postgresql.cnpg.io/v1", "kind": "Pooler",
            "metadata": meta(f"{service}-db-pooler", "database", service=service),
            "spec": {"cluster": {"name": f"{service}-db"}, "instances": p["instances"], "type": "rw",
                     "monitoring": {"enablePodMonitor": True},  # cnpg_pgbouncer_*: IppPoolerClientsWaiting
                     "template": {"metadata": {"labels": {"app.kubernetes.io/part-of": "ipp", "service": service}},
                                  "spec": {"containers": [{"name": "pgbouncer", "resources": resources("pooler")}],
                                           "topologySpreadConstraints": [
                                               {**c, "labelSelector": {"matchLabels": {
                                                   "cnpg.io/poolerName": f"{service}-db-pooler"}}}
                                               for c in spread(f"{service}-db-pooler")]}},
                     "pgbouncer": {"poolMode": p["pool_mode"],
                                   "parameters": {"max_client_conn": str(p["max_client_conn"]),
                                                  "default_pool_size": str(p["default_pool_size"]),
                                                  "ignore_startup_parameters": "statement_timeout,extra_float_digits"}}}}


def platform() -> list[dict[str, Any]]:
    docs: list[dict[str, Any]] = [
        {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": NS, "labels": {"app.kubernetes.io/part-of": "ipp"}}},
        {"apiVersion": "rabbitmq.com/v1beta1", "kind": "RabbitmqCluster", "metadata": meta("ipp-rabbitmq", "broker"),
         "spec": {"replicas": VALUES["rabbitmq"]["replicas"], "persistence": {"storage": VALUES["rabbitmq"]["storage"]},
                  "resources": resources("rabbitmq"),
                  "affinity": {"podAntiAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": [
                      {"topologyKey": "kubernetes.io/hostname",
                       "labelSelector": {"matchLabels": {"app.kubernetes.io/name": "ipp-rabbitmq"}}}]}},
                  "rabbitmq": {"additionalConfig": "default_queue_type = quorum\n"
                                                   "cluster_partition_handling = pause_minority\n"
                                                   f"disk_free_limit.absolute = {VALUES['rabbitmq']['disk_free_limit']}\n"}}},
        {"apiVersion": "policy/v1", "kind": "PodDisruptionBudget", "metadata": meta("ipp-rabbitmq", "broker"),
         "spec": {"maxUnavailable": 1, "selector": {"matchLabels": {"app.kubernetes.io/name": "ipp-rabbitmq"}}}},
        {"apiVersion": "keda.sh/v1alpha1", "kind": "TriggerAuthentication", "metadata": meta("ipp-rabbitmq-trigger-auth"),
         "spec": {"secretTargetRef": [{"parameter": "host", "name": KEDA_SECRET, "key": "host"}]}},
        *broker_users(),
        {"apiVersion": "v1", "kind": "ConfigMap", "metadata": meta("otel-collector-config", "telemetry"),
         "data": {"config.yaml": yaml.safe_dump(collector_config(), sort_keys=False)}},
        {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": meta("otel-collector", "telemetry"),
         "spec": {"replicas": 1, "selector": {"matchLabels": {"app.kubernetes.io/name": "otel-collector"}},
                  "template": {"metadata": {"labels": {"app.kubernetes.io/name": "otel-collector",
                                                       "app.kubernetes.io/part-of": "ipp"}},
                               "spec": {"containers": [collector_container()],
                                        "topologySpreadConstraints": spread("otel-collector"),
                                        "volumes": [{"name": "config", "configMap": {"name": "otel-collector-config"}}]}}}},
        {"apiVersion": "v1", "kind": "Service", "metadata": meta("otel-collector", "telemetry"),
         "spec": {"selector": {"app.kubernetes.io/name": "otel-collector"},
                  "ports": [{"name": "otlp-http", "port": 4318}, {"name": "otlp-grpc", "port": 4317}]}},
    ]
    for s in SERVICES:
        docs.append(database(s))
        docs.append(pooler(s))
        docs.append(scheduled_backup(s))
        docs.append({"apiVersion": "policy/v1", "kind": "PodDisruptionBudget",
                     "metadata": meta(f"{s}-db-pooler", "database", service=s),
                     "spec": {"maxUnavailable": 1, "selector": {"matchLabels": {"cnpg.io/poolerName": f"{s}-db-pooler"}}}})
        docs.append(migrations_job(s))
        for role in ROLES:
            docs.append(deployment(s, role))
        docs += service_api(s)
        docs.append(scaled_consumer(s))
        docs.append(scaled_relay(s))
        docs += [disruption_budget(s, "consumer"), disruption_budget(s, "scheduler")]
        docs.append(pod_monitor(s))
        docs.append(dashboard(s))
        docs += queue_policies(s)
    docs.append(prometheus_rules())
    docs.append(broker_monitor())
    docs += network_policies()
    return docs


PARTS = {"NetworkPolicy": "network-policies", "PodMonitor": "monitoring", "ServiceMonitor": "monitoring",
         "PrometheusRule": "monitoring", "ScheduledBackup": "backups"}
"""The optional parts, by kind (and the dashboards' ConfigMaps go with monitoring): an overlay leaves out a part
whose operator or policy engine the cluster lacks (dev runs without policies or backups)."""
HEADER = "# Generated by deploy/k8s/generate.py from values.yaml — edit those, not this file.\n"


def part_of(d: dict[str, Any]) -> str:
    """``base/<file>`` or ``parts/<part>/<part>``: where an object is written."""
    labels = d["metadata"].get("labels", {})
    part = PARTS.get(d["kind"]) or ("monitoring" if labels.get("grafana_dashboard") else None)
    return f"parts/{part}/{part}" if part else f"base/{labels.get('service', 'shared')}"


def tree() -> dict[str, str]:
    """Every file the generator owns, relative to the output directory: the objects by place, and each
    directory's kustomization.yaml listing its files."""
    files: dict[str, list[dict[str, Any]]] = {}
    for d in platform():
        files.setdefault(part_of(d), []).append(d)
    out = {f"{name}.yaml": HEADER + yaml.safe_dump_all(docs, sort_keys=False, width=120) for name, docs in files.items()}
    for folder in sorted({name.rsplit("/", 1)[0] for name in files}):
        listed = sorted(name.rsplit("/", 1)[1] + ".yaml" for name in files if name.rsplit("/", 1)[0] == folder)
        out[f"{folder}/kustomization.yaml"] = HEADER + yaml.safe_dump(
            {"apiVersion": "kustomize.config.k8s.io/v1beta1", "kind": "Kustomization", "resources": listed},
            sort_keys=False)
    return out


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--check", action="store_true", help="exit 1 if the files under deploy/k8s are out of date")
    p.add_argument("--values", type=Path, help="another values file (default: values.yaml beside this)")
    p.add_argument("--out-dir", type=Path, default=HERE, help=f"where base/ and parts/ go (default: {HERE})")
    a = p.parse_args()
    if problems := budget_problems(VALUES):
        sys.exit("connection budget exceeded (docs/operations.md):\n  " + "\n  ".join(problems))
    if not VALUES.get("traces_backend"):
        print("warning: traces_backend is not set: the collector drops every trace (values.yaml)", file=sys.stderr)
    files = tree()
    owned = {str(f.relative_to(a.out_dir)) for folder in ("base", "parts") for f in (a.out_dir / folder).rglob("*.yaml")}
    if a.check:
        stale = sorted(n for n, text in files.items() if not (a.out_dir / n).exists() or (a.out_dir / n).read_text() != text)
        stale += sorted(owned - set(files))
        if stale:
            sys.exit(f"out of date under {a.out_dir}: {', '.join(stale)}; run python deploy/k8s/generate.py")
        print("manifests up to date")
        return
    for name in owned - set(files):
        (a.out_dir / name).unlink()
    for name, text in files.items():
        (a.out_dir / name).parent.mkdir(parents=True, exist_ok=True)
        (a.out_dir / name).write_text(text)
    print(f"wrote base/ and parts/ under {a.out_dir} ({len(platform())} objects in {len(files)} files)")


if __name__ == "__main__":
    main()
