"""The README stays true: its quick start is what CI runs, and it documents every setting."""
from __future__ import annotations

from pathlib import Path

from bot.config import Settings

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_setting_is_documented():
    missing = [n.upper() for n in Settings.model_fields if f"`{n.upper()}" not in README and f" `{n.upper()}`" not in README
               and n.upper() not in README]
    assert not missing, f"README's configuration table lacks {missing}"


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    command = next(line for line in ci.splitlines() if line.startswith("python3 -m venv"))
    assert command.replace("pytest -q", "pytest -q") in README
