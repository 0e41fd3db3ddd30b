"""The Sync page: pending count, settings, Sync now in the background, last error."""

from __future__ import annotations

from app.db.uow import Actor
from app.sync.service import sync_settings
from tests.sync.netfaults import LiveHq
from tests.sync.world import branch_with_meeting, hq_events, hq_keys, register
from ui.context import AppContext
from ui.views.sync_view import View


def test_the_manager_enrols_from_the_sync_page_then_it_syncs_in_the_background(
        engine, hq, qapp, qtbot, tmp_path, monkeypatch):
    import json

    from app.headoffice.devices import issue_enrolment

    branch_with_meeting(engine)
    view = View(AppContext(engine, Actor.system(), "en"))
    qtbot.addWidget(view)
    assert "1 event not yet at head office" in view.state.text()
    assert view.enrolment.text().startswith("Not enrolled yet")
    server = LiveHq(hq, hq_keys())
    try:
        url = f"http://127.0.0.1:{server.port}"
        enrolment = tmp_path / "BJS-001.enrol"
        enrolment.write_text(json.dumps(issue_enrolment(hq, hq_keys(), "BJS-001",
                                                        hq_url=url)))
        told: list[str] = []
        monkeypatch.setattr("ui.std_dialogs.QFileDialog.getOpenFileName",
                            lambda *a, **k: (str(enrolment), ""))
        monkeypatch.setattr("ui.views.sync_view.QMessageBox.information",
                            lambda *a, **k: told.append(a[2]))
        view.enrol()
        qtbot.waitUntil(lambda: bool(told), timeout=15000)
        assert told == ["This computer is enrolled with head office."]
        assert view.url.text() == url and view.enrolment.text().startswith("This computer")
        view.sync_now()
        qtbot.waitUntil(lambda: len(hq_events(hq)) == 1
                        and "Everything has reached" in view.state.text(), timeout=15000)
    finally:
        server.stop()
    assert view.error.text() == ""


def test_a_revoked_key_is_shown_as_the_last_error(engine, hq, qapp, qtbot, tmp_path,
                                                  monkeypatch):
    from app.headoffice.devices import revoke_branch

    branch_with_meeting(engine)
    monkeypatch.setattr("ui.ops.QMessageBox.warning", lambda *a, **k: None)
    view = View(AppContext(engine, Actor.system(), "en"))
    qtbot.addWidget(view)
    server = LiveHq(hq, hq_keys())
    try:
        register(hq, engine)
        revoke_branch(hq, "BJS-001")
        view.url.setText(f"http://127.0.0.1:{server.port}")
        view.sync_now()
        qtbot.waitUntil(lambda: "no longer accepts this computer's device key"
                        in view.error.text(), timeout=15000)
    finally:
        server.stop()
    assert sync_settings(engine).hq_url == f"http://127.0.0.1:{server.port}"


def test_head_offices_request_is_shown_and_the_manager_answers_it(engine, hq, qapp, qtbot):
    from app.headoffice.requests import ask_branch
    from app.services.status import status_summary
    from tests.sync.world import sync

    world = branch_with_meeting(engine)
    register(hq, engine)
    request_id = ask_branch(hq, "BJS-001", "Loan L7: fee posted twice; reverse one.",
                            about="L7", by="auditor")
    sync(engine, hq)
    assert status_summary(engine).open_requests == 1
    officer = View(AppContext(engine, world.officer, "en"))
    qtbot.addWidget(officer)
    assert not officer.requests.isHidden() and officer.requests.answer_button.isHidden()
    view = View(AppContext(engine, world.manager, "en"))
    qtbot.addWidget(view)
    box = view.requests
    assert [r.request_id for r in box.model.rows] == [request_id]
    assert box.model.data(box.model.index(0, 4)) == "Loan L7: fee posted twice; reverse one."
    assert box.answer(note="Reversed the second fee.")
    assert box.isHidden() and status_summary(engine).open_requests == 0


def test_the_status_bar_counts_head_offices_open_requests(engine, qapp, qtbot):
    from sqlalchemy.orm import Session

    from app.db.models_sync import HqDecision
    from ui.main_window import MainWindow

    world = branch_with_meeting(engine)
    with Session(engine) as s, s.begin():  # as the pull stores them
        s.add_all(HqDecision(key=f"request:R{n}", payload='{"text": "check"}')
                  for n in range(2))
    window = MainWindow(AppContext(engine, world.manager, "en"))
    qtbot.addWidget(window)
    window.update_status()
    assert window.sync_label.text().startswith("2 requests from head office (Sync page) · ")


def test_a_bundle_and_its_receipt_from_the_sync_page_say_what_they_did(
        engine, hq, qapp, qtbot, tmp_path, monkeypatch):
    from app.headoffice.usb import import_bundle

    branch_with_meeting(engine)
    register(hq, engine)
    told: list[str] = []
    monkeypatch.setattr("ui.views.sync_view.QMessageBox.information",
                        lambda *a, **k: told.append(a[2]))
    bundle, receipt = tmp_path / "b.shakha", tmp_path / "r.shakha"
    view = View(AppContext(engine, Actor.system(), "en"))
    qtbot.addWidget(view)
    monkeypatch.setattr("ui.std_dialogs.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(bundle), ""))
    view._export()
    qtbot.waitUntil(lambda: len(told) == 1, timeout=10000)
    assert told[0].startswith("1 event written to the bundle")
    assert told[0].endswith("in the file ending .snapshot: take both files.")
    import_bundle(hq, hq_keys(), bundle, receipt)
    monkeypatch.setattr("ui.std_dialogs.QFileDialog.getOpenFileName",
                        lambda *a, **k: (str(receipt), ""))
    view._receipt()
    qtbot.waitUntil(lambda: len(told) == 2, timeout=10000)
    assert told[1].startswith("Receipt imported: head office holds everything up to event 1")
    assert "Everything has reached head office" in view.state.text()


def test_an_answer_refused_comes_back_in_the_box_with_what_was_typed(engine, qapp, qtbot,
                                                                     monkeypatch):
    from sqlalchemy.orm import Session

    from app.db.models_sync import HqDecision
    from app.services.hq_requests import head_office_requests

    world = branch_with_meeting(engine)
    with Session(engine) as s, s.begin():
        s.add(HqDecision(key="request:R1", payload='{"text": "check the cash book"}'))
    shown, offered = [], iter(["   ", "Checked, it matches."])
    asked_with: list[str] = []

    def typed(_parent, _title, _label, text=""):  # the manager types, then mends
        asked_with.append(text)
        return next(offered), True

    monkeypatch.setattr("ui.views.hq_requests_box.QInputDialog.getMultiLineText", typed)
    monkeypatch.setattr("ui.ops.QMessageBox.warning", lambda *a, **k: shown.append(a[2]))
    view = View(AppContext(engine, world.manager, "en"))
    qtbot.addWidget(view)
    assert view.requests.answer()
    assert shown == ["Write what was done about the request."]
    assert asked_with == ["", "   "]  # the second box opened with what was typed
    assert head_office_requests(engine) == []
