"""Linking quotes to the official texts they come from (issue 4).

>>> from quotetrack.link import link, Source
>>> src = Source(id="s", text="Nous appelons toutes les parties à la retenue.")
>>> l = link("« Nous appelons toutes les parties à la retenue », a déclaré le ministre.", src)[0]
>>> (l.fidelity, l.source_id, l.source_text)
('verbatim', 's', 'Nous appelons toutes les parties à la retenue')
"""

from quotetrack.link.evaluate import LinkScores, evaluate_links
from quotetrack.link.linker import Linker, link
from quotetrack.link.models import Alternative, DiffOp, Fidelity, Flag, Link, Source
from quotetrack.link.render import link_html, links_html
from quotetrack.link.settings import LinkSettings

__all__ = [
    "Alternative",
    "DiffOp",
    "Fidelity",
    "Flag",
    "Link",
    "LinkScores",
    "LinkSettings",
    "Linker",
    "Source",
    "evaluate_links",
    "link",
    "link_html",
    "links_html",
]

from quotetrack._callable import make_callable  # noqa: E402

make_callable(__name__, link)
