"""quotetrack.dask on a local cluster of processes: bag and dataframe extraction, Parquet, loading."""

from __future__ import annotations

import pickle
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

dask = pytest.importorskip("dask")
pytest.importorskip("dask.dataframe")
pytest.importorskip("pyarrow")
distributed = pytest.importorskip("distributed")
pd = pytest.importorskip("pandas")

from test_track_support import fake_extract  # noqa: E402

from quotetrack import dask as qd  # noqa: E402
from quotetrack.track import Article, Tracker  # noqa: E402

SPEAKERS = ["le Kremlin", "l'Élysée", "le maire", "Vladimir Poutine"]
OUTLETS = ["Le Quotidien", "La Gazette", "L'Hebdo"]


def articles(n: int = 24) -> list[dict[str, Any]]:
    return [
        {
            "id": f"d{i}",
            "text": f"Réunion {i}. « Nous signerons l'accord numéro {i % 7} », a déclaré {SPEAKERS[i % 4]}. "
            f"« Pas avant l'été », a ajouté {SPEAKERS[(i + 1) % 4]}.",
            "outlet": OUTLETS[i % 3],
            "published": f"2019-0{1 + i % 9}-1{i % 10}",
        }
        for i in range(n)
    ]


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    cluster = distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None)
    with distributed.Client(cluster) as c:
        yield c
    cluster.close()


def local_records(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [r for a in items for r in qd.article_records(a, fake_extract)]


def test_extraction_is_picklable_and_stateless() -> None:
    item = articles(1)[0]
    fn = pickle.loads(pickle.dumps(qd.article_records))
    assert fn(item, fake_extract) == fn(item, fake_extract) == qd.article_records(Article(**item), fake_extract)
    assert pickle.loads(pickle.dumps(fake_extract)) is fake_extract


def test_extract_bag_matches_local_extraction(client: Any) -> None:
    import dask.bag as db

    items = articles()
    bag = qd.extract_bag(db.from_sequence(items, npartitions=4), extract=fake_extract)
    got = bag.compute()
    want = local_records(items)
    key = lambda r: (r["article_id"], r["start"])  # noqa: E731
    assert sorted(got, key=key) == sorted(want, key=key)
    assert {r["speaker"] for r in got} == {"Kremlin", "Élysée", "le maire", "Vladimir Poutine"}


def test_extract_frame_to_parquet_and_load(client: Any, tmp_path: Path) -> None:
    import dask.dataframe as dd

    items = articles()
    frame = pd.DataFrame(items).rename(columns={"id": "doc", "text": "body"})
    ddf = dd.from_pandas(frame, npartitions=3)
    records = qd.extract_frame(ddf, text_col="body", id_col="doc", extract=fake_extract)
    assert list(records.columns) == list(qd.RECORD_FIELDS)
    out = tmp_path / "statements.parquet"
    qd.to_parquet(records, out)
    assert len(list(out.glob("*.parquet"))) == 3
    with Tracker(tmp_path / "s.db", extract=fake_extract) as t:
        summary = t.load_parquet(out)
        assert (summary.added, summary.statements) == (24, 48)
        assert t.load_parquet(out).skipped == 24  # loading again changes nothing
        with Tracker(":memory:", extract=fake_extract) as ref:
            ref.add_many([Article(**a) for a in items])
            key = lambda s: (s.article_id, s.start)  # noqa: E731
            strip = lambda s: s.model_dump(exclude={"id"})  # noqa: E731
            assert [strip(s) for s in sorted(t.statements(), key=key)] == [strip(s) for s in sorted(ref.statements(), key=key)]
        assert len(t.statements(speaker="Kremlin", outlet="Le Quotidien")) > 0


def test_bag_to_partitioned_parquet(client: Any, tmp_path: Path) -> None:
    import dask.bag as db

    bag = qd.extract_bag(db.from_sequence(articles(12), npartitions=2), extract=fake_extract)
    out = tmp_path / "by_outlet"
    qd.to_parquet(bag, out, partition_on=["outlet"])
    assert sorted(p.name for p in out.iterdir() if p.is_dir()) == [f"outlet={o}" for o in sorted(OUTLETS)]
    with Tracker(":memory:", extract=fake_extract) as t:
        assert t.load_parquet(out).added == 12
        assert {s.outlet for s in t.statements()} == set(OUTLETS)


def test_extract_frame_checks_columns(client: Any) -> None:
    import dask.dataframe as dd

    ddf = dd.from_pandas(pd.DataFrame({"id": ["a"], "body": ["x"]}), npartitions=1)
    with pytest.raises(ValueError, match="no column 'text'"):
        qd.extract_frame(ddf)
