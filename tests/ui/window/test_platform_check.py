from journal_app.ui.window import platform_check
from journal_app.ui.window.platform_check import display_problem, missing_packages


def test_no_display_is_said_plainly() -> None:
    problem = display_problem({}, platform="linux")
    assert problem is not None and "DISPLAY is not set" in problem


def test_missing_libraries_are_named_with_their_packages(monkeypatch) -> None:
    monkeypatch.setattr(
        platform_check, "XCB_LIBRARIES", {"libnot-there-at-all.so.7": "libnot-there7"}
    )
    monkeypatch.setattr(
        platform_check,
        "missing_packages",
        lambda: missing_packages({"libnot-there-at-all.so.7": "libnot-there7"}),
    )
    problem = display_problem({"DISPLAY": ":0"}, platform="linux")
    assert problem is not None and "sudo apt-get install libnot-there7" in problem


def test_other_platforms_and_offscreen_are_left_to_qt() -> None:
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, platform="linux") is None
    assert display_problem({}, platform="win32") is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, platform="linux") is None
