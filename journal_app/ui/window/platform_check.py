"""Say plainly what a Linux desktop lacks before Qt fails with "could not load the xcb plugin",
or before importing Qt itself dies with an ImportError traceback (GLib, D-Bus).

No Qt import here: this runs before Qt is loaded.
"""

from __future__ import annotations

import ctypes
import os
import sys

# soname → the Debian/Ubuntu package that provides it (what Qt's xcb plugin loads).
XCB_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
}


# What Qt's own libraries load whatever the platform (offscreen too): without them importing
# PySide6 fails with "ImportError: libglib-2.0.so.0: cannot open shared object file".
QT_LIBRARIES = {
    "libglib-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
}


def _uses_xcb(env: dict[str, str]) -> bool:
    platform = env.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.split(":")[0].split(";")[0] == "xcb"
    return not env.get("WAYLAND_DISPLAY")


def missing_packages(libraries: dict[str, str]) -> list[str]:
    missing = []
    for soname, package in libraries.items():
        try:
            ctypes.CDLL(soname)
        except OSError:
            missing.append(package)
    return missing


def display_problem(env: dict[str, str] | None = None, platform: str = sys.platform) -> str | None:
    """A sentence for the person when the window cannot open here, else None."""
    env = dict(os.environ if env is None else env)
    if platform != "linux":
        return None
    packages = missing_packages(QT_LIBRARIES)
    if packages:
        return (
            "Boundary Journal cannot start its window: Qt needs system libraries that are not "
            f"installed.\nOn Debian or Ubuntu: sudo apt-get install {' '.join(packages)}\n"
            "The command line works without them: boundary-journal --help"
        )
    if not _uses_xcb(env):
        return None
    if not env.get("DISPLAY"):
        return (
            "Boundary Journal needs a graphical desktop, and none was found (DISPLAY is not set). "
            "The command line works without one: boundary-journal --help"
        )
    packages = missing_packages(XCB_LIBRARIES)
    if packages:
        return (
            "The window cannot open: Qt needs system libraries that are not installed.\n"
            f"On Debian or Ubuntu: sudo apt-get install {' '.join(packages)}"
        )
    return None
