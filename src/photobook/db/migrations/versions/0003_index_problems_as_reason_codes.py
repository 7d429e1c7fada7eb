"""index problems as reason codes and values

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 22:00:00.000000

``index_problems.reason`` held English prose, several warnings of one file joined by "; ". Each
reason becomes a row of its own with a ``code`` (core.reasons.ReasonCode) and its ``params`` (the
values, as JSON); the window translates them through Qt, the command line writes them in English.
The old text is read once, here, with the patterns below (frozen: they describe what photobook
wrote up to this revision); a text no pattern knows is kept whole as ``legacy`` {"text": …}.

The unique constraint on (source_id, path_bytes) gives way to a plain index, since a file now has
one row per reason. The downgrade writes the old English back (joined by "; ", one row a file).

On SQLite, batch mode copies ``index_problems``; no table refers to it, so nothing cascades.
"""

from __future__ import annotations

import ast
import re
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# Group names: "n_" a number, "q_" Python's repr of a text, "k_" a file kind, "e_" a system error's
# text, "t_" a nested reason; the value's name is the group's name without its prefix.
# (code, pattern of the old English, the old English as a template for the downgrade)
# fmt: off
_RULES: list[tuple[str, str, str]] = [
    ("link_loop", r"symbolic link loop; not followed", "symbolic link loop; not followed"),
    ("link_broken", r"broken symbolic link; skipped", "broken symbolic link; skipped"),
    ("link_loop_up", r"symbolic link loop \(points back to a folder above it\); not followed",
     "symbolic link loop (points back to a folder above it); not followed"),
    ("link_outside", r"symbolic link to outside the source folder; not followed",
     "symbolic link to outside the source folder; not followed"),
    ("folder_unreadable", r"cannot read the folder: (?P<e_error>.+)", "cannot read the folder: {error}"),
    ("folder_visited", r"folder already visited \(a loop\); skipped", "folder already visited (a loop); skipped"),
    ("entry_not_regular", r"(?P<k_kind>a FIFO|a socket|a device|not a regular file), not a regular file; not opened",
     "{kind}, not a regular file; not opened"),
    ("entry_unreadable", r"cannot read: (?P<e_error>.+)", "cannot read: {error}"),
    ("decompression_bomb",
     r"image too large to open safely \(possible decompression bomb\): "
     r"Image size \((?P<n_pixels>\d+) pixels\) exceeds limit of (?P<n_limit>\d+) pixels,?",
     "image too large to open safely (possible decompression bomb): "
     "Image size ({pixels} pixels) exceeds limit of {limit} pixels,"),
    ("timeout", r"gave up after (?P<n_seconds>\d+) s \(the file may be crafted to hang readers\)",
     "gave up after {seconds} s (the file may be crafted to hang readers)"),
    ("file_not_regular", r"not a regular file \((?P<k_kind>.+)\); not opened", "not a regular file ({kind}); not opened"),
    ("file_unreadable", r"cannot read the file: (?P<e_error>.+)", "cannot read the file: {error}"),
    ("file_disappeared", r"the file disappeared while indexing", "the file disappeared while indexing"),
    ("not_an_image", r"not an image photobook can read \(unknown or corrupt format\)",
     "not an image photobook can read (unknown or corrupt format)"),
    ("out_of_memory", r"the file declares an impossible size \(out of memory\)",
     "the file declares an impossible size (out of memory)"),
    ("truncated", r"the image data is truncated \(the file is incomplete\)",
     "the image data is truncated (the file is incomplete)"),
    ("truncated_thumbnail", r"the image data is truncated; the thumbnail shows the readable part",
     "the image data is truncated; the thumbnail shows the readable part"),
    ("unreadable_image", r"unreadable image \((?P<detail>.+)\)", "unreadable image ({detail})"),
    ("very_large_image", r"very large image \(over (?P<n_megapixels>\d+) megapixels\)",
     "very large image (over {megapixels} megapixels)"),
    ("empty_file", r"empty file \(0 bytes\)", "empty file (0 bytes)"),
    ("heif_needs_plugin", r"HEIC/HEIF needs the optional pillow-heif package \((?P<command>.+)\)",
     "HEIC/HEIF needs the optional pillow-heif package ({command})"),
    ("impossible_size", r"image declares an impossible size (?P<n_width>-?\d+) × (?P<n_height>-?\d+)",
     "image declares an impossible size {width} × {height}"),
    ("iptc_unreadable", r"IPTC unreadable \((?P<error>.+)\); ignored", "IPTC unreadable ({error}); ignored"),
    ("thumbnail_failed", r"thumbnail failed: (?P<t_cause>.+)", "thumbnail failed: {cause}"),
    ("not_stored", r"could not be stored in the catalog: (?P<detail>.+)", "could not be stored in the catalog: {detail}"),
    ("exif_date_not_date", r"EXIF (?P<tag>\w+) (?P<q_value>'.*'|\".*\") is not a date; ignored",
     "EXIF {tag} {value!r} is not a date; ignored"),
    ("exif_date_not_real", r"EXIF (?P<tag>\w+) (?P<q_value>'.*'|\".*\") is not a real date; ignored",
     "EXIF {tag} {value!r} is not a real date; ignored"),
    ("exif_date_impossible", r"EXIF (?P<tag>\w+) (?P<q_value>'.*'|\".*\") is impossible; ignored",
     "EXIF {tag} {value!r} is impossible; ignored"),
    ("exif_gps_not_dms", r"EXIF GPS position unreadable \(needs degrees, minutes, seconds\); ignored",
     "EXIF GPS position unreadable (needs degrees, minutes, seconds); ignored"),
    ("exif_gps_zero_denominator", r"EXIF GPS position unreadable \(zero denominator\); ignored",
     "EXIF GPS position unreadable (zero denominator); ignored"),
    ("exif_gps_unreadable", r"EXIF GPS position unreadable \((?P<detail>.+)\); ignored",
     "EXIF GPS position unreadable ({detail}); ignored"),
    ("exif_gps_out_of_range", r"EXIF GPS position out of range; ignored", "EXIF GPS position out of range; ignored"),
    ("exif_ifd_loop", r"EXIF has a loop of IFDs; ignored", "EXIF has a loop of IFDs; ignored"),
    ("exif_impossible_size", r"EXIF declares an impossible size; ignored", "EXIF declares an impossible size; ignored"),
    ("exif_unreadable", r"EXIF unreadable \((?P<error>.+)\); ignored", "EXIF unreadable ({error}); ignored"),
    ("exif_orientation_invalid", r"EXIF orientation (?P<n_value>-?\d+) is not valid \(1–8\); shown as stored",
     "EXIF orientation {value} is not valid (1–8); shown as stored"),
    ("xmp_too_large", r"XMP larger than (?P<n_megabytes>\d+) MB; ignored", "XMP larger than {megabytes} MB; ignored"),
    ("xmp_entities", r"XMP refused: it declares XML entities or a DTD \(possible XML bomb\)",
     "XMP refused: it declares XML entities or a DTD (possible XML bomb)"),
    ("xmp_malformed", r"XMP is not well-formed XML \((?P<detail>.*)\); ignored",
     "XMP is not well-formed XML ({detail}); ignored"),
    ("pillow_tag_too_large", r"Tag data larger than file\. Skipping tag (?P<n_tag>\d+)",
     "Tag data larger than file. Skipping tag {tag}"),
    ("pillow_tag_offset", r"Tag offset too large", "Tag offset too large"),
    ("pillow_exif_short",
     r"Possibly corrupt EXIF data\. +Expecting to read (?P<n_expected>\d+) bytes but only got (?P<n_got>\d+)\. ?"
     r"Skipping tag (?P<n_tag>\d+)",
     "Possibly corrupt EXIF data.  Expecting to read {expected} bytes but only got {got}. Skipping tag {tag}"),
    ("pillow_makernote_short",
     r"Possibly corrupt EXIF MakerNote data\. +Expecting to read (?P<n_expected>\d+) bytes but only got "
     r"(?P<n_got>\d+)\. ?Skipping tag (?P<n_tag>\d+)",
     "Possibly corrupt EXIF MakerNote data.  Expecting to read {expected} bytes but only got {got}. "
     "Skipping tag {tag}"),
    ("pillow_too_many_entries",
     r"Metadata Warning, tag (?P<n_tag>\d+) had too many entries: (?P<n_count>\d+), expected (?P<n_expected>\d+)",
     "Metadata Warning, tag {tag} had too many entries: {count}, expected {expected}"),
    ("pillow_malformed_mpo", r"Image appears to be a malformed MPO file.*",
     "Image appears to be a malformed MPO file, it will be interpreted as a base JPEG file"),
    ("pillow_invalid_apng", r"Invalid APNG.*", "Invalid APNG, will use default PNG image if possible"),
    ("pillow_truncated_read", r"Truncated File Read", "Truncated File Read"),
]
# fmt: on
_COMPILED = [(code, re.compile(pattern)) for code, pattern, _old in _RULES]
_OLD = {code: old for code, _pattern, old in _RULES}
_OLD["pillow_warning"] = "{message}"
_OLD["legacy"] = "{text}"

