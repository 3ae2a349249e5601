"""``python -m quotetrack``: the same command line as the ``quotetrack`` script."""

from quotetrack.cli import main

raise SystemExit(main())
