"""The dial box as an agent who dials all day uses it: double clicks, the keyboard, a number
that changes, a window that stays put. Real widgets offscreen, the real sandbox."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QRect, Qt, QUrl
from PySide6.QtGui import QCursor, QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from dialdesk.dialer import Source
from dialdesk.sandbox import Fault, SandboxServer
from dialdesk.ui.app import Controller
from dialdesk.ui.dialbox import WIDTH
from dialdesk.ui.steady import SETTLE_MS, SteadyButton
from dialdesk.ui.wording import Tone
from tests.ui.pointer import click, click_at, double_click


def type_number(qtbot: QtBot, ctl: Controller, text: str) -> None:
    ctl.dialbox.number_edit.clear()
    qtbot.keyClicks(ctl.dialbox.number_edit, text)


def idle(qtbot: QtBot, ctl: Controller) -> None:
    qtbot.waitUntil(lambda: not ctl.busy and not ctl.tasks.in_flight, timeout=10000)


def ask_link(qtbot: QtBot, ctl: Controller) -> None:
    ctl.settings.set("dialing.confirm_links", True)
    ctl.on_link("tel:+48221234567")


def ask_premium(qtbot: QtBot, ctl: Controller) -> None:
    type_number(qtbot, ctl, "+48 701 234 567")
    qtbot.keyClick(ctl.dialbox.number_edit, Qt.Key.Key_Return)


def ask_emergency(qtbot: QtBot, ctl: Controller) -> None:
    ctl.settings.set("dialing.emergency", "allow")
    ctl.on_settings_saved()
    type_number(qtbot, ctl, "112")
    qtbot.keyClick(ctl.dialbox.number_edit, Qt.Key.Key_Return)


CONFIRMATIONS = {"link": ask_link, "premium": ask_premium, "emergency": ask_emergency}


# --- 1. a double click sends what the agent chose, once ------------------------------------


@pytest.mark.parametrize("kind", sorted(CONFIRMATIONS))
def test_a_double_click_on_a_confirmation_sends_exactly_one_request(
    qtbot: QtBot, controller: Controller, sandbox: SandboxServer, kind: str
) -> None:
    box = controller.dialbox
    CONFIRMATIONS[kind](qtbot, controller)
    qtbot.waitUntil(lambda: box.confirm_frame.isVisible(), timeout=5000)
    assert sandbox.calls() == []
    window = box.window()
    where = box.confirm_button.mapTo(window, box.confirm_button.rect().center())
    double_click(qtbot, box.confirm_button)
    idle(qtbot, controller)
    qtbot.wait(300)
    assert len(sandbox.calls()) == 1, [c["path"] for c in sandbox.calls()]
    assert [e.action for e in controller.history.recent(5)] == ["call"]
    # Nothing to press where "Call anyway" was: no button slid under the pointer.
    assert not isinstance(window.childAt(where), QAbstractButton)


def test_a_double_click_above_a_bottom_tray_sends_one_request(
    qtbot: QtBot, controller: Controller, sandbox: SandboxServer
) -> None:
    """Above a bottom panel the box grows upwards, so everything in it moves on screen
    when the outcome and the quick statuses appear: the second click still sends nothing."""
    box = controller.dialbox
    screen = QGuiApplication.primaryScreen().availableGeometry()
    box.hide()
    box.place_near(QRect(screen.right() - 24, screen.bottom() - 24, 24, 24))
    box.show()
    qtbot.waitExposed(box)
    ask_link(qtbot, controller)
    qtbot.waitUntil(lambda: box.confirm_frame.isVisible(), timeout=5000)
    qtbot.waitUntil(box.confirm_button.settled, timeout=2000)
    on_screen = box.confirm_button.mapToGlobal(box.confirm_button.rect().center())
    click(qtbot, box.confirm_button)
    qtbot.waitUntil(lambda: box.quick_frame.isVisible(), timeout=5000)
    qtbot.wait(20)  # the window has grown upwards by now
    where = box.mapFromGlobal(on_screen)
    target = box.childAt(where)
    if target is not None:
        QTest.mouseClick(
            target,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            target.mapFrom(box, where),
        )
    idle(qtbot, controller)
    qtbot.wait(200)
    assert [c["path"] for c in sandbox.calls()] == ["/api/connections/call"]


def test_the_quick_status_row_is_where_call_anyway_was_not(
    qtbot: QtBot, controller: Controller, sandbox: SandboxServer
) -> None:
    """The exact review finding: Call anyway, then the quick-status row appears; a second
    click on the same spot at double-click speed changes no campaign status."""
    box = controller.dialbox
    ask_link(qtbot, controller)
    qtbot.waitUntil(lambda: box.confirm_frame.isVisible(), timeout=5000)
    window = box.window()
    where = box.confirm_button.mapTo(window, box.confirm_button.rect().center())
    click(qtbot, box.confirm_button)
    qtbot.waitUntil(lambda: box.quick_frame.isVisible(), timeout=5000)
    click_at(window, where)
    for button in box.quick.buttons:  # wherever they are, they just appeared
        centre = button.mapTo(window, button.rect().center())
        click_at(window, centre)
    qtbot.wait(300)
    assert [c["path"] for c in sandbox.calls()] == ["/api/connections/call"]


def test_a_button_that_just_appeared_under_the_pointer_ignores_the_click(
    qtbot: QtBot,
) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    host.resize(200, 100)
    pressed: list[str] = []
    old = SteadyButton("old", host)
    old.setGeometry(10, 10, 100, 30)
    old.clicked.connect(lambda: pressed.append("old"))
    host.show()
    qtbot.waitExposed(host)
    qtbot.wait(SETTLE_MS + 50)
    click_at(host, QPoint(50, 25))
    assert pressed == ["old"]
    old.hide()
    new = SteadyButton("new", host)
    new.setGeometry(10, 10, 100, 30)
    new.clicked.connect(lambda: pressed.append("new"))
    new.show()
    click_at(host, QPoint(50, 25))  # the second click of the double click
    assert pressed == ["old"]
    qtbot.wait(SETTLE_MS + 50)
    click_at(host, QPoint(50, 25))  # a deliberate click, once it has been seen
    assert pressed == ["old", "new"]
    new.move(10, 50)  # moved: quiet again for a moment
    click_at(host, QPoint(50, 65))
    assert pressed == ["old", "new"]


# --- 2. a window that stays put ---------------------------------------------------------


def test_the_box_keeps_its_width_and_stays_on_screen_after_a_call(
    qtbot: QtBot, controller: Controller, sandbox: SandboxServer
) -> None:
    box = controller.dialbox
    screen = QGuiApplication.primaryScreen().availableGeometry()
    tray = QRect(screen.right() - 24, screen.top(), 24, 24)  # a top-right tray icon
    box.hide()
    box.place_near(tray)
    box.show()
    qtbot.waitExposed(box)
    before = box.frameGeometry()
    type_number(qtbot, controller, "601 234 567")
    qtbot.keyClick(box.number_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: box.quick_frame.isVisible(), timeout=5000)
    qtbot.wait(50)
    assert box.width() == WIDTH
    assert screen.contains(box.frameGeometry())
    assert box.frameGeometry().top() == before.top()  # grows away from the tray's edge
    grown = box.height()
    type_number(qtbot, controller, "22 123 45 67")  # another number: its messages go
    qtbot.wait(50)
    assert not box.quick_frame.isVisible()
    assert box.height() < grown  # and the box shrinks back
    assert box.width() == WIDTH


def test_a_box_above_a_bottom_tray_grows_upwards_and_stays_on_screen(
    qtbot: QtBot, controller: Controller, sandbox: SandboxServer
) -> None:
    box = controller.dialbox
    screen = QGuiApplication.primaryScreen().availableGeometry()
    tray = QRect(screen.right() - 24, screen.bottom() - 24, 24, 24)
    box.hide()
    box.place_near(tray)
    box.show()
    qtbot.waitExposed(box)
    type_number(qtbot, controller, "601 234 567")
    qtbot.keyClick(box.number_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: box.quick_frame.isVisible(), timeout=5000)
    qtbot.wait(50)
    assert screen.contains(box.frameGeometry())
    assert box.frameGeometry().bottom() <= tray.top()


def test_a_click_aimed_at_call_right_after_typing_calls(
    qtbot: QtBot, controller: Controller, sandbox: SandboxServer
) -> None:
    """Above a bottom tray a digit can grow the box (a warning line) and move Call up. The
    agent then moves the pointer onto Call and clicks at once: that click is meant, unlike
    one that Call moved under (seen driving the app under Xvfb: such clicks were dropped)."""
    box = controller.dialbox
    screen = QGuiApplication.primaryScreen().availableGeometry()
    box.hide()
    box.place_near(QRect(screen.right() - 24, screen.bottom() - 24, 24, 24))
    box.show()
    qtbot.waitExposed(box)
    QCursor.setPos(screen.topLeft() + QPoint(5, 5))  # the pointer rests elsewhere
    type_number(qtbot, controller, "6045678")  # a 7-digit Polish range: a warning line
    qtbot.wait(30)
    moved_at = box.call_button.mapToGlobal(QPoint(0, 0))
    qtbot.keyClicks(box.number_edit, "90")
    qtbot.wait(30)
    assert box.call_button.mapToGlobal(QPoint(0, 0)) != moved_at  # the box changed size
    assert not box.call_button.settled()
    centre = box.call_button.rect().center()
    QCursor.setPos(box.call_button.mapToGlobal(centre))  # aimed, then clicked at once
    qtbot.mouseClick(box.call_button, Qt.MouseButton.LeftButton, pos=centre)
    idle(qtbot, controller)
    assert [c["body"]["phone_number"] for c in sandbox.calls()] == ["604567890"]


# --- 3. keyboard first ------------------------------------------------------------------


def test_reopening_selects_the_number_and_drops_stale_messages(
    qtbot: QtBot, controller: Controller, sandbox: SandboxServer
) -> None:
    box = controller.dialbox
    box.hide_on_close = True
    type_number(qtbot, controller, "601 234 567")
    qtbot.keyClick(box.number_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "accepted" in box.status_label.text(), timeout=5000)
    box.hide()
    controller.show_dialbox()
    assert box.number_edit.hasSelectedText()
    assert box.number_edit.selectedText() == "601 234 567"
    assert not box.status_label.isVisible()
    qtbot.keyClicks(box.number_edit, "22")
    assert box.number_edit.text() == "22"  # typing replaces, never appends


@pytest.mark.parametrize("kind", sorted(CONFIRMATIONS))
def test_enter_answers_a_confirmation_with_a_visible_focus(
    qtbot: QtBot, controller: Controller, sandbox: SandboxServer, kind: str
) -> None:
    box = controller.dialbox
    CONFIRMATIONS[kind](qtbot, controller)
    qtbot.waitUntil(lambda: box.confirm_frame.isVisible(), timeout=5000)
    assert box.confirm_button.hasFocus()
    qtbot.keyClick(box.confirm_button, Qt.Key.Key_Return)  # too soon: a doubled Enter
    qtbot.wait(100)
    assert sandbox.calls() == []
    qtbot.waitUntil(box.confirm_button.settled, timeout=2000)
    focused = box.confirm_button.grab().toImage()
    box.cancel_button.setFocus()
    unfocused = box.confirm_button.grab().toImage()
    assert focused != unfocused  # the focus shows
    box.confirm_button.setFocus()
    qtbot.keyClick(box.confirm_button, Qt.Key.Key_Return)
    idle(qtbot, controller)
    assert len(sandbox.calls()) == 1
    # The keyboard goes back to the number, selected, not to a button below the question.
    assert box.number_edit.hasFocus()
    assert box.number_edit.selectedText() == box.number_edit.text()


def test_quick_statuses_come_right_after_call_and_answer_to_alt_digits(
    qtbot: QtBot, controller: Controller, sandbox: SandboxServer
) -> None:
    box = controller.dialbox
    type_number(qtbot, controller, "601 234 567")
    qtbot.keyClick(box.number_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: box.quick_frame.isVisible(), timeout=5000)
    first = box.quick.buttons[0]
    assert box.call_button.nextInFocusChain() is first
    assert "Alt+1" in first.text()
    assert first.shortcut().toString() == "Alt+1"
    third = box.quick.buttons[2]
    box.activateWindow()
    qtbot.waitActive(box)
    # Through the window, as the platform delivers it: that is where shortcuts are matched.
    QTest.keyClick(box.windowHandle(), Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(sandbox.calls()) == 2, timeout=5000)
    assert sandbox.calls()[1]["body"]["status_id"] == third.objectName().removeprefix("quick-")


def test_a_quick_status_pressed_twice_keeps_its_result(
    qtbot: QtBot, controller: Controller, sandbox: SandboxServer
) -> None:
    """Seen under Xvfb: the second click of a double click on a quick status was refused
    as a duplicate (right) and its red refusal replaced the first one's result (wrong)."""
    box = controller.dialbox
    type_number(qtbot, controller, "601 234 567")
    qtbot.keyClick(box.number_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: box.quick_frame.isVisible(), timeout=5000)
    first = box.quick.buttons[0]
    click(qtbot, first)
    qtbot.waitUntil(lambda: len(sandbox.calls()) == 2 and not controller.tasks.in_flight)
    said = box.status_label.text()
    click(qtbot, first)  # again, within the duplicate window
    qtbot.waitUntil(lambda: not controller.tasks.in_flight)
    qtbot.wait(50)
    assert len(sandbox.calls()) == 2
    assert box.status_label.text() == said
    assert "✖" not in box.status_label.text()


