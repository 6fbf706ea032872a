"""The Jinja2 environment of the web pages: package templates, autoescaping always on."""

from __future__ import annotations

import functools

from fastapi.templating import Jinja2Templates
from jinja2 import Environment, PackageLoader, StrictUndefined

from dateline.api.paths import (
    actor_api_path,
    actor_page_path,
    document_api_path,
    document_page_path,
    event_page_path,
)
from dateline.web.highlight import LAYER_TITLES, ROLE_TITLES


@functools.cache
def templates() -> Jinja2Templates:
    """The shared template renderer (built on first use)."""
    env = Environment(
        loader=PackageLoader("dateline.web", "templates"),
        # Escape everything, whatever the template's file name: article text is untrusted.
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(
        doc_page=document_page_path,
        doc_api=document_api_path,
        actor_page=actor_page_path,
        actor_api=actor_api_path,
        event_page=event_page_path,
        layer_titles=LAYER_TITLES,
        role_titles=ROLE_TITLES,
    )
    return Jinja2Templates(env=env)
