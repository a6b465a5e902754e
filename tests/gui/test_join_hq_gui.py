"""Issue 15: joining an HQ team from the desktop application (Exchange → Join an HQ…).

Needs FIELDDOC_TEST_PG_URL (a real PostgreSQL); typed and clicked like a person would.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from fielddoc.crypto.kdf import TEST_PARAMS
from fielddoc.hq.store import init_hq, open_hq
from fielddoc.hq.team.errors import InvitationExpired
from fielddoc.hq.team.invite import invite
from fielddoc.i18n import translate
from tests.test_bundle_support import NO_PG, PASSPHRASE, PG_URL, new_pg_database

MINE = "my own long passphrase at hq"


@pytest.fixture
def team(tmp_path):
    if not PG_URL:
        pytest.skip(NO_PG)
    url, drop = new_pg_database()
    admin = init_hq(tmp_path / "admin", PASSPHRASE, params=TEST_PARAMS, db_url=url, author="Aigul")
    made = invite(admin, "Dana", "analyst")
    path = tmp_path / "dana.invitation"
    path.write_text(made.invitation.to_json())
    yield url, path
    admin.lock()
    drop()


def _fill(qtbot, dialog, url, invitation, folder):
    qtbot.keyClicks(dialog.invitation, str(invitation))
    qtbot.keyClicks(dialog.address, url)
    qtbot.keyClicks(dialog.folder, str(folder))
    qtbot.keyClicks(dialog.passphrase, MINE)
    assert not dialog.join_button.isEnabled()  # not yet typed twice
    qtbot.keyClicks(dialog.repeat, MINE)


def test_join_through_the_dialog_then_the_invitation_is_spent(qtbot, tmp_path, team, make_window):
    from fielddoc.gui.dialogs.join_hq import JoinHQDialog
    from fielddoc.gui.tasks import TaskRunner

    url, invitation = team
    window = make_window()
    assert window.actions.join_hq in window.exchange_menu.actions()
    assert window.actions.join_hq.isEnabled() and window.actions.join_hq.isVisible()  # while locked only
    runner = TaskRunner()
    try:
        dialog = JoinHQDialog(runner, kdf_params=TEST_PARAMS)
        qtbot.addWidget(dialog)
        dialog.show()
        _fill(qtbot, dialog, url, invitation, tmp_path / "dana")
        assert dialog.join_button.isEnabled()
        with qtbot.waitSignal(dialog.joined, timeout=20000) as blocker:
            qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
        vault = blocker.args[0]
        vault.lock()
        assert dialog.passphrase.text() == "" and dialog.repeat.text() == ""
        hq = open_hq(tmp_path / "dana", MINE)  # the passphrase typed in the dialog opens it
        try:
            assert hq.team is not None and hq.team.name == "Dana" and hq.team.role == "analyst"
        finally:
            hq.lock()
        # the same invitation a second time: the dialog says why, in plain words
        again = JoinHQDialog(runner, kdf_params=TEST_PARAMS)
        qtbot.addWidget(again)
        again.show()
        _fill(qtbot, again, url, invitation, tmp_path / "dana-2")
        qtbot.mouseClick(again.join_button, Qt.MouseButton.LeftButton)
        expected = InvitationExpired(path=str(invitation), at="").render(translate).split(" expired")[0]
        qtbot.waitUntil(lambda: again.status.text().startswith(expected), timeout=20000)
        assert not (tmp_path / "dana-2").exists() and again.isVisible()
    finally:
        runner.shutdown()


def test_a_write_postgresql_refuses_for_a_role_is_a_plain_message(qapp):
    """A reader's blocked write (SQLSTATE 42501) is said in words, never "unexpected error"."""
    from sqlalchemy.exc import ProgrammingError

    from fielddoc.gui.dialogs.errors import message_for
    from fielddoc.hq.team.errors import ReadOnlyAtHQ

    class Refused(Exception):
        sqlstate = "42501"

    text = message_for(ProgrammingError("UPDATE records ...", None, Refused("permission denied")))
    assert text == ReadOnlyAtHQ().render(translate) and "unexpected" not in text
