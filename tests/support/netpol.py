"""The manifests' NetworkPolicies enforced as a CNI would: each pod's namespace gets nftables rules that let in
and out exactly what the policies selecting it allow, and refuse the rest.

The translation follows the NetworkPolicy API (networking.k8s.io/v1): a pod selected by a policy of a type is
isolated for that direction, and what it may do is the union of the rules of every policy selecting it; a peer
is a ``podSelector`` (pods of the policy's namespace), a ``namespaceSelector`` (every endpoint of the namespaces
it selects, optionally narrowed by a ``podSelector``) or an ``ipBlock``; a port is a number or the name of the
destination pod's container port. Replies to allowed connections pass (connection tracking), and traffic from
the node (the kubelet's probes) is always let in, as the common CNIs do.

The other parts of the cluster stand at addresses on the bridge as endpoints with the labels their operators
give their pods (the poolers ``cnpg.io/poolerName``, the databases ``cnpg.io/cluster``, the broker
``app.kubernetes.io/name``), and the shared namespaces (the ingress controller, monitoring, the operators,
KEDA) each at an address of their own.
"""
from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Endpoint:
    """Something at an address that policies can select: a pod of ours, or a stand-in for another part."""
    name: str
    namespace: str
    labels: dict[str, str]
    address: str
    ports: dict[str, int] = field(default_factory=dict)  # named container ports


def selects(selector: dict[str, Any] | None, labels: dict[str, str]) -> bool:
    """A LabelSelector (matchLabels and matchExpressions) against a set of labels; ``{}`` selects everything."""
    if selector is None:
        return True
    if any(labels.get(k) != v for k, v in (selector.get("matchLabels") or {}).items()):
        return False
    for e in selector.get("matchExpressions") or []:
        key, op, values = e["key"], e["operator"], e.get("values") or []
        ok = {"In": key in labels and labels[key] in values, "NotIn": labels.get(key) not in values,
              "Exists": key in labels, "DoesNotExist": key not in labels}[op]
        if not ok:
            return False
    return True


def peers(peer: dict[str, Any], policy_ns: str, world: list[Endpoint]) -> list[str]:
    """The addresses (or CIDRs) one ``from``/``to`` entry names."""
    if "ipBlock" in peer:
        block = peer["ipBlock"]
        assert not block.get("except"), "ipBlock.except is not translated"
        return [str(ipaddress.ip_network(block["cidr"], strict=False))]
    return [e.address for e in world if peer_matches(peer, policy_ns, e)]


def peer_matches(peer: dict[str, Any], policy_ns: str, e: Endpoint) -> bool:
    """Whether a ``podSelector``/``namespaceSelector`` peer of a policy in ``policy_ns`` names endpoint ``e``."""
    if "ipBlock" in peer:
        return False
    if "namespaceSelector" in peer:
        in_ns = selects(peer["namespaceSelector"], {"kubernetes.io/metadata.name": e.namespace})
    else:
        in_ns = e.namespace == policy_ns
    return in_ns and selects(peer.get("podSelector"), e.labels)


def port_numbers(ports: list[dict[str, Any]] | None, destinations: list[Endpoint]) -> list[tuple[str, int]] | None:
    """``(protocol, port)`` pairs; a named port resolves on the destination's containers. None: every port."""
    if not ports:
        return None
    out = []
    for p in ports:
        proto = p.get("protocol", "TCP").lower()
        if isinstance(p["port"], int):
            out.append((proto, p["port"]))
        else:
            out += [(proto, d.ports[p["port"]]) for d in destinations if p["port"] in d.ports]
    return sorted(set(out))


def allowances(pod: Endpoint, policies: list[dict[str, Any]], world: list[Endpoint], direction: str
               ) -> list[tuple[list[str] | None, list[tuple[str, int]] | None]] | None:
    """What the policies let ``pod`` receive (``Ingress``) or send (``Egress``): a list of (addresses or None
    for any, ports or None for any); None when no policy isolates the pod in that direction."""
    isolated, rules = False, []
    key, side = ("ingress", "from") if direction == "Ingress" else ("egress", "to")
    for pol in policies:
        spec, policy_ns = pol["spec"], pol["metadata"].get("namespace", pod.namespace)
        if policy_ns != pod.namespace or direction not in spec.get("policyTypes", []):
            continue
        if not selects(spec["podSelector"], pod.labels):
            continue
        isolated = True
        for rule in spec.get(key) or []:
            addresses = None if not rule.get(side) else [a for peer in rule[side] for a in peers(peer, policy_ns, world)]
            if addresses == []:
                continue  # the peers are not in this layout (e.g. the cluster's DNS: names are in hosts files)
            if direction == "Ingress":
                destinations = [pod]
            else:
                destinations = [e for e in world if addresses is None or e.address in addresses]
            rules.append((addresses, port_numbers(rule.get("ports"), destinations)))
    return rules if isolated else None


def nft_script(pod: Endpoint, policies: list[dict[str, Any]], world: list[Endpoint], node: str) -> str:
    """The pod's ruleset: ``inet ipp_policy`` with an input and an output chain; refused TCP gets a reset (a
    real CNI drops; a reset makes the refusal quick to see) and the rest is dropped."""
    lines = ["table inet ipp_policy {"]
    for direction, hook, addr_key, iface in (("Ingress", "input", "saddr", "iif"), ("Egress", "output", "daddr", "oif")):
        rules = allowances(pod, policies, world, direction)
        lines += [f"  chain {hook} {{", f"    type filter hook {hook} priority 0; policy accept;"]
        if rules is not None:
            lines += [f"    {iface} lo accept", "    ct state established,related accept"]
            if direction == "Ingress":
                lines.append(f"    ip saddr {node} accept")
            for addresses, ports in rules:
                match = "" if addresses is None else f"ip {addr_key} {{ {', '.join(sorted(set(addresses)))} }} "
                if ports is None:
                    lines.append(f"    {match}accept")
                for proto, number in ports or []:
                    lines.append(f"    {match}{proto} dport {number} accept")
            lines += ["    meta l4proto tcp reject with tcp reset", "    drop"]
        lines.append("  }")
    lines.append("}")
    return "\n".join(lines) + "\n"
