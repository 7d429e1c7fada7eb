"""places: a vocabulary of places with names in three languages, coordinates and a parent region;
photos.place_id links a photograph to one

Revision ID: 0010
Revises: 0007
Create Date: 2026-12-02 01:10:00.000000

The table is seeded with the book's places (those of the demo archive, with their regions), and a
photograph whose place is written exactly as one of them (in any language) is linked to it. The
seed is a copy made for this revision: a later change of the seed does not change what it did.
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0007"
branch_labels = None
depends_on = None

# (key, parent key, fr, ar, en, lat, lon): the regions first, then the places in them
SEED = [
    ("casablanca-settat", None, "Casablanca-Settat", "الدار البيضاء سطات", "Casablanca-Settat", 33.0, -7.6),
    (
        "rabat-sale-kenitra",
        None,
        "Rabat-Salé-Kénitra",
        "الرباط سلا القنيطرة",
        "Rabat-Salé-Kénitra",
        34.2,
        -6.4,
    ),
    ("marrakech-safi", None, "Marrakech-Safi", "مراكش آسفي", "Marrakesh-Safi", 31.8, -8.6),
    ("fes-meknes", None, "Fès-Meknès", "فاس مكناس", "Fez-Meknes", 33.9, -4.9),
    (
        "tanger-tetouan",
        None,
        "Tanger-Tétouan-Al Hoceïma",
        "طنجة تطوان الحسيمة",
        "Tanger-Tetouan-Al Hoceima",
        35.3,
        -5.5,
    ),
    ("souss-massa", None, "Souss-Massa", "سوس ماسة", "Souss-Massa", 30.2, -8.9),
    ("draa-tafilalet", None, "Drâa-Tafilalet", "درعة تافيلالت", "Draa-Tafilalet", 31.1, -5.5),
    (
        "beni-mellal-khenifra",
        None,
        "Béni Mellal-Khénifra",
        "بني ملال خنيفرة",
        "Beni Mellal-Khenifra",
        32.5,
        -6.4,
    ),
    ("oriental", None, "Oriental", "الشرق", "Oriental", 34.0, -2.5),
    (
        "laayoune",
        None,
        "Laâyoune-Sakia El Hamra",
        "العيون الساقية الحمراء",
        "Laayoune-Sakia El Hamra",
        27.0,
        -12.5,
    ),
    (
        "dakhla-region",
        None,
        "Dakhla-Oued Ed-Dahab",
        "الداخلة وادي الذهب",
        "Dakhla-Oued Ed-Dahab",
        23.5,
        -15.0,
    ),
    ("casablanca", "casablanca-settat", "Casablanca", "الدار البيضاء", "Casablanca", 33.59, -7.62),
    (
        "ain-sebaa",
        "casablanca-settat",
        "Aïn Sebaâ, Casablanca",
        "عين السبع، الدار البيضاء",
        "Ain Sebaa, Casablanca",
        33.6,
        -7.53,
    ),
    ("rabat", "rabat-sale-kenitra", "Rabat", "الرباط", "Rabat", 34.02, -6.83),
    ("marrakech", "marrakech-safi", "Marrakech", "مراكش", "Marrakesh", 31.63, -7.99),
    ("essaouira", "marrakech-safi", "Essaouira", "الصويرة", "Essaouira", 31.51, -9.77),
    ("fes", "fes-meknes", "Fès", "فاس", "Fez", 34.06, -4.97),
    ("moyen-atlas", "fes-meknes", "Moyen Atlas", "الأطلس المتوسط", "Middle Atlas", 33.2, -5.2),
    ("tanger", "tanger-tetouan", "Tanger", "طنجة", "Tangier", 35.76, -5.83),
    ("tanger-med", "tanger-tetouan", "Tanger Med", "طنجة المتوسط", "Tanger Med", 35.89, -5.5),
    (
        "melloussa",
        "tanger-tetouan",
        "Melloussa (Tanger)",
        "ملوسة (طنجة)",
        "Melloussa (Tangier)",
        35.74,
        -5.63,
    ),
    (
        "koudia-al-baida",
        "tanger-tetouan",
        "Koudia Al Baida, près de Tétouan",
        "الكدية البيضاء، قرب تطوان",
        "Koudia Al Baida, near Tetouan",
        35.57,
        -5.37,
    ),
    (
        "al-hoceima",
        "tanger-tetouan",
        "Côte méditerranéenne (Al Hoceïma)",
        "الساحل المتوسطي (الحسيمة)",
        "Mediterranean coast (Al Hoceima)",
        35.25,
        -3.93,
    ),
    ("agadir", "souss-massa", "Agadir", "أكادير", "Agadir", 30.42, -9.6),
    ("taroudant", "souss-massa", "Souss (Taroudant)", "سوس (تارودانت)", "Souss (Taroudant)", 30.47, -8.88),
    (
        "chtouka",
        "souss-massa",
        "Chtouka, Souss-Massa",
        "شتوكة، سوس ماسة",
        "Chtouka, Souss-Massa",
        30.1,
        -9.45,
    ),
    ("ouarzazate", "draa-tafilalet", "Ouarzazate", "ورزازات", "Ouarzazate", 31.05, -6.86),
    ("skoura", "draa-tafilalet", "Skoura", "سكورة", "Skoura", 31.06, -6.56),
    ("ait-ben-haddou", "draa-tafilalet", "Aït-Ben-Haddou", "آيت بن حدو", "Ait Benhaddou", 31.05, -7.13),
    ("tafilalet", "draa-tafilalet", "Tafilalet", "تافيلالت", "Tafilalt", 31.93, -4.43),
    ("merzouga", "draa-tafilalet", "Merzouga", "مرزوكة", "Merzouga", 31.1, -4.01),
    ("khouribga", "beni-mellal-khenifra", "Khouribga", "خريبكة", "Khouribga", 32.88, -6.91),
    ("berkane", "oriental", "Berkane", "بركان", "Berkane", 34.92, -2.32),
    ("tarfaya", "laayoune", "Tarfaya", "طرفاية", "Tarfaya", 27.94, -12.92),
    ("dakhla", "dakhla-region", "Dakhla", "الداخلة", "Dakhla", 23.68, -15.96),
]


def upgrade() -> None:
    places = op.create_table(
        "places",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("name_fr", sa.Text(), nullable=False),
        sa.Column("name_ar", sa.Text(), server_default="", nullable=False),
        sa.Column("name_en", sa.Text(), server_default="", nullable=False),
        sa.Column("lat", sa.Float(), nullable=True),
        sa.Column("lon", sa.Float(), nullable=True),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["places.id"], name=op.f("fk_places_parent_id_places"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_places")),
        sa.UniqueConstraint("name_fr", name=op.f("uq_places_name_fr")),
    )
    op.create_index(op.f("ix_places_parent_id"), "places", ["parent_id"])
    # a plain column and index, no foreign key: on SQLite an ALTER TABLE (no copy of ``photos``,
    # whose copy would delete every caption and theme through ON DELETE CASCADE), and a column in
    # a foreign key could not be dropped in place on the way back. The services keep it right.
    op.add_column("photos", sa.Column("place_id", sa.Integer(), nullable=True))
    op.create_index(op.f("ix_photos_place_id"), "photos", ["place_id"])
    ids = {key: i for i, (key, *_rest) in enumerate(SEED, start=1)}
    op.bulk_insert(
        places,
        [
            {
                "id": ids[key],
                "parent_id": ids[parent] if parent else None,
                "name_fr": fr,
                "name_ar": ar,
                "name_en": en,
                "lat": lat,
                "lon": lon,
            }
            for key, parent, fr, ar, en, lat, lon in SEED
        ],
    )
    if op.get_bind().dialect.name == "postgresql":  # the ids above were given, not drawn
        op.execute("SELECT setval(pg_get_serial_sequence('places', 'id'), (SELECT max(id) FROM places))")
    # a photograph whose place is written as one of these (in any language) is linked to it
    op.execute(
        "UPDATE photos SET place_id = (SELECT p.id FROM places p WHERE p.name_fr = photos.place "
        "OR p.name_ar = photos.place OR p.name_en = photos.place ORDER BY p.id LIMIT 1) "
        "WHERE place IS NOT NULL"
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_photos_place_id"), table_name="photos")
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE photos DROP COLUMN place_id")  # in place: see upgrade()
    else:
        op.drop_column("photos", "place_id")
    op.drop_index(op.f("ix_places_parent_id"), table_name="places")
    op.drop_table("places")
