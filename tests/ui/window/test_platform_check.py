from journal_app.ui.window import platform_check
from journal_app.ui.window.platform_check import display_problem, missing_packages


def test_no_display_is_said_plainly() -> None:
    problem = display_problem({}, platform="linux")
    assert problem is not None and "DISPLAY is not set" in problem


def test_missing_libraries_are_named_with_their_packages(monkeypatch) -> None:
    monkeypatch.setattr(
        platform_check, "XCB_LIBRARIES", {"libnot-there-at-all.so.7": "libnot-there7"}
    )
    problem = display_problem({"DISPLAY": ":0"}, platform="linux")
    assert problem is not None and "sudo apt-get install libnot-there7" in problem


def test_other_platforms_and_offscreen_are_left_to_qt() -> None:
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, platform="linux") is None
    assert display_problem({}, platform="win32") is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, platform="linux") is None


def test_a_missing_glib_or_dbus_is_named_before_qt_is_imported(monkeypatch) -> None:
    """Without GLib importing PySide6 dies with a traceback; the check names the package,
    offscreen too (the tests and a headless export need it as well)."""
    monkeypatch.setattr(
        platform_check,
        "QT_LIBRARIES",
        {"libglib-2.0.so.0": "libglib2.0-0", "libnot-there-dbus.so.3": "libdbus-1-3"},
    )
    for env in ({"DISPLAY": ":0"}, {"QT_QPA_PLATFORM": "offscreen"}, {}):
        problem = display_problem(env, platform="linux")
        assert problem is not None
        assert "sudo apt-get install libdbus-1-3" in problem and "libglib2.0-0" not in problem
    assert missing_packages(platform_check.QT_LIBRARIES) == ["libdbus-1-3"]


def test_the_app_module_loads_no_qt_before_the_check() -> None:
    import subprocess
    import sys

    code = "import sys, journal_app.ui.app; print('PySide6' in ' '.join(sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
