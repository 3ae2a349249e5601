"""Extraction on Dask, for corpora past one machine (optional extra ``quotetrack[dask]``).

Map extraction over a dask bag or dataframe of articles, write the statement records
as partitioned Parquet, and load them into a tracker with
:meth:`quotetrack.track.Tracker.load_parquet`. Every function shipped to workers is a
module-level function of its arguments: picklable, and keeping no state between calls.
Articles without any quote yield no record, so they are not stored by ``load_parquet``.

The core never imports this module; dask, pandas and pyarrow are imported inside functions.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from datetime import date
from pathlib import Path
from typing import Any

from quotetrack.models import Document
from quotetrack.track.models import Article, content_hash
from quotetrack.track.records import QUOTE_FIELDS, check_offsets, statement_records

__all__ = ["RECORD_FIELDS", "article_records", "extract_bag", "extract_frame", "read_records", "to_parquet"]

Extractor = Callable[[str], Document]

ARTICLE_FIELDS: dict[str, str] = {
    "article_id": "string",
    "article_hash": "string",
    "outlet": "string",
    "published": "string",  # ISO day: sortable, and the same type in every partition
    "url": "string",
    "lang": "string",
}
RECORD_FIELDS: dict[str, str] = {**ARTICLE_FIELDS, **QUOTE_FIELDS}
"""Columns of a statement record and their pandas dtypes, in order."""


def _need(module: str) -> Any:
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise ImportError(f"quotetrack.dask needs {module.split('.')[0]}: pip install 'quotetrack[dask]'") from exc


def _default_extract(text: str) -> Document:
    from quotetrack import extract

    return extract(text)


def article_records(article: Article | Mapping[str, Any], extract: Extractor | None = None) -> list[dict[str, Any]]:
    """Statement records of one article: its fields repeated on each of its quotes."""
    a = article if isinstance(article, Article) else Article.model_validate(dict(article))
    doc = (extract or _default_extract)(a.text)
    check_offsets(a.text, doc)
    head = {
        "article_id": a.id,
        "article_hash": content_hash(a.text),
        "outlet": a.outlet,
        "published": a.published.isoformat() if a.published else None,
        "url": a.url,
        "lang": a.lang,
    }
    return [{**head, **r} for r in statement_records(doc)]


def extract_bag(bag: Any, *, extract: Extractor | None = None) -> Any:
    """A dask bag of statement records from a bag of articles (``Article`` or mappings)."""
    return bag.map(article_records, extract=extract).flatten()


def meta() -> Any:
    """An empty pandas frame with the record columns and dtypes (dask's ``meta``)."""
    pd = _need("pandas")
    return pd.DataFrame({k: pd.Series(dtype=v) for k, v in RECORD_FIELDS.items()})


def _records_frame(rows: list[dict[str, Any]]) -> Any:
    pd = _need("pandas")
    empty = meta()
    if not rows:
        return empty
    return pd.DataFrame(rows, columns=list(RECORD_FIELDS)).astype(empty.dtypes.to_dict())


_ARTICLE_COLUMNS = ("outlet", "published", "url", "lang")


def _partition(pdf: Any, text_col: str, id_col: str, extract: Extractor | None) -> Any:
    rows: list[dict[str, Any]] = []
    extra = [c for c in _ARTICLE_COLUMNS if c in pdf.columns]
    for values in pdf[[id_col, text_col, *extra]].itertuples(index=False, name=None):
        fields = {k: v for k, v in zip(extra, values[2:], strict=True) if _present(v)}
        if "published" in fields:
            fields["published"] = str(fields["published"])[:10]
        rows.extend(article_records(Article(id=str(values[0]), text=values[1], **fields), extract))
    return _records_frame(rows)


def _present(value: Any) -> bool:
    return value is not None and value == value  # NaN / NaT are not equal to themselves


def extract_frame(ddf: Any, text_col: str = "text", id_col: str = "id", *, extract: Extractor | None = None) -> Any:
    """A dask dataframe of statement records from a dataframe of articles.

    Columns ``outlet``, ``published``, ``url`` and ``lang`` are used when present.
    """
    for col in (text_col, id_col):
        if col not in ddf.columns:
            raise ValueError(f"extract_frame: no column {col!r} in {list(ddf.columns)}")
    return ddf.map_partitions(_partition, text_col, id_col, extract, meta=meta())


def to_parquet(records: Any, path: str | Path, *, partition_on: list[str] | None = None) -> None:
    """Write records (a bag from :func:`extract_bag` or a frame from :func:`extract_frame`) as Parquet.

    One file per dask partition under ``path``; ``partition_on`` (e.g. ``["outlet"]``)
    adds hive-style directories.
    """
    _need("pyarrow")
    frame = records.to_dataframe(meta=meta()) if hasattr(records, "to_dataframe") else records
    frame.to_parquet(str(path), engine="pyarrow", write_index=False, partition_on=partition_on)


def read_records(path: str | Path) -> Iterator[tuple[Article, str, list[dict[str, Any]]]]:
    """Articles (without text), content hash and statement records from a Parquet directory."""
    ds = _need("pyarrow.dataset")
    dataset = ds.dataset(str(path), format="parquet", partitioning="hive")
    for fragment in dataset.get_fragments():
        keys = ds.get_partition_keys(fragment.partition_expression)
        grouped: dict[str, list[dict[str, Any]]] = {}
        for row in fragment.to_table().to_pylist():
            row.update(keys)
            grouped.setdefault(str(row["article_id"]), []).append(row)
        for article_id, rows in grouped.items():
            head = rows[0]
            published = head.get("published")
            article = Article(
                id=article_id,
                text="",
                outlet=head.get("outlet"),
                published=date.fromisoformat(str(published)[:10]) if published else None,
                url=head.get("url"),
                lang=head.get("lang") or "fr",
            )
            yield article, str(head["article_hash"]), rows