_KINDS = {
    "a FIFO": "fifo",
    "a socket": "socket",
    "a device": "device",
    "a character device": "character_device",
    "a block device": "block_device",
    "a folder": "folder",
    "not a regular file": "other",
}
_OLD_KINDS = {
    "fifo": "a FIFO",
    "socket": "a socket",
    "device": "a device",
    "character_device": "a character device",
    "block_device": "a block device",
    "folder": "a folder",
    "other": "not a regular file",
}
_ERRNO = {  # the strerror texts photobook met, as their errno names
    "permission denied": "EACCES",
    "no such file or directory": "ENOENT",
    "input/output error": "EIO",
    "too many levels of symbolic links": "ELOOP",
    "is a directory": "EISDIR",
    "not a directory": "ENOTDIR",
    "operation not permitted": "EPERM",
    "stale file handle": "ESTALE",
    "file name too long": "ENAMETOOLONG",
    "no such device or address": "ENXIO",
    "transport endpoint is not connected": "ENOTCONN",
}


def _one(text: str) -> dict[str, Any] | None:
    """One old reason → {"code", "values"}, or None when no pattern knows it."""
    for code, pattern in _COMPILED:
        m = pattern.fullmatch(text)
        if m is None:
            continue
        values: dict[str, Any] = {}
        for group, got in m.groupdict().items():
            got = got or ""
            prefix, _, name = group.partition("_") if group[1:2] == "_" else ("", "", group)
            if prefix == "n":
                values[name] = int(got)
            elif prefix == "q":
                try:
                    values[name] = str(ast.literal_eval(got))
                except (ValueError, SyntaxError):
                    values[name] = got[1:-1]
            elif prefix == "k":
                values[name] = _KINDS.get(got, "other")
            elif prefix == "e":
                values[name] = got
                if got.lower() in _ERRNO:
                    values["errno"] = _ERRNO[got.lower()]
            elif prefix == "t":
                values[name] = _one(got) or {"code": "legacy", "values": {"text": got}}
            else:
                values[name] = got
        return {"code": code, "values": values}
    return None


