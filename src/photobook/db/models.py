"""The catalog's tables. Dates are EDTF strings with day-ordinal bounds (see core.dates)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    UniqueConstraint,
    and_,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from photobook.core import languages
from photobook.core.filters import STATUSES as STATUSES
from photobook.db.base import Base

DATE_SOURCES = (
    "archivist",
    "filename",
    "exif_capture",
    "exif_digitised",
    "xmp_created",  # XMP photoshop:DateCreated (a sidecar's or the file's)
    "iptc_created",  # IPTC-IIM DateCreated
    "none",
)


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


photo_themes = Table(
    "photo_themes",
    Base.metadata,
    Column("photo_id", ForeignKey("photos.id", ondelete="CASCADE"), primary_key=True),
    Column("theme_id", ForeignKey("themes.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_photo_themes_theme", "theme_id", "photo_id"),
)

photo_reigns = Table(
    "photo_reigns",
    Base.metadata,
    Column("photo_id", ForeignKey("photos.id", ondelete="CASCADE"), primary_key=True),
    Column("reign_id", ForeignKey("reigns.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_photo_reigns_reign", "reign_id", "photo_id"),
)


class Source(Base):
    """A folder of originals. photobook never writes inside it."""

    __tablename__ = "sources"
    id: Mapped[int] = mapped_column(primary_key=True)
    path: Mapped[str] = mapped_column(Text, unique=True)
    # The folder's path as the file system's bytes (a folder name need not be UTF-8); ``path`` is
    # its readable text. NULL only for a source that no indexer has seen since the column appeared.
    path_bytes: Mapped[bytes | None] = mapped_column(LargeBinary)
    added_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    last_scan_at: Mapped[datetime | None] = mapped_column(DateTime)


class Photo(Base):
    __tablename__ = "photos"
    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"))
    # The path relative to the source, as the file system's bytes (names need not be UTF-8), and
    # the same path as readable text (undecodable bytes shown as U+FFFD) for display and search.
    path_bytes: Mapped[bytes] = mapped_column(LargeBinary)
    path: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(32), index=True)
    size: Mapped[int] = mapped_column(BigInteger)
    mtime_ns: Mapped[int] = mapped_column(BigInteger)
    missing: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")

    format: Mapped[str | None] = mapped_column(String(16))
    pixel_width: Mapped[int | None] = mapped_column(Integer)
    pixel_height: Mapped[int | None] = mapped_column(Integer)
    orientation: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    width: Mapped[int | None] = mapped_column(Integer)  # as displayed, orientation applied
    height: Mapped[int | None] = mapped_column(Integer)
    camera_make: Mapped[str | None] = mapped_column(Text)
    camera_model: Mapped[str | None] = mapped_column(Text)
    gps_lat: Mapped[float | None] = mapped_column(Float)
    gps_lon: Mapped[float | None] = mapped_column(Float)
    digitised_at: Mapped[str | None] = mapped_column(String(32))  # EXIF scan/digitised time, ISO

    date_edtf: Mapped[str] = mapped_column(String(64), default="", server_default="")
    date_source: Mapped[str] = mapped_column(String(16), default="none", server_default="none")
    day_start: Mapped[int | None] = mapped_column(Integer)  # date.toordinal() of earliest day
    day_end: Mapped[int | None] = mapped_column(Integer)
    year: Mapped[int | None] = mapped_column(Integer)  # middle of the interval; NULL = undated
    approximate: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")

    status: Mapped[str] = mapped_column(String(16), default="draft", server_default="draft")
    photographer: Mapped[str | None] = mapped_column(Text)
    credit: Mapped[str | None] = mapped_column(Text)
    rights: Mapped[str | None] = mapped_column(Text)
    # where the photographer, credit and rights are written otherwise in Arabic or English
    # (revision 0013); the three above stay the French, or the one, value — as ``place`` does
    photographer_ar: Mapped[str | None] = mapped_column(Text)
    photographer_en: Mapped[str | None] = mapped_column(Text)
    credit_ar: Mapped[str | None] = mapped_column(Text)
    credit_en: Mapped[str | None] = mapped_column(Text)
    rights_ar: Mapped[str | None] = mapped_column(Text)
    rights_en: Mapped[str | None] = mapped_column(Text)
    plate: Mapped[str | None] = mapped_column(Text)  # the book's plate/page reference
    place: Mapped[str | None] = mapped_column(Text)  # in French, or the one name it has
    place_ar: Mapped[str | None] = mapped_column(Text)  # where it is written otherwise in Arabic
    place_en: Mapped[str | None] = mapped_column(Text)  # … and in English
    place_lat: Mapped[float | None] = mapped_column(Float)
    place_lon: Mapped[float | None] = mapped_column(Float)
    # the place in the vocabulary (revision 0010), when the photograph's place is one of them; no
    # foreign key (see the revision): services.places and services.edits keep it right
    place_id: Mapped[int | None] = mapped_column(Integer, index=True)
    notes: Mapped[str | None] = mapped_column(Text)  # internal, never shown to visitors
    keywords: Mapped[str | None] = mapped_column(Text)  # embedded keywords that matched no theme
    search_text: Mapped[str] = mapped_column(Text, default="", server_default="")  # folded, see core.text
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    # Bumped by every archivist's save (services.edits): a save made against an older revision is
    # refused, so that two archivists on one catalog never silently overwrite each other.
    revision: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    # A 64-bit perceptual hash of the thumbnail (core.duplicates; signed, as BIGINT holds it):
    # near duplicates are photographs whose hashes differ in few bits. NULL until computed.
    phash: Mapped[int | None] = mapped_column(BigInteger)
    # What the standards in the file and its sidecars say of the location: {"sublocation", "city",
    # "state", "country", "country_code"} (``place`` is the one name shown).
    location: Mapped[dict[str, str] | None] = mapped_column(JSON)
    # The XMP sidecars read last time, a JSON list of [name, size, mtime_ns]: one that changes is
    # read again (and ``show`` names them).
    sidecar_sig: Mapped[str | None] = mapped_column(Text)
    # What the file (and its sidecars) said last time it was read: {"captions": {lang: [title,
    # text]}, "photographer", "rights", "credit", "place", "keywords", "location"}. A
    # field whose value is still this one is the file's to refresh; any other value is the
    # archivist's and stays (indexer/catalog_writer.py).
    file_values: Mapped[dict[str, Any] | None] = mapped_column(JSON)

    captions: Mapped[list[Caption]] = relationship(
        back_populates="photo", cascade="all, delete-orphan", lazy="selectin"
    )
    themes: Mapped[list[Theme]] = relationship(secondary=photo_themes, lazy="selectin")
    reigns: Mapped[list[Reign]] = relationship(secondary=photo_reigns, lazy="selectin")

    __table_args__ = (
        UniqueConstraint("source_id", "path_bytes", name="uq_photos_source_path"),
        CheckConstraint("status IN ('draft', 'reviewed', 'published')", name="status"),
        CheckConstraint(
            "date_source IN ('archivist', 'filename', 'exif_capture', 'exif_digitised', "
            "'xmp_created', 'iptc_created', 'none')",
            name="date_source",
        ),
        # The timeline's queries: a date range (a reign is one too), within a status or not,
        # ordered by date, LIMIT n. Covering for the timeline's (id, day_start, day_end,
        # approximate) load: the rowid is in every SQLite index, so 100,000 rows come from the
        # index alone (~55 ms, not ~280 ms), and so do 50,000 published ones (~40 ms, not ~100 ms).
        Index("ix_photos_status_day", "status", "day_start", "day_end", "approximate"),
        Index("ix_photos_day", "day_start", "day_end", "approximate"),
        # ORDER BY day_start, day_end, id (a filter's first page: ``queries.photo_ids`` with a
        # LIMIT, the CLI's list, exports; a contact sheet page; the rows of the visible span) in
        # index order to the last tie, so a LIMIT stops the walk (revision 0021): the indexes above
        # end in ``approximate``, and the photographs of one interval (a decade: thousands) were all
        # read, probed and sorted first. Covering for the timeline's rows, ``approximate`` included.
        Index("ix_photos_status_order", "status", "day_start", "day_end", "id", "approximate"),
        Index("ix_photos_order", "day_start", "day_end", "id", "approximate"),
        # Counts per year, within a status or not, and within a date range (a reign): covering,
        # and already in year order for GROUP BY (published at 100,000: ~5 ms instead of ~55 ms).
        Index("ix_photos_status_year", "status", "year", "day_start", "day_end"),
        Index("ix_photos_year", "year", "day_start", "day_end"),
        Index("ix_photos_phash", "phash"),
    )


# The timeline's axis (revision 0009): a photograph sits at the middle of its interval,
# ``day_start + day_end`` (twice the middle day). Bucket counts and the rows of the visible span are
# range scans of these, covering and in axis order (middle day, then id: queries.bucket_counts,
# queries.span_rows).
_mid = Photo.day_start + Photo.day_end
Index("ix_photos_mid", _mid, Photo.id, Photo.day_start, Photo.day_end, Photo.approximate)
Index("ix_photos_status_mid", Photo.status, _mid, Photo.id, Photo.day_start, Photo.day_end, Photo.approximate)

# The dated photographs whose date is neither exact nor "about" ("1981?", "1981%"), which the summarised
# timeline draws apart from "1981~" (revision 0015, queries.timeline_qualified_apart): a few rows, so a
# partial index; its condition is the query's own, so that both databases see the query implies it.
_apart = and_(Photo.approximate.is_(True), Photo.date_edtf.not_like("%~"))
Index(
    "ix_photos_qualified_apart",
    Photo.day_start,
    Photo.day_end,
    Photo.id,
    sqlite_where=_apart,
    postgresql_where=_apart,
)


# --- summaries (revision 0009): counts kept exact by triggers in the same transaction -------------------
#
# The window, the kiosk and ``themes list`` ask for counts per year, reign and theme, within a status
# or not, present files only or not. At a million photographs a GROUP BY over the photos takes tens
# to hundreds of milliseconds; these tables make each count a lookup of a few hundred rows. SQL
# triggers on photos, photo_reigns, photo_themes and themes (SQLite and PostgreSQL alike, created by
# the migration) keep them exact whichever code writes: the indexer, the edit services, imports,
# merges, deletions. A row whose count fell to 0 may stay; readers skip it.

#: ``summary_years.year`` of the undated photographs (a key column cannot be NULL)
UNDATED_YEAR = -99999

summary_years = Table(
    "summary_years",
    Base.metadata,
    Column("status", String(16), primary_key=True),
    Column("missing", Boolean, primary_key=True),
    Column("year", Integer, primary_key=True),
    Column("n", BigInteger, nullable=False, server_default="0"),
)

summary_reigns = Table(
    "summary_reigns",
    Base.metadata,
    Column("reign_id", ForeignKey("reigns.id", ondelete="CASCADE"), primary_key=True),
    Column("status", String(16), primary_key=True),
    Column("missing", Boolean, primary_key=True),
    Column("n", BigInteger, nullable=False, server_default="0"),
)

# photographs tagged with the theme or any of its sub-themes, each counted once
summary_themes = Table(
    "summary_themes",
    Base.metadata,
    Column("theme_id", ForeignKey("themes.id", ondelete="CASCADE"), primary_key=True),
    Column("status", String(16), primary_key=True),
    Column("missing", Boolean, primary_key=True),
    Column("n", BigInteger, nullable=False, server_default="0"),
)

# per theme (each photograph under every ancestor of its themes, once) and date interval, within a
# status, present or missing: how many photographs and the smallest id (a cover). What a theme
# filter's timeline overview reads (revision 0014; undated photographs are not in it)
summary_theme_days = Table(
    "summary_theme_days",
    Base.metadata,
    Column("theme_id", ForeignKey("themes.id", ondelete="CASCADE"), primary_key=True),
    Column("day_start", Integer, primary_key=True),
    Column("day_end", Integer, primary_key=True),
    Column("approximate", Boolean, primary_key=True),
    Column("status", String(16), primary_key=True),
    Column("missing", Boolean, primary_key=True),
    Column("n", BigInteger, nullable=False, server_default="0"),
    Column("cover", Integer, nullable=False),
    # the count and the cover beside the key: a theme's range read from the index alone (revision 0019)
    Index(
        "ix_summary_theme_days_covering",
        "theme_id",
        "day_start",
        "day_end",
        "approximate",
        "status",
        "missing",
        "n",
        "cover",
    ),
)

# ``summary_theme_days`` summed over statuses and missing flags: per theme and date interval, every
# photograph of it and the smallest id. What a theme filter of every status reads (revision 0020: the
# groups are its rows, a range of its key); kept from ``summary_theme_days`` by triggers on that table
summary_theme_days_all = Table(
    "summary_theme_days_all",
    Base.metadata,
    Column("theme_id", ForeignKey("themes.id", ondelete="CASCADE"), primary_key=True),
    Column("day_start", Integer, primary_key=True),
    Column("day_end", Integer, primary_key=True),
    Column("approximate", Boolean, primary_key=True),
    Column("n", BigInteger, nullable=False, server_default="0"),
    Column("cover", Integer, nullable=False),
    sqlite_with_rowid=False,
)

# per theme (each photograph under every ancestor of its themes, once): the undated photographs, by
# id, with their status and missing flag. What a theme filter's timeline reads for its undated
# (revision 0016): a range of the primary key, without a row id on SQLite (the key is the row)
summary_theme_undated = Table(
    "summary_theme_undated",
    Base.metadata,
    Column("theme_id", ForeignKey("themes.id", ondelete="CASCADE"), primary_key=True),
    Column("photo_id", Integer, primary_key=True),
    Column("status", String(16), nullable=False),
    Column("missing", Boolean, nullable=False),
    sqlite_with_rowid=False,
)

# every (theme, ancestor) pair, the theme itself included: kept by triggers on themes
theme_closure = Table(
    "theme_closure",
    Base.metadata,
    Column("theme_id", ForeignKey("themes.id", ondelete="CASCADE"), primary_key=True),
    Column("ancestor_id", ForeignKey("themes.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_theme_closure_ancestor", "ancestor_id", "theme_id"),
)


class Caption(Base):
    __tablename__ = "captions"
    photo_id: Mapped[int] = mapped_column(ForeignKey("photos.id", ondelete="CASCADE"), primary_key=True)
    lang: Mapped[str] = mapped_column(String(8), primary_key=True)
    title: Mapped[str] = mapped_column(Text, default="", server_default="")
    text: Mapped[str] = mapped_column(Text, default="", server_default="")
    photo: Mapped[Photo] = relationship(back_populates="captions")


class Theme(Base):
    __tablename__ = "themes"
    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(64), unique=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("themes.id", ondelete="SET NULL"), index=True)
    color: Mapped[str] = mapped_column(String(16), default="#777777", server_default="#777777")
    label_fr: Mapped[str] = mapped_column(Text, default="", server_default="")
    label_ar: Mapped[str] = mapped_column(Text, default="", server_default="")
    label_en: Mapped[str] = mapped_column(Text, default="", server_default="")
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    def label(self, lang: str) -> str:
        found = languages.pick({"fr": self.label_fr, "ar": self.label_ar, "en": self.label_en}, lang)
        return found[1] if found else self.slug


class Place(Base):
    """The vocabulary of places (revision 0010): names in three languages, coordinates, and the
    region it is in (a place too)."""

    __tablename__ = "places"
    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("places.id", ondelete="SET NULL"), index=True)
    name_fr: Mapped[str] = mapped_column(Text, unique=True)
    name_ar: Mapped[str] = mapped_column(Text, default="", server_default="")
    name_en: Mapped[str] = mapped_column(Text, default="", server_default="")
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)


class Reign(Base):
    __tablename__ = "reigns"
    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(64), unique=True)
    start: Mapped[date] = mapped_column(Date)
    end: Mapped[date | None] = mapped_column(Date)
    name_fr: Mapped[str] = mapped_column(Text, default="", server_default="")
    name_ar: Mapped[str] = mapped_column(Text, default="", server_default="")
    name_en: Mapped[str] = mapped_column(Text, default="", server_default="")
    color: Mapped[str] = mapped_column(String(16), default="#777777", server_default="#777777")

    def name(self, lang: str) -> str:
        found = languages.pick({"fr": self.name_fr, "ar": self.name_ar, "en": self.name_en}, lang)
        return found[1] if found else self.slug


class PhotoHistory(Base):
    """One field of one photograph changed by a save: from what to what, by whom, when.

    ``field`` is a column name ("date", "status", "photographer"…), ``title:fr`` / ``caption:ar``
    for a caption, or ``themes``; ``old_value``/``new_value`` are its text before and after
    (themes as space-separated slugs; NULL for empty). ``revision`` is the one the save produced.
    """

    __tablename__ = "photo_history"
    id: Mapped[int] = mapped_column(primary_key=True)
    photo_id: Mapped[int] = mapped_column(ForeignKey("photos.id", ondelete="CASCADE"))
    revision: Mapped[int] = mapped_column(Integer)
    field: Mapped[str] = mapped_column(String(32))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    user_name: Mapped[str] = mapped_column(Text, default="", server_default="")
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    __table_args__ = (Index("ix_photo_history_photo", "photo_id", "id"),)


class IndexProblem(Base):
    """Why a file could not be catalogued (severity "error") or was catalogued with a warning:
    one row per reason, as a code (core.reasons.ReasonCode) and its values, never as text."""

    __tablename__ = "index_problems"
    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"))
    path_bytes: Mapped[bytes] = mapped_column(LargeBinary)
    path: Mapped[str] = mapped_column(Text)
    severity: Mapped[str] = mapped_column(String(16), default="error", server_default="error")
    code: Mapped[str] = mapped_column(String(40))
    params: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    seen_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    __table_args__ = (Index("ix_index_problems_source_path", "source_id", "path_bytes"),)


class Tour(Base):
    """A talk: photographs in an order chosen for a room, with a title and a target duration."""

    __tablename__ = "tours"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200), unique=True)
    duration_s: Mapped[int | None] = mapped_column(Integer)  # the time the talk should take
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class TourSlide(Base):
    """One slide of a tour: a photograph at a position, the presenter's notes."""

    __tablename__ = "tour_slides"
    id: Mapped[int] = mapped_column(primary_key=True)
    tour_id: Mapped[int] = mapped_column(ForeignKey("tours.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    photo_id: Mapped[int] = mapped_column(ForeignKey("photos.id", ondelete="CASCADE"), index=True)
    notes: Mapped[str] = mapped_column(Text, default="", server_default="")
    # kept in its place for questions; stepping passes over it, "go to" and the overview reach it
    hidden: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    transition: Mapped[str] = mapped_column(String(8), default="cut", server_default="cut")  # or "fly"
    __table_args__ = (Index("ix_tour_slides_tour_position", "tour_id", "position"),)


class TourCaption(Base):
    """A slide's caption for this talk in one language, shown instead of the catalogue's."""

    __tablename__ = "tour_captions"
    slide_id: Mapped[int] = mapped_column(ForeignKey("tour_slides.id", ondelete="CASCADE"), primary_key=True)
    lang: Mapped[str] = mapped_column(String(8), primary_key=True)
    title: Mapped[str] = mapped_column(Text, default="", server_default="")
    text: Mapped[str] = mapped_column(Text, default="", server_default="")


class PhotoMerge(Base):
    """Duplicates merged into the record kept (``photo_id``): the merged records as they were
    (``merged``: JSON, see services.duplicates) and the revision the merge gave the record kept,
    so that the merge can be undone while nobody has saved that record since."""

    __tablename__ = "photo_merges"
    id: Mapped[int] = mapped_column(primary_key=True)
    photo_id: Mapped[int] = mapped_column(ForeignKey("photos.id", ondelete="CASCADE"), index=True)
    revision: Mapped[int] = mapped_column(Integer)
    merged: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    user_name: Mapped[str] = mapped_column(Text, default="", server_default="")
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class PhotoAlternate(Base):
    """The file of a merged duplicate, now an alternate of the record kept (``photo_id``): the
    catalog knows its path, so a rescan does not add it again as a new photograph."""

    __tablename__ = "photo_alternates"
    id: Mapped[int] = mapped_column(primary_key=True)
    photo_id: Mapped[int] = mapped_column(ForeignKey("photos.id", ondelete="CASCADE"), index=True)
    merge_id: Mapped[int] = mapped_column(ForeignKey("photo_merges.id", ondelete="CASCADE"), index=True)
    former_id: Mapped[int] = mapped_column(Integer)  # the id its own record had
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"))
    path_bytes: Mapped[bytes] = mapped_column(LargeBinary)
    path: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(32))
    size: Mapped[int] = mapped_column(BigInteger)
    mtime_ns: Mapped[int] = mapped_column(BigInteger)
    pixel_width: Mapped[int | None] = mapped_column(Integer)
    pixel_height: Mapped[int | None] = mapped_column(Integer)
    __table_args__ = (UniqueConstraint("source_id", "path_bytes", name="uq_photo_alternates_source_path"),)


class DuplicateDismissal(Base):
    """Two photographs an archivist said are not duplicates: never proposed together again."""

    __tablename__ = "duplicate_dismissals"
    photo_a: Mapped[int] = mapped_column(ForeignKey("photos.id", ondelete="CASCADE"), primary_key=True)
    photo_b: Mapped[int] = mapped_column(ForeignKey("photos.id", ondelete="CASCADE"), primary_key=True)
    user_name: Mapped[str] = mapped_column(Text, default="", server_default="")
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    __table_args__ = (CheckConstraint("photo_a < photo_b", name="ordered"),)


class ClearedField(Base):
    """A field the archivist emptied on purpose (``title:fr``, ``caption:ar``, ``photographer``,
    ``place:en``, ``themes``…, the names of :class:`PhotoHistory`): a rescan never fills it again
    from the file's XMP, and an export carries the deletion to the next library. A cleared date
    is ``date_source = 'archivist'`` with an empty date instead."""

    __tablename__ = "cleared_fields"
    photo_id: Mapped[int] = mapped_column(ForeignKey("photos.id", ondelete="CASCADE"), primary_key=True)
    field: Mapped[str] = mapped_column(String(32), primary_key=True)
