"""The archivist's filters: undated photographs and photographs with a recorded index problem,
counted under the other filters, on SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import select

from photobook.db import queries
from photobook.db.models import IndexProblem, Photo, Source
from photobook.services.synthetic import populate


def _warn(session, photo: Photo) -> None:
    session.add(
        IndexProblem(
            source_id=photo.source_id,
            path_bytes=photo.path_bytes,
            path=photo.path,
            severity="warning",
            code="truncated",
            params={},
        )
    )


def test_undated_and_problem_filters_are_counted_in_sql(any_library):
    populate(any_library, 60, distinct_thumbs=2)
    with any_library.Session() as s:
        photos = s.scalars(select(Photo).order_by(Photo.id)).all()
        undated = {p.id for p in photos if p.day_start is None}
        warned = [photos[3], photos[10]]
        for p in warned:
            _warn(s, p)
        # a problem for a file that was never catalogued marks no photograph
        src = s.scalars(select(Source)).first()
        s.add(IndexProblem(source_id=src.id, path_bytes=b"gone.jpg", path="gone.jpg", code="empty_file"))
        s.commit()
    with any_library.Session() as s:
        assert undated, "the synthetic archive has undated photographs"
        assert set(queries.photo_ids(s, queries.PhotoFilter(undated=True))) == undated
        assert set(queries.photo_ids(s, queries.PhotoFilter(problems=True))) == {p.id for p in warned}
        assert queries.flag_counts(s) == (len(undated), 2)
        only_published = queries.PhotoFilter(statuses=("published",))
        n_undated_pub = queries.count(s, queries.PhotoFilter(statuses=("published",), undated=True))
        n_warned_pub = sum(1 for p in warned if p.status == "published")
        assert queries.flag_counts(s, only_published) == (n_undated_pub, n_warned_pub)
        assert queries.problem_photo_ids(s, [p.id for p in photos]) == {p.id for p in warned}
        source = s.scalar(select(Source.path).where(Source.id == warned[0].source_id))
        assert queries.photo_for_problem(s, source, warned[0].path) == warned[0].id
        assert queries.photo_for_problem(s, source, "gone.jpg") is None
