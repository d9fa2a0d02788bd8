"""core/ never imports Qt: the CLI and tests must run without a display or PySide6 loaded."""

import ast
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "journal_app" / "core"


def test_no_module_in_core_imports_qt() -> None:
    offenders = []
    for source in CORE.rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{source.name}: {n}" for n in names if n.split(".")[0] == "PySide6"]
    assert offenders == []


def test_using_the_core_and_cli_loads_no_qt(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from journal_app.cli import main\n"
        f"main(['--data-dir', {str(tmp_path)!r}, 'add', '--text', 'x'])\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"
