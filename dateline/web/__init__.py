"""The web app: server-rendered pages, plain JavaScript and CSS, and an offline world map."""

from pathlib import Path

STATIC_DIR = Path(__file__).parent / "static"
TEMPLATES_DIR = Path(__file__).parent / "templates"