def parse(text: str) -> list[dict[str, Any]]:
    """An old ``reason`` (one, or several joined by "; ", where a reason may itself hold "; ") →
    its reasons: at each place the longest run of parts that is one known reason; parts no
    pattern knows are kept together, as they were written, in one ``legacy`` reason."""
    whole = _one(text)
    if whole is not None:
        return [whole]
    parts = text.split("; ")
    out: list[dict[str, Any]] = []
    unknown: list[str] = []
    i = 0
    while i < len(parts):
        for j in range(len(parts), i, -1):
            done = _one("; ".join(parts[i:j]))
            if done is not None:
                if unknown:
                    out.append({"code": "legacy", "values": {"text": "; ".join(unknown)}})
                    unknown = []
                out.append(done)
                i = j
                break
        else:
            unknown.append(parts[i])
            i += 1
    if unknown:
        out.append({"code": "legacy", "values": {"text": "; ".join(unknown)}})
    return out


def english(reason: dict[str, Any]) -> str:
    """A reason in the words photobook used up to revision 0002 (for the downgrade)."""
    values = reason.get("values") or {}
    template = _OLD.get(reason.get("code", ""), "{text}")

    def one(m: re.Match[str]) -> str:
        name, conv = m.group(1), m.group(2)
        v = values.get(name, "")
        if isinstance(v, dict):
            return english(v)
        if name == "kind":
            return _OLD_KINDS.get(str(v), str(v))
        return repr(str(v)) if conv else str(v)

    if reason.get("code") not in _OLD:  # a code newer than this revision
        return f"{reason.get('code')} {values}"
    return re.sub(r"\{(\w+)(!r)?\}", one, template)


