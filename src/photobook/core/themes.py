"""The seed vocabulary of themes, drawn from the book's subjects (shared/seed).

A tree of (slug, parent, colour, labels in fr/ar/en) and the keywords that match embedded IPTC/XMP
keywords to a theme. Archivists add, rename, move and merge themes later; this is the first start.
"""

from __future__ import annotations

from photobook.core.text import fold

# slug, parent, colour, fr, ar, en, extra keywords (folded match against embedded keywords)
SEED_THEMES: tuple[tuple[str, str | None, str, str, str, str, tuple[str, ...]], ...] = (
    (
        "economy",
        None,
        "#b5651d",
        "Économie et investissement",
        "الاقتصاد والاستثمار",
        "Economy and investment",
        ("economie", "investissement", "investment", "finance", "استثمار"),
    ),
    (
        "small-business",
        "economy",
        "#c98b4a",
        "Petites entreprises",
        "المقاولات الصغرى",
        "Small business",
        ("entrepreneurs", "entreprise", "pme", "sme"),
    ),
    (
        "free-zones",
        "economy",
        "#d9a066",
        "Zones franches",
        "المناطق الحرة",
        "Free zones",
        ("zone franche", "free zone"),
    ),
    (
        "renewable-energy",
        None,
        "#3a7d44",
        "Énergies renouvelables",
        "الطاقات المتجددة",
        "Renewable energy",
        ("energie", "energy", "renouvelable", "renewable"),
    ),
    (
        "solar",
        "renewable-energy",
        "#e0a800",
        "Solaire",
        "الطاقة الشمسية",
        "Solar",
        ("solaire", "solar", "noor", "شمسية"),
    ),
    (
        "wind",
        "renewable-energy",
        "#5b9aa0",
        "Éolien",
        "طاقة الرياح",
        "Wind",
        ("eolien", "eolienne", "wind", "turbine", "رياح"),
    ),
    (
        "logistics",
        None,
        "#2b5876",
        "Logistique et ports",
        "اللوجستيك والموانئ",
        "Logistics and ports",
        ("logistique", "logistics", "transport"),
    ),
    (
        "port",
        "logistics",
        "#1e3d59",
        "Ports",
        "الموانئ",
        "Ports",
        ("port", "harbour", "harbor", "tanger med", "ميناء"),
    ),
    (
        "tourism",
        None,
        "#d1495b",
        "Tourisme",
        "السياحة",
        "Tourism",
        ("tourisme", "tourism", "hotel", "hôtel", "سياحة"),
    ),
    (
        "technology",
        None,
        "#6a4c93",
        "Technologie et transformation numérique",
        "التكنولوجيا والتحول الرقمي",
        "Technology and digital transformation",
        ("technologie", "technology", "numerique", "digital", "ia", "ai"),
    ),
    (
        "agriculture",
        None,
        "#6b8e23",
        "Agriculture",
        "الفلاحة",
        "Agriculture",
        ("agriculture", "farm", "ferme", "irrigation", "فلاحة"),
    ),
    (
        "infrastructure",
        None,
        "#5c5c5c",
        "Infrastructures",
        "البنيات التحتية",
        "Infrastructure",
        ("infrastructure", "infrastructures"),
    ),
    (
        "roads",
        "infrastructure",
        "#7a7a7a",
        "Routes et autoroutes",
        "الطرق والطرق السيارة",
        "Roads and motorways",
        ("route", "road", "autoroute", "motorway", "highway"),
    ),
    (
        "rail",
        "infrastructure",
        "#4a4e69",
        "Rail",
        "السكك الحديدية",
        "Rail",
        ("rail", "train", "tgv", "al boraq", "قطار"),
    ),
    (
        "dams",
        "infrastructure",
        "#457b9d",
        "Barrages et eau",
        "السدود والماء",
        "Dams and water",
        ("barrage", "dam", "eau", "water", "سد"),
    ),
    (
        "industry",
        None,
        "#8d6e63",
        "Industrie",
        "الصناعة",
        "Industry",
        ("industrie", "industry", "usine", "factory", "automobile", "phosphate"),
    ),
    (
        "urban-life",
        None,
        "#e07a5f",
        "Vie urbaine",
        "الحياة الحضرية",
        "Urban life",
        ("ville", "city", "urbain", "urban", "medina", "souk"),
    ),
    (
        "culture",
        None,
        "#9c6644",
        "Culture et patrimoine",
        "الثقافة والتراث",
        "Culture and heritage",
        ("culture", "patrimoine", "heritage", "livre", "book", "تراث"),
    ),
    (
        "diplomacy",
        None,
        "#264653",
        "Diplomatie et coopération",
        "الدبلوماسية والتعاون",
        "Diplomacy and cooperation",
        ("diplomatie", "diplomacy", "cooperation", "sommet", "summit"),
    ),
    (
        "southern-regions",
        None,
        "#f4a261",
        "Régions du Sud",
        "الأقاليم الجنوبية",
        "Southern regions",
        ("sud", "south", "dakhla", "laayoune", "sahara", "الداخلة", "العيون"),
    ),
)


def keyword_index() -> dict[str, str]:
    """Folded keyword or label → theme slug, for matching embedded IPTC/XMP keywords."""
    index: dict[str, str] = {}
    for slug, _parent, _colour, fr, ar, en, extra in SEED_THEMES:
        for word in (slug, slug.replace("-", " "), fr, ar, en, *extra):
            index.setdefault(fold(word), slug)
    return index


def match_keywords(keywords: list[str], index: dict[str, str] | None = None) -> tuple[set[str], list[str]]:
    """Embedded keywords → (theme slugs, keywords that matched nothing).

    A keyword matches a theme by its whole text ("Tanger Med" → port), else by its words
    ("énergie solaire" → solar). When both a theme and one of its sub-themes match, the sub-theme
    is kept: it says more.
    """
    index = index if index is not None else keyword_index()
    parents = {slug: parent for slug, parent, *_rest in SEED_THEMES}
    slugs: set[str] = set()
    unmatched: list[str] = []
    for kw in keywords:
        key = fold(kw).strip()
        if key in index:
            slugs.add(index[key])
            continue
        found = {index[w] for w in key.split() if w in index}
        if found:
            slugs |= found
        else:
            unmatched.append(kw)
    for slug in list(slugs):
        parent = parents.get(slug)
        while parent:
            slugs.discard(parent)
            parent = parents.get(parent)
    return slugs, unmatched


def match_paths(
    paths: list[tuple[str, ...]], index: dict[str, str] | None = None
) -> tuple[set[str], list[str]]:
    """Hierarchical keywords (digiKam's "Économie/Ports", Lightroom's "Économie|Ports", as tuples of
    names) → (theme slugs, paths that a theme does not fully say, written "Économie/Ports").

    A path is the theme of its deepest name that is a theme's label in any language, its slug or
    one of its keywords (accents and case aside). A path whose deepest names match no theme is
    kept whole as a keyword too: the theme says less than the archivist's tool did.
    """
    index = index if index is not None else keyword_index()
    parents = {slug: parent for slug, parent, *_rest in SEED_THEMES}
    slugs: set[str] = set()
    unmatched: list[str] = []
    for path in paths:
        matched_at = -1
        for depth in range(len(path) - 1, -1, -1):
            key = fold(path[depth]).strip()
            if key in index:
                slugs.add(index[key])
                matched_at = depth
                break
        if matched_at < len(path) - 1:
            unmatched.append("/".join(path))
    for slug in list(slugs):
        parent = parents.get(slug)
        while parent:
            slugs.discard(parent)
            parent = parents.get(parent)
    return slugs, unmatched