def test_during_a_slow_call_call_stays_busy_and_the_outcome_names_its_number(
    qtbot: QtBot, controller: Controller, sandbox: SandboxServer
) -> None:
    sandbox.add_fault(Fault(endpoint="connections/call", delay=1.5, status=200))
    box = controller.dialbox
    type_number(qtbot, controller, "601 234 567")
    qtbot.keyClick(box.number_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(box.number_edit, "8")  # the text changes meanwhile
    assert not box.call_button.isEnabled()
    assert box.call_button.text() == "Calling…"
    type_number(qtbot, controller, "22 123 45 67")
    assert not box.call_button.isEnabled()
    qtbot.keyClick(box.number_edit, Qt.Key.Key_Return)
    idle(qtbot, controller)
    assert "+48 601 234 567" in box.status_label.text()
    assert box.call_button.isEnabled() and box.call_button.text() == "Call"
    assert len(sandbox.calls()) == 1


def test_an_error_names_the_number_it_is_about(
    qtbot: QtBot, controller: Controller, sandbox: SandboxServer
) -> None:
    sandbox.add_fault(Fault(status=500))
    type_number(qtbot, controller, "601 234 567")
    qtbot.keyClick(controller.dialbox.number_edit, Qt.Key.Key_Return)
    idle(qtbot, controller)
    text = controller.dialbox.status_label.text()
    assert "+48 601 234 567" in text
    assert "may have gone through" in text  # a 500 came after the request arrived


# --- 4. one number, one state -----------------------------------------------------------


def test_messages_and_quick_statuses_go_when_the_number_changes(
    qtbot: QtBot, controller: Controller, sandbox: SandboxServer
) -> None:
    box = controller.dialbox
    type_number(qtbot, controller, "601 234 567")
    qtbot.keyClick(box.number_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: box.quick_frame.isVisible(), timeout=5000)
    qtbot.keyClicks(box.number_edit, " ")  # the same number, written differently
    assert box.status_label.isVisible() and box.quick_frame.isVisible()
    qtbot.keyClick(box.number_edit, Qt.Key.Key_Backspace)
    qtbot.keyClick(box.number_edit, Qt.Key.Key_Backspace)  # now another number
    assert not box.status_label.isVisible()
    assert not box.quick_frame.isVisible()


def test_a_link_clears_the_last_numbers_messages(
    qtbot: QtBot, controller: Controller, sandbox: SandboxServer
) -> None:
    box = controller.dialbox
    type_number(qtbot, controller, "601 234 567")
    qtbot.keyClick(box.number_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: box.quick_frame.isVisible(), timeout=5000)
    ask_link(qtbot, controller)
    assert not box.quick_frame.isVisible()
    assert "601 234 567" not in box.status_label.text()


def test_saving_settings_clears_messages(
    qtbot: QtBot, controller: Controller, sandbox: SandboxServer
) -> None:
    box = controller.dialbox
    type_number(qtbot, controller, "601 234 567")
    qtbot.keyClick(box.number_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: box.quick_frame.isVisible(), timeout=5000)
    controller.on_settings_saved()
    assert not box.status_label.isVisible()
    assert not box.quick_frame.isVisible()


def test_cancel_on_a_link_brings_back_what_was_typed(
    qtbot: QtBot, controller: Controller, sandbox: SandboxServer
) -> None:
    box = controller.dialbox
    type_number(qtbot, controller, "601 23")
    ask_link(qtbot, controller)
    qtbot.waitUntil(lambda: box.confirm_frame.isVisible(), timeout=5000)
    assert box.number_edit.text() == "+48 22 123 45 67"
    click(qtbot, box.cancel_button)
    assert box.number_edit.text() == "601 23"
    assert sandbox.calls() == []


def test_a_second_press_within_the_duplicate_window_is_quiet_and_not_history(
    qtbot: QtBot, controller: Controller, sandbox: SandboxServer
) -> None:
    box = controller.dialbox
    type_number(qtbot, controller, "601 234 567")
    qtbot.keyClick(box.number_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "accepted" in box.status_label.text(), timeout=5000)
    idle(qtbot, controller)
    qtbot.keyClick(box.number_edit, Qt.Key.Key_Return)
    idle(qtbot, controller)
    assert "accepted" in box.status_label.text()  # the success stays
    assert box.messages.tone is Tone.OK
    assert box.call_button.text() == "Already called"
    assert box.recent_list.count() == 1  # a refusal is not a call
    assert len(sandbox.calls()) == 1


def test_success_information_warning_and_error_look_different(
    controller: Controller,
) -> None:
    box = controller.dialbox
    looks = set()
    for tone in Tone:
        box.messages.show_message("text", tone)
        looks.add((box.status_label.styleSheet(), box.status_label.text()[0]))
    assert len(looks) == len(Tone)
    assert len({sign for _, sign in looks}) == len(Tone)  # not by colour alone


def test_nothing_changed_is_information_not_success(
    qtbot: QtBot, controller: Controller, sandbox: SandboxServer
) -> None:
    box = controller.dialbox
    type_number(qtbot, controller, "+48 22 123 45 67")  # no campaign has it
    qtbot.keyClick(box.number_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: box.quick_frame.isVisible(), timeout=5000)
    box.quick.buttons[0].click()
    qtbot.waitUntil(lambda: "nothing changed" in box.status_label.text(), timeout=5000)
    assert box.messages.tone is Tone.INFO


def test_recent_shows_outcomes_in_words_and_redials_as_written(
    qtbot: QtBot, controller: Controller, sandbox: SandboxServer
) -> None:
    box = controller.dialbox
    sandbox.add_fault(Fault(status=400, json={"errors": [{"message": "SIP offline"}]}))
    type_number(qtbot, controller, "22 123 45 67")
    qtbot.keyClick(box.number_edit, Qt.Key.Key_Return)
    idle(qtbot, controller)
    type_number(qtbot, controller, "601234567")
    qtbot.keyClick(box.number_edit, Qt.Key.Key_Return)
    idle(qtbot, controller)
    rows = [box.recent_list.item(i) for i in range(box.recent_list.count())]
    assert "call placed" in rows[0].text() and rows[0].text().startswith("✔")
    assert "refused by the PBX" in rows[1].text() and rows[1].text().startswith("✖")
    assert rows[0].foreground().color() != rows[1].foreground().color()
    assert rows[0].data(Qt.ItemDataRole.UserRole) == "+48 601 234 567"
    box.recent_list.itemActivated.emit(rows[1])
    assert box.number_edit.text() == "22 123 45 67"  # as an agent in Poland writes it


def test_after_a_click_on_call_the_keyboard_stays_with_the_number(
    qtbot: QtBot, controller: Controller, sandbox: SandboxServer
) -> None:
    """Seen under Xvfb: after a mouse click on Call the focus went to Schedule callback…,
    and the agent's next Enter opened that form."""
    controller.show_dialbox()
    box = controller.dialbox
    type_number(qtbot, controller, "601 234 567")
    box.call_button.setFocus()  # a click gives it the focus
    click(qtbot, box.call_button)
    idle(qtbot, controller)
    assert len(sandbox.calls()) == 1
    assert box.number_edit.hasFocus()


def test_after_a_redial_the_highlight_stays_on_the_customer_called(
    qtbot: QtBot, controller: Controller, sandbox: SandboxServer
) -> None:
    """A redial adds a row at the top; the highlighted row used to stay at its place,
    which now held the next customer, and Enter called them (seen under Xvfb)."""
    controller.settings.set("dialing.duplicate_window_s", 0)  # redial at once
    box = controller.dialbox
    for number in ("601 234 561", "601 234 562", "601 234 563"):
        type_number(qtbot, controller, number)
        qtbot.keyClick(box.number_edit, Qt.Key.Key_Return)
        idle(qtbot, controller)
    box.recent_list.setCurrentRow(1)  # the middle customer, …562
    chosen = box.recent_list.currentItem()
    assert chosen is not None and "601 234 562" in chosen.text()
    box.recent_list.itemActivated.emit(chosen)  # Enter or a double click on it
    idle(qtbot, controller)
    assert sandbox.calls()[-1]["body"]["phone_number"] == "601234562"
    now = box.recent_list.currentItem()
    assert now is not None and "601 234 562" in now.text()  # the same customer, not …561
    assert box.recent_list.currentRow() == 2  # the new row came in above it


def test_recent_shows_eight_rows(
    qtbot: QtBot, controller: Controller, sandbox: SandboxServer
) -> None:
    controller.settings.set("dialing.duplicate_window_s", 0)
    box = controller.dialbox
    for n in range(9):
        controller.history.finish(
            controller.history.start(
                action="call", source="typed", input=f"60123456{n}", backend="sandbox"
            ),
            "placed",
        )
    controller.refresh()
    list_ = box.recent_list
    assert list_.count() == 9
    assert list_.height() >= 8 * list_.sizeHintForRow(0)


def test_every_message_shows_in_full(controller: Controller, qtbot: QtBot) -> None:
    box = controller.dialbox
    long = "A message that goes on. " * 12
    box.show_error(long)
    qtbot.wait(50)
    label: QLabel = box.status_label
    assert label.wordWrap()
    assert label.height() >= label.heightForWidth(label.width())
    assert label.width() <= box.width()


def test_all_dial_box_buttons_are_steady(controller: Controller) -> None:
    box = controller.dialbox
    plain = [b.text() for b in box.findChildren(QPushButton) if not isinstance(b, SteadyButton)]
    assert plain == []


# --- 6. numbers inside text ---------------------------------------------------------------


def test_dial_from_clipboard_finds_the_number_in_a_note(
    qtbot: QtBot, controller: Controller, sandbox: SandboxServer
) -> None:
    controller.on_dial_text("Klient: Jan Kowalski, tel. 601 234 567")
    idle(qtbot, controller)
    assert controller.dialbox.number_edit.text() == "601 234 567"
    assert [c["body"]["phone_number"] for c in sandbox.calls()] == ["601234567"]


def test_several_numbers_are_offered_not_dialed(
    qtbot: QtBot, controller: Controller, sandbox: SandboxServer
) -> None:
    box = controller.dialbox
    controller.on_dial_text("dom 601 234 567, biuro +48 22 123 45 67")
    assert box.number_edit.text() == "601 234 567"
    assert "2 numbers found" in box.status_label.text()
    box.status_label.linkActivated.emit("+48 22 123 45 67")  # the agent picks the other
    assert box.number_edit.text() == "+48 22 123 45 67"
    qtbot.wait(200)
    assert sandbox.calls() == []


def drop(box: QWidget, mime: QMimeData) -> None:
    where = QPointF(box.rect().center())
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(
        where.toPoint(), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(box, enter)
    assert enter.isAccepted()
    event = QDropEvent(
        where, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(box, event)


def test_text_and_links_dropped_on_the_box_put_their_number_in_it(
    qtbot: QtBot, controller: Controller, sandbox: SandboxServer
) -> None:
    box = controller.dialbox
    mime = QMimeData()
    mime.setText("Zadzwoń do p. Nowaka: 601 234 567 po 15:00")
    drop(box, mime)
    assert box.number_edit.text() == "601 234 567"
    link = QMimeData()
    link.setUrls([QUrl("tel:+48221234567")])
    drop(box, link)
    assert "+48 22 123 45 67" in box.preview_label.text()
    qtbot.wait(200)
    assert sandbox.calls() == []  # in the box, not dialed: the agent presses Enter


def test_what_a_link_replaced_comes_back_only_for_that_link(
    qtbot: QtBot, controller: Controller, sandbox: SandboxServer
) -> None:
    box = controller.dialbox
    controller.settings.set("dialing.confirm_links", False)
    type_number(qtbot, controller, "601 23")
    controller.on_link("tel:+48221234567")  # dialed at once: no question to cancel
    idle(qtbot, controller)
    ask_premium(qtbot, controller)
    qtbot.waitUntil(lambda: box.confirm_frame.isVisible(), timeout=5000)
    click(qtbot, box.cancel_button)
    assert box.number_edit.text() == "+48 701 234 567"  # not the long-gone "601 23"


def test_tray_messages_name_the_number(
    qtbot: QtBot, sandbox: SandboxServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctl = Controller(tray=True)
    told: list[tuple[str, str]] = []
    try:
        assert ctl.tray is not None
        monkeypatch.setattr(
            ctl.tray, "notify", lambda title, text, error=False: told.append((title, text))
        )
        ctl.place_call("601 234 567", Source.TYPED)  # the box hidden: the tray tells
        idle(qtbot, ctl)
        sandbox.add_fault(Fault(status=500))
        ctl.place_call("22 123 45 67", Source.TYPED)
        idle(qtbot, ctl)
        assert told[0][0] == "+48 601 234 567"
        assert "+48 22 123 45 67" in told[1][0] and "+48 22 123 45 67" in told[1][1]
        assert "may have gone through" in told[1][1]
    finally:
        ctl.tasks.wait(5000)
        ctl.shutdown()
        ctl.deleteLater()
        qtbot.wait(10)


def test_tab_from_call_reaches_copy_details_after_an_error(
    qtbot: QtBot, controller: Controller, sandbox: SandboxServer
) -> None:
    """Seen under Xvfb: after an error, Tab from Call went to an invisible stop (the
    message text), and Copy details could be reached with the mouse only."""
    sandbox.add_fault(Fault(endpoint="connections/call", status=500))
    controller.show_dialbox()
    box = controller.dialbox
    box.activateWindow()
    qtbot.waitActive(box)
    type_number(qtbot, controller, "601 234 567")
    qtbot.keyClick(box.number_edit, Qt.Key.Key_Return)
    idle(qtbot, controller)
    assert box.copy_button.isVisible()
    box.call_button.setFocus()
    qtbot.keyClick(box.call_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is box.copy_button
