"""Dump the quotetrack on PYTHONPATH's predictions and per-document counts over the written and reference gold.

    PYTHONPATH=TREE python tools/gold/dump.py OUT.jsonl [GOLD.jsonl ...]

One line a document: its id, its predicted quotes (start, end, kind, speaker) and its end-to-end tp/fp/fn and
attribution right/total, so that two dumps compare without running either tree again (``diffdump.py``).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _common import REFERENCE, WRITTEN  # noqa: E402


def main() -> None:
    from quotetrack import pipeline
    from quotetrack.evaluate import _gather, _pred_speaker, _score_document, _year
    out = Path(sys.argv[1])
    golds = [Path(p) for p in sys.argv[2:]] or [WRITTEN, *[p for p in REFERENCE if p.exists()]]
    with open(out, "w", encoding="utf-8") as f:
        for path in golds:
            for g in _gather([str(path)]).documents:
                doc = pipeline.extract(g.text, config=pipeline.Config(year=_year(g.meta)))
                c = _score_document(g, doc)
                quotes = [[q.start, q.end, str(q.kind.value), _pred_speaker(q)] for q in doc.quotes]
                row = {"id": g.id, "quotes": quotes, "e2e": [c.e2e.tp, c.e2e.fp, c.e2e.fn],
                       "attr": [c.attribution_right, c.attribution_total]}
                f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
