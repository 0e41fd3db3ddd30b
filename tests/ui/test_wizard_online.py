"""The first-run wizard registering online, real widgets offscreen against the real head
office API (uvicorn on 127.0.0.1, real PostgreSQL): right after registering, head
office's products, rates, holidays, staff and sanction limits are in the branch, and the
manager's one-time code becomes her password — a key slot that opens the database key,
with no password hash kept anywhere."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.catalogue import load_catalogue
from app.db import staff_keys
from app.db.engine import open_engine
from app.db.models import Holiday, LoanProduct, Staff
from app.db.models_loans import SanctionPower
from app.headoffice.admin import publish
from app.headoffice.catalogue import publish_catalogue
from app.headoffice.devices import issue_enrolment
from app.services.users import authenticate
from app.sync.device import is_enrolled
from tests.sync.pgfixtures import hq, hq_keys, hq_keys_path, hq_url  # noqa: F401
from ui.wizard.first_run import DONE, MANAGER, FirstRunWizard

pytestmark = pytest.mark.postgres
CODE = "1234-5678"


@pytest.fixture
def live(hq, hq_keys):  # noqa: F811
    from tests.sync.netfaults import LiveHq

    server = LiveHq(hq, hq_keys)
    yield server
    server.stop()


def _head_office_ready(hq, hq_keys, live, tmp_path: Path) -> Path:  # noqa: F811
    """Head office: the Bangladesh catalogue published, JB-CHD's enrolment file issued
    (it names the server) and its manager added with a one-time code."""
    catalogue = load_catalogue("bangladesh_mra")
    publish_catalogue(hq, catalogue, (date.today().year,))
    path = tmp_path / "JB-CHD.enrol"
    path.write_text(json.dumps(issue_enrolment(
        hq, hq_keys, "JB-CHD", profile="bangladesh_mra",
        hq_url=f"http://127.0.0.1:{live.port}")))
    publish(hq, "staff", "mita", {
        "full_name_en": "Mita Roy", "full_name_bn": "মিতা রায়", "role": "branch_manager",
        "sanction_grade": "BM Gr-1",
        "password_hash": "otc:" + PasswordHasher().hash(CODE.replace("-", ""))},
        branch="JB-CHD")
    return path


def _enrol_online(wizard, enrolment: Path) -> None:
    wizard.show()
    wizard.next()
    page = wizard.enrol
    page.file.setText(str(enrolment))
    page.file.editingFinished.emit()
    assert page.hq_url.text().startswith("http://127.0.0.1:")
    page.name_bn.setText("চান্দিনা")
    page.name_en.setText("Chandina")
    assert page.online.isChecked()
    wizard.next()
    assert wizard.currentId() == MANAGER, page.problem.text()


def test_online_enrolment_pulls_reference_data_and_the_code_becomes_a_key_slot(
        qtbot, tmp_path, hq, hq_keys, live):  # noqa: F811
    enrolment = _head_office_ready(hq, hq_keys, live, tmp_path)
    db = tmp_path / "branch.db"
    wizard = FirstRunWizard(db)
    qtbot.addWidget(wizard)
    _enrol_online(wizard, enrolment)
    done = wizard.enrol.done
    catalogue = load_catalogue("bangladesh_mra")
    assert done.online and not done.pull_problem
    assert done.counts.products == len(catalogue.products)
    assert done.counts.holidays == len(catalogue.holidays)
    assert done.counts.sanction_powers == 2 * len(catalogue.sanction_powers)
    assert done.counts.staff == 1
    manager = wizard.manager
    assert manager.code.isVisibleTo(manager) and not manager.name_en.isVisibleTo(manager)
    assert manager.user.currentData() == "mita"
    manager.code.setText("1111-2222")  # wrong code: refused on the page
    manager.password.setText("mita-pass-1")
    manager.again.setText("mita-pass-1")
    wizard.next()
    assert wizard.currentId() == MANAGER and manager.problem.text()
    manager.code.setText(CODE)
    manager.password.setText("mita-pass-1")
    manager.again.setText("mita-pass-1")
    wizard.next()
    assert manager.actor is not None, manager.problem.text()
    wizard.next()  # the book can wait
    assert wizard.currentId() == DONE
    summary = wizard.currentPage().summary.text()
    assert f"Loan products: {len(catalogue.products)}" in summary and "staff: 1" in summary
    wizard.accept()
    assert wizard.choice == "branch"
    assert staff_keys.encrypted(db) and staff_keys.has_slot(db, "mita")
    engine = open_engine(db)
    try:
        assert is_enrolled(engine)
        with Session(engine) as s:
            assert s.scalars(select(Staff.password_hash)).all() == [""]  # no hash kept
            rates = {c: d["annual_rate_percent"] for c, d in
                     s.execute(select(LoanProduct.code, LoanProduct.definition))}
            assert rates["JB-EMP"] == "13.50" and rates["JB-SWN"] == "11"
            assert s.scalars(select(Holiday)).first() is not None
            assert s.scalars(select(SanctionPower)).first() is not None
        assert authenticate(engine, "mita", "mita-pass-1").role == "branch_manager"
        with pytest.raises(Exception, match="Wrong user name or password"):
            authenticate(engine, "mita", CODE)  # the code cannot be used again
    finally:
        engine.dispose()


def test_a_usb_enrolment_writes_the_reply_and_its_first_sync_pulls_the_reference_data(
        qtbot, tmp_path, hq, hq_keys, live):  # noqa: F811
    from app.headoffice.devices import accept_enrolment, read_enrolment_reply
    from app.services.branch_setup import reference_counts

    enrolment = _head_office_ready(hq, hq_keys, live, tmp_path)
    db = tmp_path / "branch.db"
    wizard = FirstRunWizard(db)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    page = wizard.enrol
    page.file.setText(str(enrolment))
    page.file.editingFinished.emit()
    page.name_en.setText("Chandina")
    page.usb.setChecked(True)
    reply = tmp_path / "JB-CHD.reply"
    page.reply.setText(str(reply))
    wizard.next()
    assert wizard.currentId() == MANAGER, page.problem.text()
    assert reply.is_file() and not wizard.enrol.done.online
    assert wizard.enrol.done.counts.products == 0  # nothing from head office yet
    manager = wizard.manager
    manager.user.setEditText("rina")
    manager.name_en.setText("Rina Das")
    manager.password.setText("rina-pass-1")
    manager.again.setText("rina-pass-1")
    wizard.next()
    assert manager.actor is not None, manager.problem.text()
    assert staff_keys.has_slot(db, "rina")
    wizard.close()
    accept_enrolment(hq, hq_keys, read_enrolment_reply(hq_keys, reply.read_bytes()))
    engine = open_engine(db)
    try:
        from app.sync.service import sync_with_head_office

        sync_with_head_office(engine)  # the first sync, as the Sync page runs it
        counts = reference_counts(engine)
        assert counts.products == len(load_catalogue("bangladesh_mra").products)
        assert counts.sanction_powers == 2 * len(load_catalogue("bangladesh_mra").sanction_powers)
        assert counts.holidays > 0
        with Session(engine) as s:
            assert s.scalar(select(Staff.password_hash).where(Staff.username == "rina")) == ""
        assert authenticate(engine, "rina", "rina-pass-1").role == "branch_manager"
    finally:
        engine.dispose()
