"""FieldDoc's HQ roles and what each may do.

admin     everything below, and adds and removes members (the HQ's creator is one)
importer  imports bundles, signs receipts and briefings (holds HQ's private keys)
analyst   reads, assesses, resolves, edits and reports; never holds HQ's private keys
reader    reads and reports only: cannot write and cannot sign
Devices (enrol, revoke, rename) are managed by admins and importers.
"""

from __future__ import annotations

from fielddoc.hq.team.errors import (
    CannotManageDevices,
    CannotSign,
    CannotWrite,
    NotAdministrator,
    RoleRefused,
)

ROLES = ("admin", "importer", "analyst", "reader")

#: capability -> roles that have it
CAPABILITIES: dict[str, frozenset[str]] = {
    "read": frozenset(ROLES),
    "write": frozenset({"admin", "importer", "analyst"}),
    "sign": frozenset({"admin", "importer"}),  # import bundles, receipts, briefings, cards
    "members": frozenset({"admin"}),
    "devices": frozenset({"admin", "importer"}),  # enrol, revoke, rename devices
}

#: the refusal of each capability
REFUSALS: dict[str, type[RoleRefused]] = {
    "write": CannotWrite, "sign": CannotSign, "members": NotAdministrator,
    "devices": CannotManageDevices,
}


def holds_private_keys(role: str) -> bool:
    return role in CAPABILITIES["sign"]


def allowed(role: str, capability: str) -> bool:
    return role in CAPABILITIES[capability]


def require(role: str, capability: str) -> None:
    if not allowed(role, capability):
        raise REFUSALS.get(capability, RoleRefused)(role=role)
