"""This set's scorer: the shared rules (tests/eval_score.py, a copy of ../shared/eval/score.py) on this folder.

Run from the project checkout: .venv/bin/python tests/eval_blind9/score.py --py .venv/bin/python --verbose
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from eval_score import main  # noqa: E402

if __name__ == "__main__":
    main(Path(__file__).resolve().parent)
