"""Nothing typed is lost and nothing written elsewhere is undone: autosave under steady
typing, blank entries after a crash, and the command line writing while the window is open."""

from __future__ import annotations

import os
import socket
import stat
import time
import uuid
from pathlib import Path

from PySide6.QtCore import QDir, Qt
from pytestqt.qtbot import QtBot

from journal_app.core.journal import Journal
from journal_app.core.records import EntryDraft
from journal_app.paths import AppPaths
from journal_app.ui.common.save_timer import SaveTimer
from journal_app.ui.entries.sidebar import CountRole
from journal_app.ui.window.main_window import MainWindow
from journal_app.ui.window.single_instance import SingleInstance, remove_stale_sockets

WAIT = 3000


def titles(window: MainWindow) -> list[str]:
    return [window.model.entry_at(r).title for r in range(window.model.rowCount())]


# -- steady typing ----------------------------------------------------------------------------
def test_the_save_is_due_a_second_after_the_first_key_however_fast_the_keys_come(
    qtbot: QtBot,
) -> None:
    now = [100.0]
    saver = SaveTimer(debounce_ms=600, cap_ms=1000, clock=lambda: now[0])
    saver.changed()
    assert 590 <= saver.due_in_ms() <= 600  # a pause of 600 ms would save sooner
    for _ in range(9):  # a key every 100 ms: each pushes the save back, but not past the cap
        now[0] += 0.1
        saver.changed()
        assert saver.due_in_ms() <= round((100.0 + 1.0 - now[0]) * 1000)
    now[0] += 0.2  # past the cap, the timer not yet run: due at once
    saver.changed()
    assert saver.due_in_ms() == 0
    with qtbot.waitSignal(saver.due, timeout=WAIT):
        pass
    assert not saver.pending  # the next key starts a new second
    saver.changed()
    assert saver.due_in_ms() > 500


def test_steady_typing_is_saved_while_the_person_types(
    qtbot: QtBot, journal: Journal, make_window
) -> None:
    entry_id = journal.entries.add(EntryDraft(title="t"))
    window = make_window()
    body = window.editor_view.body
    body.setFocus()
    saver = window.editor.saver
    typed, stored = "", []
    for _ in range(30):  # a key every ~100 ms for 3 s: never the pause a debounce waits for
        qtbot.keyClicks(body, "w")
        typed += "w"
        if saver.pending:  # never due later than a second after the first unsaved key
            first = saver.first_change_at
            assert first is not None
            assert time.monotonic() + saver.due_in_ms() / 1000 <= first + 1.0 + 0.05
        qtbot.wait(100)
        stored.append(journal.entries.get(entry_id).body)
    assert any(stored)  # saved while the keys kept coming
    assert all(typed.startswith(text) for text in stored)
    qtbot.waitUntil(lambda: journal.entries.get(entry_id).body == typed, timeout=WAIT)


def test_steady_typing_in_an_answer_is_saved_while_the_person_types(
    qtbot: QtBot, journal: Journal, make_window
) -> None:
    entry_id = journal.entries.add(EntryDraft(title="t"))
    window = make_window()
    card = next(iter(window.questions_panel.cards.values()))
    qid = card.question.id
    card.answer.setFocus()
    stored = []
    for _ in range(25):
        qtbot.keyClicks(card.answer, "a")
        qtbot.wait(100)
        stored.append(journal.questions.answers(entry_id).get(qid, ""))
    assert any(stored)


# -- blank entries ----------------------------------------------------------------------------
def test_a_blank_new_entry_left_by_a_crash_is_gone_at_the_next_start(
    qtbot: QtBot, journal: Journal, make_window
) -> None:
    journal.entries.add(EntryDraft(title="real"))
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert journal.entries.count() == 2
    # The app dies here (nothing more is written); the next start:
    make_window()
    assert [e.title for e in journal.entries.summaries()] == ["real"]


def test_a_new_entry_with_anything_in_it_survives_the_next_start(
    qtbot: QtBot, journal: Journal, make_window
) -> None:
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.editor_view.title, "A")
    window.editor.flush()
    make_window()
    assert [e.title for e in journal.entries.summaries()] == ["A"]


# -- the command line writing meanwhile ---------------------------------------------------------
def test_a_command_line_edit_of_the_open_entry_shows_in_the_window(
    qtbot: QtBot, journal: Journal, paths: AppPaths, make_window
) -> None:
    entry_id = journal.entries.add(EntryDraft(title="t", body="before"))
    window = make_window()
    with Journal.open(paths) as cli:
        cli.entries.update(entry_id, EntryDraft(body="from the command line"))
    qtbot.waitUntil(
        lambda: window.editor_view.body.toPlainText() == "from the command line", timeout=WAIT
    )
    assert "elsewhere" in window.save_status.text()
    qtbot.keyClicks(window.editor_view.body, "!")  # and the next save is not refused
    window.editor.flush()
    assert journal.entries.get(entry_id).body == "!from the command line"
    assert journal.entries.count() == 1