_problems = sa.table(
    "index_problems",
    sa.column("id", sa.Integer),
    sa.column("source_id", sa.Integer),
    sa.column("path_bytes", sa.LargeBinary),
    sa.column("path", sa.Text),
    sa.column("severity", sa.String),
    sa.column("reason", sa.Text),
    sa.column("code", sa.String),
    sa.column("params", sa.JSON),
    sa.column("seen_at", sa.DateTime),
)


def upgrade() -> None:
    with op.batch_alter_table("index_problems", schema=None) as batch_op:
        batch_op.drop_constraint("uq_index_problems_source_path", type_="unique")
        batch_op.add_column(sa.Column("code", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("params", sa.JSON(), nullable=True))

    t = _problems
    bind = op.get_bind()
    rows = bind.execute(
        sa.select(t.c.id, t.c.source_id, t.c.path_bytes, t.c.path, t.c.severity, t.c.reason, t.c.seen_at)
    ).all()
    extra: list[dict[str, Any]] = []
    firsts: list[dict[str, Any]] = []
    known: dict[str, list[dict[str, Any]]] = {}  # the same text is parsed once
    for pid, sid, pb, path, severity, reason, seen_at in rows:
        text = reason or ""
        if text not in known:
            known[text] = parse(text) or [{"code": "legacy", "values": {"text": ""}}]
        first, *more = known[text]
        firsts.append({"_id": pid, "_code": first["code"], "_params": first["values"]})
        extra.extend(
            {
                "source_id": sid,
                "path_bytes": pb,
                "path": path,
                "severity": severity,
                "reason": "",
                "code": r["code"],
                "params": r["values"],
                "seen_at": seen_at,
            }
            for r in more
        )
    if firsts:  # one statement, many parameter sets (executemany)
        bind.execute(
            t.update()
            .where(t.c.id == sa.bindparam("_id"))
            .values(code=sa.bindparam("_code"), params=sa.bindparam("_params", type_=sa.JSON)),
            firsts,
        )
    if extra:
        bind.execute(t.insert(), extra)

    with op.batch_alter_table("index_problems", schema=None) as batch_op:
        batch_op.alter_column("code", existing_type=sa.String(length=40), nullable=False)
        batch_op.alter_column("params", existing_type=sa.JSON(), nullable=False)
        batch_op.drop_column("reason")
        batch_op.create_index("ix_index_problems_source_path", ["source_id", "path_bytes"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("index_problems", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reason", sa.Text(), nullable=True))

    t = _problems
    bind = op.get_bind()
    rows = bind.execute(
        sa.select(t.c.id, t.c.source_id, t.c.path_bytes, t.c.severity, t.c.code, t.c.params).order_by(
            t.c.source_id, t.c.path_bytes, t.c.id
        )
    ).all()
    files: dict[tuple[int, bytes], list[tuple[int, str, str]]] = {}
    for pid, sid, pb, severity, code, params in rows:
        text = english({"code": code, "values": params or {}})
        files.setdefault((sid, bytes(pb)), []).append((pid, severity, text))
    drop: list[int] = []
    kept: list[dict[str, Any]] = []
    for reasons in files.values():
        severity = "error" if any(r[1] == "error" for r in reasons) else reasons[0][1]
        kept.append(
            {"_id": reasons[0][0], "_reason": "; ".join(r[2] for r in reasons), "_severity": severity}
        )
        drop.extend(r[0] for r in reasons[1:])
    if kept:
        bind.execute(
            t.update()
            .where(t.c.id == sa.bindparam("_id"))
            .values(reason=sa.bindparam("_reason"), severity=sa.bindparam("_severity")),
            kept,
        )
    for i in range(0, len(drop), 900):
        bind.execute(t.delete().where(t.c.id.in_(drop[i : i + 900])))

    with op.batch_alter_table("index_problems", schema=None) as batch_op:
        batch_op.drop_index("ix_index_problems_source_path")
        batch_op.drop_column("params")
        batch_op.drop_column("code")
        batch_op.alter_column("reason", existing_type=sa.Text(), nullable=False)
        batch_op.create_unique_constraint("uq_index_problems_source_path", ["source_id", "path_bytes"])
