import sys
from pathlib import Path

# Tests import the app and each other from the repository root, with or without an installed app.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
