"""This set's sanity check: the shared one (tests/eval_check.py) on this folder.

python tests/eval_blind9/check_truth.py [--show]
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from eval_check import main  # noqa: E402

if __name__ == "__main__":
    main(Path(__file__).resolve().parent)