def test_a_save_over_a_command_line_edit_keeps_both(
    qtbot: QtBot, journal: Journal, paths: AppPaths, make_window
) -> None:
    entry_id = journal.entries.add(EntryDraft(title="Call", body="before"))
    window = make_window()
    window.editor_view.body.setFocus()
    qtbot.keyClicks(window.editor_view.body, "mine ")
    with Journal.open(paths) as cli:
        cli.entries.update(entry_id, EntryDraft(body="theirs"))
    assert window.editor.flush()  # the save finds the entry changed: refused in core
    assert journal.entries.get(entry_id).body == "theirs"
    (mine,) = [e for e in journal.entries.summaries() if e.id != entry_id]
    assert journal.entries.get(mine.id).body == "mine before"
    assert mine.title == "Call (your version)"
    assert window.editor.entry_id == mine.id  # the person goes on writing in their version
    assert window.editor_view.body.toPlainText() == "mine before"
    qtbot.waitUntil(lambda: "Both versions are kept" in window.statusBar().currentMessage())
    assert sorted(titles(window)) == ["Call", "Call (your version)"]


def test_a_command_line_change_to_another_field_joins_the_unsaved_edits(
    qtbot: QtBot, journal: Journal, paths: AppPaths, make_window
) -> None:
    entry_id = journal.entries.add(EntryDraft(title="Call", body="before"))
    window = make_window()
    window.editor_view.body.setFocus()
    qtbot.keyClicks(window.editor_view.body, "mine ")
    with Journal.open(paths) as cli:
        cli.entries.update(entry_id, EntryDraft(title="Call at 9 pm", tags=("late",)))
    assert window.editor.flush()
    saved = journal.entries.get(entry_id)
    assert (saved.title, saved.tags, saved.body) == ("Call at 9 pm", ("late",), "mine before")
    assert journal.entries.count() == 1
    assert window.editor_view.title.text() == "Call at 9 pm"
    assert window.editor_view.tags.tokens() == ["late"]


def test_the_window_shows_a_change_to_another_field_beside_the_unsaved_edits(
    qtbot: QtBot, journal: Journal, paths: AppPaths, make_window
) -> None:
    entry_id = journal.entries.add(EntryDraft(title="Call", body="before"))
    window = make_window()
    window.editor_view.body.setFocus()
    qtbot.keyClicks(window.editor_view.body, "mine ")
    window.editor.saver.stop()  # only the watch can see it now
    with Journal.open(paths) as cli:
        cli.entries.update(entry_id, EntryDraft(title="Call at 9 pm"))
    assert window.watch.poll()
    assert window.editor_view.title.text() == "Call at 9 pm"
    assert window.editor_view.body.toPlainText() == "mine before"
    assert window.save_status.text() == "Changed elsewhere too: both changes are kept"
    qtbot.waitUntil(lambda: journal.entries.get(entry_id).body == "mine before", timeout=WAIT)
    assert journal.entries.get(entry_id).title == "Call at 9 pm"
    assert journal.entries.count() == 1


def test_unsaved_edits_are_kept_when_the_window_notices_the_change_first(
    qtbot: QtBot, journal: Journal, paths: AppPaths, make_window
) -> None:
    entry_id = journal.entries.add(EntryDraft(title="Call", body="before"))
    window = make_window()
    window.editor.saver.stop()
    window.editor_view.body.setFocus()
    qtbot.keyClicks(window.editor_view.body, "mine ")
    window.editor.saver.stop()  # only the watch can see it now
    with Journal.open(paths) as cli:
        cli.entries.update(entry_id, EntryDraft(body="theirs"))
    assert window.watch.poll()
    assert journal.entries.get(entry_id).body == "theirs"
    assert journal.entries.get(window.editor.entry_id).body == "mine before"


def test_command_line_changes_reach_the_list_and_counts(
    qtbot: QtBot, journal: Journal, paths: AppPaths, make_window
) -> None:
    journal.entries.add(EntryDraft(title="old"))
    window = make_window()
    with Journal.open(paths) as cli:
        cli.entries.add(EntryDraft(title="from the command line", clients=("Acme",)))
    qtbot.waitUntil(lambda: "from the command line" in titles(window), timeout=2000)
    everything = window.sidebar.model().index(0, 0)
    assert everything.data() == "All entries" and everything.data(CountRole) == 2
    assert "Acme" in window.editor_view.clients._choices  # noqa: SLF001


