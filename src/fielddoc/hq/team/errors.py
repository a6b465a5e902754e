"""Errors of the HQ team (members, invitations, roles): every one a FieldDocError with a msgid."""

from __future__ import annotations

from fielddoc.errors import FieldDocError


class TeamError(FieldDocError):
    msgid = "The HQ team could not be used."


class NotAMember(TeamError):
    msgid = (
        "This HQ vault is not a member of the HQ database {where}. Ask an HQ administrator for an "
        "invitation and use 'fielddoc hq join'. Nothing was changed."
    )


class MemberRemoved(TeamError):
    msgid = "Your membership of this HQ was removed on {at}. Nothing was changed."


class RoleRefused(TeamError):
    msgid = "Your role at HQ ({role}) does not allow this. Nothing was changed."


class CannotWrite(RoleRefused):
    msgid = "Your role at HQ ({role}) may only read: it cannot change records. Nothing was changed."


class CannotSign(RoleRefused):
    msgid = (
        "Your role at HQ ({role}) holds none of HQ's private keys: only an importer or an administrator "
        "imports bundles and signs receipts, briefings and cards. Nothing was changed."
    )


class CannotManageDevices(RoleRefused):
    msgid = (
        "Your role at HQ ({role}) cannot enrol, revoke or rename devices: only an importer or an "
        "administrator does. Nothing was changed."
    )


class NotAdministrator(RoleRefused):
    msgid = "Only an HQ administrator invites or removes members; your role is {role}. Nothing was changed."


class ReadOnlyAtHQ(TeamError):
    msgid = (
        "The HQ database refused this: your role at HQ does not allow it (a reader may only read; a "
        "member with a confidentiality limit cannot change records above it). Nothing was saved."
    )


class InvitationInvalid(TeamError):
    msgid = "{path} is not a usable HQ invitation ({reason}). Nothing was changed."


class InvitationExpired(TeamError):
    msgid = (
        "The invitation in {path} expired on {at} or was already used or cancelled. Ask the "
        "administrator for a new one. Nothing was changed."
    )


class UnknownMember(TeamError):
    msgid = "No HQ member is called {member}. 'fielddoc hq members' lists them. Nothing was changed."


class LastAdministrator(TeamError):
    msgid = "{member} is the last administrator of this HQ and cannot be removed. Nothing was changed."


class KeysChanged(TeamError):
    msgid = (
        "HQ's data key changed while this was running (a member was removed). Nothing was saved; "
        "open the HQ again and repeat."
    )


class LoginClosed(TeamError):
    msgid = (
        "HQ's database {where} no longer lets your login in: an HQ administrator removed your membership "
        "or closed your login. Nothing was changed; ask an HQ administrator if this is a mistake."
    )


class SealedElsewhere(TeamError):
    msgid = (
        "This HQ database says its records were never sealed, but your vault saw them sealed: the "
        "database was replaced or changed outside FieldDoc. Nothing was opened; tell HQ's administrator."
    )
