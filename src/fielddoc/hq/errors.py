"""Errors of HQ as a team: a decision someone else changed first, a busy lock, a database gone away."""

from __future__ import annotations

from fielddoc.errors import FieldDocError


class HQError(FieldDocError):
    code = "hq"


class ChangedMeanwhile(HQError):
    """Compare-and-set failed: the record's head is no longer the one the analyst saw."""

    code = "changed_meanwhile"
    msgid = (
        "Record {record_id} was changed by {who} at {at} while you were looking at it. Nothing was saved: "
        "review it again as it is now."
    )


class LockBusy(HQError):
    code = "lock_busy"
    msgid = (
        "An import by {who} on {host} has been running since {since}; it holds HQ's write lock. "
        "Nothing was saved: try again later."
    )


class LockBusyResolve(LockBusy):
    msgid = (
        "A conflict resolution by {who} on {host} has been running since {since}; it holds HQ's write "
        "lock. Nothing was saved: try again later."
    )


class LockBusyEdit(LockBusy):
    msgid = (
        "A record edit by {who} on {host} has been running since {since}; it holds HQ's write lock. "
        "Nothing was saved: try again later."
    )


class LockBusyRotation(LockBusy):
    msgid = (
        "A rotation of HQ's keys by {who} on {host} has been running since {since}; it holds HQ's write "
        "lock. Nothing was saved: try again later."
    )


class LockBusyOther(LockBusy):
    msgid = (
        "A change at HQ by {who} on {host} has been running since {since}; it holds HQ's write lock. "
        "Nothing was saved: try again later."
    )


#: what the holder of HQ's write lock is doing (hq/locks.py Holder.kind) -> the waiter's refusal
LOCK_BUSY: dict[str, type[LockBusy]] = {
    "import": LockBusy, "resolve": LockBusyResolve, "edit": LockBusyEdit, "rotation": LockBusyRotation,
    "other": LockBusyOther,
}


class HQUnreachable(HQError):
    code = "hq_unreachable"
    msgid = "The HQ database is not reachable; nothing was saved."


class CommitInDoubt(HQError):
    """The connection was lost during COMMIT and the server could not be asked (hq/commit.py)."""

    code = "hq_commit_in_doubt"
    msgid = (
        "The connection to the HQ database was lost while it was saving the change, and FieldDoc could "
        "not find out whether it was saved. Look at HQ before doing it again (importing the same bundle "
        "again is safe)."
    )


class HQRefused(HQError):
    code = "hq_refused"
    msgid = "The HQ database refused the change ({reason}); nothing was saved."


class HQCollided(HQError):
    code = "hq_collided"
    msgid = "Another analyst changed the same data at the same moment; nothing was saved. Try again."


class HQDatabaseTaken(HQError):
    code = "hq_database_taken"
    msgid = (
        "The database {where} already holds an HQ. Nothing was created. To work in that HQ, join it "
        "with 'fielddoc hq join' and an invitation from its administrator."
    )


class TLSRequired(HQError):
    code = "tls_required"
    msgid = (
        "The connection to the HQ database on {host} would not be encrypted and checked. Nothing was "
        "done. Add sslmode=verify-full (and sslrootcert=FILE with the server's certificate authority) "
        "to the address, or set PGSSLMODE=verify-full; only a database on this computer may go without."
    )


class AttachAtHQ(HQError):
    code = "attach_at_hq"
    msgid = (
        "{path} is an HQ vault: HQ receives attachments with the monitors' bundles ('fielddoc hq import'). "
        "'fielddoc attach' adds files to a monitor's own vault. Nothing was changed."
    )


class AuditPartlyHidden(HQError):
    """Not damage: what a member with a confidentiality limit is told by ``hq verify``."""

    code = "audit_partly_hidden"
    msgid = (
        "{hidden} audit entries concern records above your confidentiality limit: their place in the "
        "chain was checked, but only a member without a limit can check what they say."
    )


class BundlesHidden(HQError):
    """Not damage: what a member with a confidentiality limit is told by ``hq verify``."""

    code = "bundles_partly_hidden"
    msgid = (
        "{hidden} imported bundles are readable only by members without a confidentiality limit: "
        "their signatures, and the custody entries they carry, were not checked here."
    )
