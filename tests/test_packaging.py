"""What installers and desktops read: the scripts, the desktop entry, the metainfo, the icons
and the Flatpak manifest agree on one app id and ask for no network."""

from __future__ import annotations

import configparser
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

from journal_app.ui.app import APP_ID

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"


def test_the_window_has_a_gui_script_and_the_cli_a_console_script() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["scripts"]["boundary-journal"] == "journal_app.cli:main"
    assert project["gui-scripts"]["boundary-journal-gui"] == "journal_app.cli:main"


def test_desktop_entry_and_metainfo_share_the_app_id() -> None:
    desktop = configparser.ConfigParser(interpolation=None)
    desktop.optionxform = str  # type: ignore[assignment,method-assign]
    desktop.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    entry = desktop["Desktop Entry"]
    assert (entry["Type"], entry["Exec"], entry["Icon"]) == (
        "Application",
        "boundary-journal-gui %f",
        APP_ID,
    )
    assert entry["Terminal"] == "false" and "Name[ru]" in entry
    assert "application/x-boundary-journal-review" in entry["MimeType"].split(";")
    mime = ET.parse(LINUX / f"{APP_ID}.mime.xml").getroot()
    ns = "{http://www.freedesktop.org/standards/shared-mime-info}"
    types = {t.get("type"): t for t in mime.iter(f"{ns}mime-type")}
    review = types["application/x-boundary-journal-review"]
    assert review.find(f"{ns}glob").get("pattern") == "*.bjreview"  # type: ignore[union-attr]
    meta = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert meta.findtext("id") == APP_ID
    assert meta.findtext("launchable") == f"{APP_ID}.desktop"
    assert meta.findtext("project_license") == "MIT"
    assert (ROOT / "resources" / "icons" / f"{APP_ID}.svg").is_file()


def test_icons_are_rendered_in_the_hicolor_sizes(tmp_path: Path, qapp: object) -> None:
    import sys

    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        from icons import SIZES, render  # type: ignore[import-not-found]
    finally:
        sys.path.pop(0)
    from PySide6.QtGui import QImage

    made = render(tmp_path)
    for size in SIZES:
        image = QImage(str(tmp_path / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"))
        assert (image.width(), image.height()) == (size, size)
    assert made[-1].name == f"{APP_ID}.svg"


def test_the_flatpak_gets_no_network() -> None:
    manifest = (ROOT / "packaging" / "flatpak" / f"{APP_ID}.yml").read_text(encoding="utf-8")
    assert f"app-id: {APP_ID}" in manifest
    assert "--share=ipc" in manifest
    granted = [line.strip() for line in manifest.splitlines() if line.strip().startswith("- --")]
    assert granted and not any("network" in g for g in granted)