def test_the_window_does_not_take_its_own_saves_for_changes_elsewhere(
    qtbot: QtBot, journal: Journal, paths: AppPaths, make_window, monkeypatch
) -> None:
    entry_id = journal.entries.add(EntryDraft(title="t"))
    window = make_window()
    window.watch.poll()
    qtbot.keyClicks(window.editor_view.body, "typing")
    window.editor.flush()
    assert journal.entries.get(entry_id).body == "typing"
    reads = []
    real = journal.entries.summaries
    monkeypatch.setattr(
        journal.entries, "summaries", lambda *a, **k: reads.append(1) or real(*a, **k)
    )
    assert not window.watch.poll()  # its own save
    assert not window.watch.poll()  # nothing at all
    assert reads == []  # nothing was read again
    with Journal.open(paths) as cli:
        cli.entries.add(EntryDraft(title="other"))
    assert window.watch.poll()
    assert reads


# -- files left behind ------------------------------------------------------------------------
def test_ui_state_and_lock_file_are_the_owners_alone(
    qtbot: QtBot, paths: AppPaths, make_window
) -> None:
    window = make_window()
    window.close()
    assert stat.S_IMODE(paths.ui_state_file.stat().st_mode) == 0o600
    instance = SingleInstance(paths)
    assert instance.acquire()
    try:
        assert stat.S_IMODE(paths.lock_path.stat().st_mode) == 0o600
    finally:
        instance.release()


def test_sockets_of_crashed_windows_are_removed_and_live_ones_kept(
    qtbot: QtBot, paths: AppPaths, tmp_path: Path
) -> None:
    folder = Path(QDir.tempPath())
    stale = folder / f"boundary-journal-{uuid.uuid4().hex[:16]}"
    crashed = socket.socket(socket.AF_UNIX)
    crashed.bind(str(stale))  # a socket file no one listens on any more
    crashed.close()
    other = folder / f"boundary-journal-{uuid.uuid4().hex[:15]}x"  # not one of ours
    other.write_text("")
    paths.ensure()
    live = SingleInstance(paths)
    try:
        assert live.acquire()
        assert not stale.exists()
        from journal_app.ui.window.single_instance import server_name

        assert (folder / server_name(paths)).exists()
        assert server_name(paths) not in remove_stale_sockets()  # the live one stays
        assert (folder / server_name(paths)).exists()
        assert other.exists()
    finally:
        live.release()
        other.unlink()
        if stale.exists():
            os.unlink(stale)


def test_the_list_reads_again_but_signals_only_what_changed(
    qtbot: QtBot, qtmodeltester, journal: Journal
) -> None:
    from journal_app.core.records import EntryFilter
    from journal_app.ui.entries.entry_list_model import EntryListModel

    ids = [journal.entries.add(EntryDraft(title=f"e{n}")) for n in range(250)]
    model = EntryListModel(journal)
    model.set_filter(EntryFilter())
    model.fetchMore(model.index(0).parent())
    assert model.rowCount() == 250
    seen: list[str] = []
    model.dataChanged.connect(lambda a, _b, *_r: seen.append(f"changed {a.row()}"))
    model.modelReset.connect(lambda: seen.append("reset"))
    assert not model.refresh_all() and seen == []  # nothing changed: not a signal
    journal.entries.update(ids[-1], EntryDraft(title="renamed"))
    assert model.refresh_all() and seen == ["changed 0"]
    assert model.entry_at(0).title == "renamed"
    journal.entries.add(EntryDraft(title="new"))
    assert model.refresh_all() and seen[-1] == "reset"
    assert model.entry_at(0).title == "new" and model.entry_at(1).title == "renamed"
    qtmodeltester.check(model, force_py=True)


def test_an_entry_purged_elsewhere_under_unsaved_edits_lives_on_as_a_new_entry(
    qtbot: QtBot, journal: Journal, paths: AppPaths, make_window
) -> None:
    import datetime as dt

    journal.entries.add(EntryDraft(title="older", date=dt.date(2025, 1, 1)))
    entry_id = journal.entries.add(EntryDraft(title="Call", body="before"))
    window = make_window()
    assert window.editor.entry_id == entry_id
    window.editor_view.body.setFocus()
    qtbot.keyClicks(window.editor_view.body, "mine ")
    with Journal.open(paths) as cli:
        cli.entries.purge(entry_id)
    assert window.editor.flush()
    mine = journal.entries.get(window.editor.entry_id)
    assert (mine.title, mine.body) == ("Call (your version)", "mine before")
    qtbot.waitUntil(lambda: sorted(titles(window)) == ["Call (your version)", "older"])


def test_an_entry_trashed_elsewhere_shows_as_trashed_and_leaves_the_list(
    qtbot: QtBot, journal: Journal, paths: AppPaths, make_window
) -> None:
    import datetime as dt

    journal.entries.add(EntryDraft(title="older", date=dt.date(2025, 1, 1)))
    entry_id = journal.entries.add(EntryDraft(title="Call"))
    window = make_window()
    with Journal.open(paths) as cli:
        cli.entries.trash(entry_id)
    qtbot.waitUntil(lambda: titles(window) == ["older"], timeout=WAIT)
    assert window.editor.entry_id == entry_id
    assert window.editor_view.trash_banner.isVisible()
    assert window.editor_view.body.isReadOnly()
