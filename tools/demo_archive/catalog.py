"""What the demo archive holds: one spec per picture — where it goes, what it shows, how it looks,
which metadata it carries — and its entry in ``catalog.json``.

Dates are deliberately varied: exact days, months, years, "circa" (``~``), uncertain (``?``), decades
(``198X``), intervals across the succession (``1998/2001``), and entries without a ``date`` key that
leave the dating to the indexer (folder or file name, camera EXIF) or stay undated.
"""

from __future__ import annotations

CREDIT = "Démo photobook — illustration générée"
RIGHTS = "CC0 (illustration de démonstration)"
BYLINE = "photobook (illustration générée)"
PHOTOGRAPHER = "Illustration de démonstration (photobook)"
#: The same in Arabic and English (revision 0013): the windows in those languages show them
PER_LANGUAGE = {
    "photographer_ar": "رسم توضيحي للعرض (photobook)",
    "photographer_en": "Demonstration illustration (photobook)",
    "credit_ar": "عرض photobook — رسم مُولَّد",
    "credit_en": "photobook demo — generated illustration",
    "rights_ar": "CC0 (رسم توضيحي للعرض)",
    "rights_en": "CC0 (demonstration illustration)",
}

EPSON = ("EPSON", "Perfection V850")
COOLSCAN = ("Nikon", "Nikon SUPER COOLSCAN 5000 ED")
CANOSCAN = ("Canon", "CanoScan 9000F Mark II")


def cap(
    fr: tuple[str, str] | None = None, ar: tuple[str, str] | None = None, en: tuple[str, str] | None = None
) -> dict:
    out = {}
    for lang, pair in (("fr", fr), ("ar", ar), ("en", en)):
        if pair:
            out[lang] = {"title": pair[0], "text": pair[1]}
    return out


SPECS: list[dict] = [
    # --- the 1980s: Hassan II -------------------------------------------------------------------
    {
        "path": "1985/port-casablanca.jpg",
        "scene": "port",
        "params": {"modern": False, "warm": True, "yaw": -30, "cam_x": 120, "cam_h": 30},
        "look": "print80",
        "border": True,
        "meta": {"scanner": (*EPSON, "2019:03:12 10:14:08")},
        "date": "1985~",
        "status": "published",
        "themes": ["port", "logistics"],
        "captions": cap(
            fr=(
                "Le port de Casablanca au milieu des années 1980",
                "Grues et cargos le long des quais du premier port du Royaume. Avant l'essor des conteneurs, l'essentiel du trafic se faisait encore en marchandises diverses, et les phosphates y tenaient une place importante.",
            ),
            ar=(
                "ميناء الدار البيضاء في منتصف الثمانينيات",
                "رافعات وسفن شحن على أرصفة أول موانئ المملكة. قبل انتشار الحاويات، كان الجزء الأكبر من الحركة يتم بالبضائع المتنوعة، وكان للفوسفاط فيها مكانة مهمة.",
            ),
            en=(
                "The port of Casablanca in the mid-1980s",
                "Cranes and cargo ships along the quays of the Kingdom's leading port. Before containers took over, most traffic was still general cargo, with phosphates an important share.",
            ),
        ),
        "place": "Casablanca",
        "place_coords": [33.6, -7.62],
        "plate": "pl. 3, p. 14",
        "notes": "Tirage couleur numérisé le 12 mars 2019 ; date estimée d'après les navires et l'équipement du port.",
    },
    {
        "path": "annees-1980/medina-fes.jpg",
        "scene": "medina_dusk",
        "params": {"dishes": False},
        "look": "print80",
        "border": True,
        "status": "published",
        "themes": ["urban-life", "culture"],
        "captions": cap(
            fr=(
                "Fès el-Bali au crépuscule",
                "Les terrasses de la médina de Fès et leurs minarets dans la lumière du soir. La médina est inscrite au patrimoine mondial de l'UNESCO depuis 1981.",
            ),
            ar=(
                "فاس البالي عند الغروب",
                "سطوح مدينة فاس العتيقة وصوامعها في ضوء المساء. أُدرجت المدينة العتيقة في قائمة التراث العالمي لليونسكو سنة 1981.",
            ),
            en=(
                "Fès el-Bali at dusk",
                "The rooftops and minarets of the Fez medina in the evening light. The medina has been a UNESCO World Heritage Site since 1981.",
            ),
        ),
        "place": "Fès",
        "place_coords": [34.06, -4.97],
        "plate": "pl. 7, p. 22",
        "notes": "Pas de date au catalogue : le dossier « annees-1980 » la donne.",
    },
    {
        "path": "1982/agadir-port-de-peche.jpg",
        "scene": "fishing_harbour",
        "look": "bw",
        "border": True,
        "meta": {"scanner": (*EPSON, "2019:03:12 10:31:55")},
        "date": "1982-05",
        "status": "published",
        "themes": ["port", "economy"],
        "captions": cap(
            fr=(
                "Barques de pêche à Agadir",
                "Le port de pêche d'Agadir, reconstruit après le séisme de 1960, compte dans les années 1980 parmi les grands ports sardiniers du pays.",
            ),
            ar=(
                "قوارب الصيد في أكادير",
                "ميناء الصيد بأكادير، الذي أُعيد بناؤه بعد زلزال 1960، كان في الثمانينيات من أكبر موانئ صيد السردين في البلاد.",
            ),
            en=(
                "Fishing boats in Agadir",
                "Rebuilt after the 1960 earthquake, Agadir's fishing port was one of the country's main sardine ports in the 1980s.",
            ),
        ),
        "place": "Agadir",
        "place_coords": [30.42, -9.62],
    },
    {
        "path": "1986-08-12_chantier-mosquee-hassan-ii.jpg",
        "scene": "seaside_mosque",
        "params": {"building": True, "height": 75.0, "stage": 0, "mx": -40.0, "mz": 330.0},
        "look": "print80",
        "status": "published",
        "themes": ["culture", "urban-life"],
        "captions": cap(
            fr=(
                "Le chantier de la mosquée Hassan II",
                "Sur le front de mer de Casablanca, les travaux de la mosquée Hassan II commencent en 1986 ; le minaret s'élève peu à peu au-dessus de l'océan.",
            ),
            ar=(
                "ورش بناء مسجد الحسن الثاني",
                "على الواجهة البحرية للدار البيضاء، انطلقت أشغال بناء مسجد الحسن الثاني سنة 1986، وأخذت الصومعة ترتفع شيئًا فشيئًا فوق المحيط.",
            ),
            en=(
                "Building the Hassan II Mosque",
                "On Casablanca's seafront, work on the Hassan II Mosque began in 1986; the minaret slowly rises above the ocean.",
            ),
        ),
        "place": "Casablanca",
        "place_coords": [33.61, -7.63],
        "notes": "Daté par le nom du fichier.",
    },
    {
        "path": "annees-1980/souk-marrakech.jpg",
        "scene": "souk",
        "look": "print80",
        "date": "198X",
        "status": "published",
        "themes": ["urban-life", "small-business"],
        "captions": cap(
            fr=(
                "Dans les souks de Marrakech",
                "Tapis, épices et lanternes : les échoppes des souks font vivre des milliers d'artisans et de petits commerçants.",
            ),
            ar=(
                "في أسواق مراكش",
                "زرابي وتوابل وفوانيس: توفر دكاكين الأسواق مورد رزق لآلاف الصناع التقليديين وصغار التجار.",
            ),
            en=(
                "In the souks of Marrakesh",
                "Rugs, spices and lanterns: the market stalls support thousands of craftsmen and small traders.",
            ),
        ),
        "place": "Marrakech",
        "place_coords": [31.63, -7.99],
    },
    {
        "path": "1987/barrage.jpg",
        "scene": "dam",
        "look": "bw",
        "border": True,
        "meta": {"scanner": (*EPSON, "2019:03:12 11:02:40")},
        "date": "1987",
        "status": "published",
        "themes": ["dams", "infrastructure", "agriculture"],
        "captions": cap(
            fr=(
                "Un barrage de la « politique des barrages »",
                "Lancée en 1967 par le roi Hassan II, la politique des barrages vise à stocker l'eau pour l'irrigation et l'eau potable ; des dizaines d'ouvrages sortent de terre dans les années 1980.",
            ),
            ar=(
                "سدّ من سدود «سياسة السدود»",
                "أطلق الملك الحسن الثاني سياسة السدود سنة 1967 لتخزين المياه من أجل السقي والماء الصالح للشرب، وشُيّدت عشرات المنشآت خلال الثمانينيات.",
            ),
            en=(
                "A dam of the 'dams policy'",
                "Launched by King Hassan II in 1967, the dams policy stored water for irrigation and drinking; dozens of dams were built in the 1980s.",
            ),
        ),
        "place": "Moyen Atlas",
        "plate": "pl. 9, p. 27",
    },
    {
        "path": "1984/khouribga-phosphates.jpg",
        "scene": "phosphate_mine",
        "look": "print80",
        "date": "1984~",
        "status": "published",
        "themes": ["industry"],
        "captions": cap(
            fr=(
                "Mine de phosphate à ciel ouvert, Khouribga",
                "Les gradins de la mine et une dragline. Exploités depuis 1921 par l'Office chérifien des phosphates, les gisements de Khouribga font du Maroc l'un des premiers exportateurs mondiaux de phosphate.",
            ),
            ar=(
                "منجم الفوسفاط المكشوف بخريبكة",
                "مدرجات المنجم وآلة حفر ضخمة. يستغل المكتب الشريف للفوسفاط مناجم خريبكة منذ 1921، وهي التي جعلت المغرب من أكبر مصدّري الفوسفاط في العالم.",
            ),
            en=(
                "Open-cast phosphate mine, Khouribga",
                "Mine benches and a dragline. Worked by the Office Chérifien des Phosphates since 1921, the Khouribga deposits made Morocco one of the world's leading phosphate exporters.",
            ),
        ),
        "place": "Khouribga",
        "place_coords": [32.88, -6.91],
    },
    {
        "path": "scans/1983_avenue-casablanca.jpg",
        "scene": "avenue",
        "params": {"tram": False, "old": True, "cars": 20},
        "look": "sepia",
        "border": True,
        "meta": {"scanner": (*EPSON, "2019:03:14 09:12:03")},
        "status": "published",
        "themes": ["urban-life"],
        "captions": cap(
            fr=(
                "Un boulevard du centre de Casablanca",
                "Immeubles blancs des années 1930 à 1950, palmiers et petites voitures : le centre-ville de la métropole économique au début des années 1980.",
            ),
            en=(
                "A boulevard in central Casablanca",
                "White buildings from the 1930s to the 1950s, palm trees and small cars: downtown in the economic capital in the early 1980s.",
            ),
        ),
        "place": "Casablanca",
        "place_coords": [33.59, -7.61],
        "notes": "Numérisé le 14 mars 2019 : l'EXIF ne porte que la date du scan ; l'année vient du nom du fichier.",
    },
    {
        "path": "1989/oasis-tafilalet.jpg",
        "scene": "oasis",
        "look": "print80",
        "border": True,
        "date": "1989-04",
        "status": "published",
        "themes": ["agriculture", "tourism"],
        "captions": cap(
            fr=(
                "Palmeraie et ksar dans le Tafilalet",
                "Les palmiers-dattiers abritent de petites parcelles irriguées par les séguias ; les ksour de terre crue dominent la palmeraie.",
            ),
            ar=(
                "واحة وقصر في تافيلالت",
                "تظلل أشجار النخيل قطعًا زراعية صغيرة تسقيها السواقي، وتطلّ القصور الطينية على الواحة.",
            ),
            en=(
                "Palm grove and ksar in the Tafilalet",
                "Date palms shelter small plots watered by seguia channels, below the earthen ksour.",
            ),
        ),
        "place": "Tafilalet",
        "place_coords": [31.93, -4.43],
    },
    {
        "path": "1981/dunes-merzouga.jpg",
        "scene": "dunes",
        "look": "print80",
        "date": "1981?",
        "status": "published",
        "themes": ["tourism"],
        "captions": cap(
            fr=(
                "Caravane dans l'erg Chebbi",
                "Les dunes de l'erg Chebbi, près de Merzouga, au soleil couchant ; le tourisme saharien n'en est qu'à ses débuts.",
            ),
            ar=(
                "قافلة في عرق الشبي",
                "كثبان عرق الشبي قرب مرزوكة عند الغروب، حيث كانت السياحة الصحراوية في بداياتها.",
            ),
            en=(
                "Caravan in the Erg Chebbi",
                "The dunes of the Erg Chebbi near Merzouga at sunset, when desert tourism was only beginning.",
            ),
        ),
        "place": "Merzouga",
        "place_coords": [31.1, -4.01],
        "notes": "Année incertaine.",
    },
    {
        "path": "annees-1980/zone-industrielle-ain-sebaa.jpg",
        "scene": "industrial_zone",
        "params": {"old": True},
        "look": "bw",
        "date": "1986/1988",
        "status": "published",
        "themes": ["industry", "economy"],
        "captions": cap(
            fr=(
                "Usines d'Aïn Sebaâ",
                "Le quartier industriel de l'est de Casablanca concentre une grande partie de l'industrie du pays : textile, agroalimentaire, mécanique.",
            ),
            ar=(
                "مصانع عين السبع",
                "يضمّ الحي الصناعي في شرق الدار البيضاء جزءًا كبيرًا من صناعة البلاد: النسيج والصناعات الغذائية والميكانيك.",
            ),
            en=(
                "Factories in Aïn Sebaâ",
                "The industrial district east of Casablanca holds much of the country's industry: textiles, food processing, engineering.",
            ),
        ),
        "place": "Aïn Sebaâ, Casablanca",
        "place_coords": [33.6, -7.53],
    },
    {
        "path": "1988/agrumes-souss.jpg",
        "scene": "fields",
        "look": "print80",
        "date": "1988-12",
        "status": "reviewed",
        "themes": ["agriculture"],
        "captions": cap(
            fr=(
                "Vergers d'agrumes dans le Souss",
                "Canal d'irrigation et rangs d'orangers : une grande partie des agrumes du Souss part à l'exportation vers l'Europe.",
            ),
            ar=(
                "بساتين الحوامض في سوس",
                "قناة سقي وصفوف من أشجار البرتقال: يُصدَّر جزء كبير من حوامض سوس إلى أوروبا.",
            ),
            en=(
                "Citrus orchards in the Souss",
                "An irrigation canal and rows of orange trees: much of the Souss citrus crop is exported to Europe.",
            ),
        ),
        "place": "Souss (Taroudant)",
        "place_coords": [30.47, -8.88],
    },
    {
        "path": "1985/plage-agadir.jpg",
        "scene": "beach_resort",
        "look": "print80",
        "border": True,
        "date": "1985-07",
        "status": "published",
        "themes": ["tourism"],
        "captions": cap(
            fr=(
                "La baie d'Agadir en été",
                "Hôtels en front de mer et parasols sur la plage : Agadir est devenue la première station balnéaire du pays.",
            ),
            ar=(
                "خليج أكادير في الصيف",
                "فنادق على الواجهة البحرية ومظلات على الشاطئ: أصبحت أكادير أولى المحطات الشاطئية في البلاد.",
            ),
            en=(
                "Agadir bay in summer",
                "Seafront hotels and parasols on the beach: Agadir had become the country's leading seaside resort.",
            ),
        ),
        "place": "Agadir",
        "place_coords": [30.42, -9.6],
        "plate": "pl. 5, p. 18",
    },
    # --- the 1990s --------------------------------------------------------------------------------
    {
        "path": "1992-06-14_autoroute.jpg",
        "scene": "motorway",
        "look": "print90",
        "meta": {"scanner": (*COOLSCAN, "2020:01:08 14:22:10")},
        "status": "published",
        "themes": ["roads", "infrastructure"],
        "captions": cap(
            fr=(
                "Un échangeur sur l'autoroute",
                "Au début des années 1990, le programme autoroutier, confié à la société Autoroutes du Maroc créée en 1989, prolonge l'axe Rabat–Casablanca vers le nord et l'intérieur du pays.",
            ),
            ar=(
                "بدّالة على الطريق السيار",
                "في مطلع التسعينيات، مدّ برنامج الطرق السيارة، الذي عُهد به إلى شركة الطرق السيارة بالمغرب المحدثة سنة 1989، محور الرباط–الدار البيضاء نحو الشمال وداخل البلاد.",
            ),
            en=(
                "A motorway interchange",
                "In the early 1990s the motorway programme, run by Autoroutes du Maroc (founded in 1989), extended the Rabat–Casablanca route north and inland.",
            ),
        ),
        "place": "Autoroute Rabat–Casablanca",
        "place_coords": [33.8, -7.25],
        "plate": "pl. 14, p. 41",
        "notes": "Diapositive numérisée en 2020 ; la date vient du nom du fichier.",
    },
    {
        "path": "1993/mosquee-hassan-ii.jpg",
        "scene": "seaside_mosque",
        "portrait": True,
        "look": "print90",
        "border": True,
        "date": "1993-08",
        "status": "published",
        "themes": ["culture", "urban-life", "tourism"],
        "captions": cap(
            fr=(
                "La mosquée Hassan II achevée",
                "Inaugurée en août 1993, la mosquée Hassan II dresse sur l'Atlantique un minaret de plus de 200 mètres, l'un des plus hauts du monde.",
            ),
            ar=(
                "مسجد الحسن الثاني بعد اكتماله",
                "دُشّن مسجد الحسن الثاني في غشت 1993، وترتفع صومعته فوق المحيط الأطلسي بأكثر من 200 متر، وهي من أعلى الصوامع في العالم.",
            ),
            en=(
                "The completed Hassan II Mosque",
                "Inaugurated in August 1993, the Hassan II Mosque raises a minaret of more than 200 metres over the Atlantic, one of the tallest in the world.",
            ),
        ),
        "place": "Casablanca",
        "place_coords": [33.61, -7.63],
        "plate": "pl. 21, p. 58",
    },
    {
        "path": "1994-04-15_marrakech-gatt.jpg",
        "scene": "conference",
        "params": {
            "old": True,
            "head_table": True,
            "flags": [[-12.5, "ma"]],
            "wall": (110, 84, 60),
            "fill": 0.9,
        },
        "look": "print90",
        "meta": {
            "iptc": {
                "title": "Marrakech, 15 avril 1994",
                "caption": "Signature à Marrakech de l'acte final du cycle d'Uruguay, qui institue l'Organisation mondiale du commerce.",
                "keywords": ["diplomatie", "OMC", "Marrakech", "économie"],
                "byline": BYLINE,
                "date": "19940415",
            }
        },
        "date": "1994-04-15",
        "status": "published",
        "themes": ["diplomacy", "economy"],
        "captions": cap(
            fr=(
                "Marrakech, avril 1994 : l'accord qui crée l'OMC",
                "Les ministres de plus de cent pays signent à Marrakech, le 15 avril 1994, l'acte final du cycle d'Uruguay, qui institue l'Organisation mondiale du commerce.",
            ),
            ar=(
                "مراكش، أبريل 1994: الاتفاق المؤسس لمنظمة التجارة العالمية",
                "وقّع وزراء أكثر من مائة دولة بمراكش، في 15 أبريل 1994، على الوثيقة الختامية لجولة الأوروغواي التي أنشأت منظمة التجارة العالمية.",
            ),
            en=(
                "Marrakesh, April 1994: the agreement that created the WTO",
                "On 15 April 1994 ministers from more than a hundred countries signed in Marrakesh the final act of the Uruguay Round, which established the World Trade Organization.",
            ),
        ),
        "place": "Marrakech",
        "place_coords": [31.63, -7.99],
        "plate": "pl. 17, p. 49",
    },
    {
        "path": "annees-1990/barrage-al-wahda.jpg",
        "scene": "dam",
        "look": "print90",
        "date": "1997~",
        "status": "published",
        "themes": ["dams", "agriculture"],
        "captions": cap(
            fr=(
                "Le barrage Al Wahda sur l'Ouergha",
                "Achevé à la fin des années 1990, Al Wahda est l'un des plus grands barrages du Maroc ; il protège la plaine du Gharb des crues et alimente ses périmètres irrigués.",
            ),
            ar=(
                "سد الوحدة على واد ورغة",
                "اكتمل سد الوحدة في أواخر التسعينيات، وهو من أكبر سدود المغرب؛ يحمي سهل الغرب من الفيضانات ويزوّد مساحاته المسقية بالماء.",
            ),
            en=(
                "Al Wahda dam on the Ouergha",
                "Completed in the late 1990s, Al Wahda is one of Morocco's largest dams; it protects the Gharb plain from floods and feeds its irrigation schemes.",
            ),
        ),
        "place": "Barrage Al Wahda (Ouergha)",
    },
    {
        "path": "1996/train-casablanca-rabat.jpg",
        "scene": "viaduct",
        "params": {"stripe": (200, 110, 40)},
        "look": "print90",
        "date": "1996",
        "status": "reviewed",
        "themes": ["rail"],
        "captions": cap(
            fr=(
                "Un train de l'ONCF sur un viaduc",
                "L'axe Casablanca–Rabat–Kénitra est le plus fréquenté du réseau ferré marocain ; les trains de voyageurs s'y succèdent à cadence élevée.",
            ),
            ar=(
                "قطار للمكتب الوطني للسكك الحديدية فوق قنطرة",
                "محور الدار البيضاء–الرباط–القنيطرة هو الأكثر حركة في الشبكة السككية المغربية، وتتوالى عليه قطارات المسافرين بوتيرة مرتفعة.",
            ),
            en=(
                "An ONCF train on a viaduct",
                "The Casablanca–Rabat–Kenitra corridor is the busiest on Morocco's rail network, with frequent passenger services.",
            ),
        ),
        "place": "Entre Casablanca et Rabat",
    },
    {
        "path": "1998/serres-souss-massa.jpg",
        "scene": "greenhouses",
        "look": "print90",
        "date": "1998",
        "status": "published",
        "themes": ["agriculture"],
        "captions": cap(
            fr=(
                "Serres de primeurs dans le Souss-Massa",
                "Sous les tunnels de plastique poussent tomates et légumes d'hiver destinés aux marchés européens : la région devient le premier pôle de primeurs du pays.",
            ),
            ar=(
                "بيوت مغطاة للبواكر في سوس ماسة",
                "تحت الأنفاق البلاستيكية تُزرع الطماطم والخضر الشتوية الموجهة إلى الأسواق الأوروبية، فصارت الجهة أول قطب لإنتاج البواكر في البلاد.",
            ),
            en=(
                "Early-vegetable greenhouses in Souss-Massa",
                "Tomatoes and winter vegetables for European markets grow under plastic tunnels; the region became the country's leading early-produce area.",
            ),
        ),
        "place": "Chtouka, Souss-Massa",
        "place_coords": [30.1, -9.45],
    },
    {
        "path": "1998-2001/zone-franche-tanger.jpg",
        "scene": "industrial_zone",
        "look": "print90",
        "date": "1998/2001",
        "status": "published",
        "themes": ["free-zones", "logistics", "economy"],
        "captions": cap(
            fr=(
                "Entrepôts d'une zone franche à Tanger",
                "Au tournant des années 2000, Tanger ouvre près de son aéroport une zone franche d'exportation : entrepôts, usines et camions pour l'Europe toute proche.",
            ),
            ar=(
                "مستودعات منطقة حرة بطنجة",
                "في مطلع الألفية الثالثة، فتحت طنجة قرب مطارها منطقة حرة للتصدير: مستودعات ومصانع وشاحنات متجهة إلى أوروبا القريبة.",
            ),
            en=(
                "Warehouses in a Tangier free zone",
                "Around 2000 Tangier opened an export free zone near its airport: warehouses, factories and lorries bound for nearby Europe.",
            ),
        ),
        "place": "Tanger",
        "place_coords": [35.73, -5.9],
        "notes": "Date incertaine, entre 1998 et 2001 : de part et d'autre de la succession du 23 juillet 1999.",
    },
    {
        "path": "annees-1990/kasbah-ouarzazate.jpg",
        "scene": "oasis",
        "look": "sepia",
        "meta": {"scanner": (*CANOSCAN, "2020:01:08 15:03:44")},
        "date": "199X",
        "status": "published",
        "themes": ["tourism", "culture"],
        "captions": cap(
            fr=(
                "Le ksar d'Aït-Ben-Haddou",
                "Inscrit au patrimoine mondial en 1987, le ksar de terre crue près d'Ouarzazate attire touristes et tournages de cinéma.",
            ),
        ),
        "place": "Aït-Ben-Haddou",
        "place_coords": [31.05, -7.13],
    },
    {
        "path": "1999/avenue-rabat.jpg",
        "scene": "avenue",
        "params": {"tram": False, "cars": 16, "cam_x": 2.0, "yaw": -4},
        "look": "print90",
        "date": "1999-07",
        "status": "published",
        "themes": ["urban-life"],
        "captions": cap(
            fr=(
                "Rabat, juillet 1999",
                "Une avenue de la capitale au mois de la succession : le roi Mohammed VI accède au trône le 23 juillet 1999.",
            ),
            ar=(
                "الرباط، يوليوز 1999",
                "شارع في العاصمة في شهر انتقال العرش: اعتلى الملك محمد السادس العرش في 23 يوليوز 1999.",
            ),
            en=(
                "Rabat, July 1999",
                "An avenue in the capital in the month of the succession: King Mohammed VI acceded to the throne on 23 July 1999.",
            ),
        ),
        "place": "Rabat",
        "place_coords": [34.02, -6.83],
        "notes": "Mois à cheval sur les deux règnes.",
    },
    {
        "path": "1990s/fès-médina.jpg",
        "scene": "souk",
        "params": {"yaw": -3, "people": 12},
        "look": "bw",
        "status": "published",
        "themes": ["urban-life", "culture"],
        "captions": cap(
            fr=(
                "Une ruelle couverte de la médina de Fès",
                "Les roseaux tamisent la lumière au-dessus des échoppes ; le commerce de la médina vit au rythme des artisans.",
            ),
            ar=(
                "زقاق مسقوف في مدينة فاس العتيقة",
                "يُلطّف سقف القصب ضوء الشمس فوق الدكاكين، وتنبض تجارة المدينة العتيقة على إيقاع الصناع التقليديين.",
            ),
        ),
        "place": "Fès",
        "place_coords": [34.06, -4.97],
    },
    {
        "path": "1995/agadir-hotel.jpg",
        "scene": "beach_resort",
        "params": {"late": True},
        "look": "print90",
        "date": "1995",
        "status": "published",
        "themes": ["tourism"],
        "captions": cap(
            fr=(
                "Fin d'après-midi sur la corniche d'Agadir",
                "Dans les années 1990, la capacité hôtelière de la station continue de croître avec le tourisme européen.",
            ),
            ar=(
                "آخر النهار على كورنيش أكادير",
                "واصلت الطاقة الفندقية للمحطة نموّها خلال التسعينيات مع توافد السياح الأوروبيين.",
            ),
            en=(
                "Late afternoon on the Agadir seafront",
                "In the 1990s the resort's hotel capacity kept growing with European tourism.",
            ),
        ),
        "place": "Agadir",
        "place_coords": [30.42, -9.6],
    },
    # --- the 2000s: Mohammed VI -----------------------------------------------------------------------
    {
        "path": "2001/technopark-casablanca.jpg",
        "scene": "open_office",
        "look": "digital2000",
        "date": "2001",
        "status": "published",
        "themes": ["technology", "small-business"],
        "captions": cap(
            fr=(
                "Au Technopark de Casablanca",
                "Ouvert en 2001, le Technopark héberge de jeunes entreprises des technologies de l'information : un des premiers jalons de l'économie numérique marocaine.",
            ),
            ar=(
                "في التكنوبارك بالدار البيضاء",
                "افتُتح التكنوبارك سنة 2001 لاحتضان المقاولات الناشئة في تكنولوجيا المعلومات، وكان من أولى محطات الاقتصاد الرقمي المغربي.",
            ),
            en=(
                "At the Casablanca Technopark",
                "Opened in 2001, the Technopark hosts young IT companies, an early milestone of Morocco's digital economy.",
            ),
        ),
        "place": "Casablanca",
        "place_coords": [33.55, -7.63],
    },
    {
        "path": "2000/koudia-al-baida-eoliennes.jpg",
        "scene": "wind_farm",
        "look": "print90",
        "date": "2000",
        "status": "published",
        "themes": ["wind", "renewable-energy"],
        "captions": cap(
            fr=(
                "Le parc éolien de Koudia Al Baida",
                "Mis en service en 2000 dans les collines proches de Tétouan, c'est le premier grand parc éolien du Maroc.",
            ),
            ar=(
                "الحظيرة الريحية كدية البيضاء",
                "دخلت الخدمة سنة 2000 في التلال القريبة من تطوان، وهي أول حظيرة ريحية كبرى في المغرب.",
            ),
            en=(
                "Koudia Al Baida wind farm",
                "Commissioned in 2000 in the hills near Tétouan, Morocco's first large wind farm.",
            ),
        ),
        "place": "Koudia Al Baida, près de Tétouan",
        "place_coords": [35.57, -5.37],
        "plate": "pl. 26, p. 70",
    },
    {
        "path": "2006/IMG_0412.JPG",
        "scene": "beach_resort",
        "params": {"yaw": -6},
        "look": "digital2000",
        "meta": {"camera": ("Canon", "Canon EOS 5D", "2006:05:20 11:02:33")},
        "status": "published",
        "themes": ["tourism"],
        "captions": cap(
            fr=(
                "Plage et hôtels, printemps 2006",
                "La « Vision 2010 », lancée en 2001, vise dix millions de touristes et multiplie les projets de stations balnéaires.",
            ),
            ar=(
                "شاطئ وفنادق، ربيع 2006",
                "تهدف «رؤية 2010»، التي أُطلقت سنة 2001، إلى استقطاب عشرة ملايين سائح، وتتعدد في إطارها مشاريع المحطات الشاطئية.",
            ),
            en=(
                "Beach and hotels, spring 2006",
                "Launched in 2001, 'Vision 2010' aimed at ten million tourists a year and multiplied seaside resort projects.",
            ),
        ),
        "place": "Agadir",
        "place_coords": [30.42, -9.6],
        "notes": "Date prise dans l'EXIF de l'appareil.",
    },
    {
        "path": "2007/tanger-med.jpg",
        "scene": "port",
        "look": "digital",
        "meta": {
            "iptc": {
                "title": "Tanger Med",
                "caption": "Le premier terminal à conteneurs de Tanger Med, ouvert en juillet 2007 sur le détroit de Gibraltar.",
                "keywords": ["port", "Tanger Med", "logistique", "conteneurs"],
                "byline": BYLINE,
                "date": "20070700",
            }
        },
        "date": "2007-07",
        "status": "published",
        "themes": ["port", "logistics"],
        "captions": cap(
            fr=(
                "Tanger Med, premier terminal à conteneurs",
                "Ouvert en juillet 2007 sur le détroit de Gibraltar, le port de Tanger Med place le Maroc sur les grandes routes maritimes mondiales.",
            ),
            ar=(
                "طنجة المتوسط، أول محطة للحاويات",
                "افتُتح ميناء طنجة المتوسط في يوليوز 2007 على مضيق جبل طارق، فوضع المغرب على الطرق البحرية الكبرى في العالم.",
            ),
            en=(
                "Tanger Med, the first container terminal",
                "Opened in July 2007 on the Strait of Gibraltar, Tanger Med put Morocco on the world's main shipping routes.",
            ),
        ),
        "place": "Tanger Med",
        "place_coords": [35.89, -5.5],
        "plate": "pl. 31, p. 82",
        "notes": "IPTC 2:55 « 20070700 » : jour inconnu (00), comme le permet la norme IIM.",
    },
    {
        "path": "2008/DSC_0127.JPG",
        "scene": "fields",
        "params": {"farmer": False, "yaw": 4},
        "look": "digital2000",
        "meta": {"camera": ("NIKON CORPORATION", "NIKON D300", "2008:04:22 09:41:10")},
        "status": "published",
        "themes": ["agriculture"],
        "captions": cap(
            fr=(
                "Vergers irrigués au printemps 2008",
                "Le Plan Maroc Vert, présenté en avril 2008, mise sur l'irrigation localisée et l'arboriculture pour moderniser l'agriculture.",
            ),
            ar=(
                "بساتين مسقية في ربيع 2008",
                "يراهن مخطط المغرب الأخضر، الذي قُدّم في أبريل 2008، على السقي الموضعي والأشجار المثمرة لتحديث الفلاحة.",
            ),
            en=(
                "Irrigated orchards in spring 2008",
                "Presented in April 2008, the Green Morocco Plan bet on drip irrigation and fruit trees to modernise farming.",
            ),
        ),
        "place": "Berkane",
        "place_coords": [34.92, -2.32],
    },
    {
        "path": "2009/IMG_2231.JPG",
        "scene": "dakhla_lagoon",
        "look": "digital2000",
        "meta": {"camera": ("Canon", "Canon EOS 50D", "2009:10:03 15:20:44"), "gps": (23.7812, -15.8836)},
        "status": "published",
        "themes": ["tourism", "southern-regions"],
        "captions": cap(
            fr=(
                "Kitesurf sur la lagune de Dakhla",
                "Vents réguliers et eaux calmes : la lagune de Dakhla devient une destination mondiale des sports de glisse.",
            ),
            ar=(
                "الكايت سيرف في بحيرة الداخلة",
                "رياح منتظمة ومياه هادئة: أصبحت بحيرة الداخلة وجهة عالمية لرياضات الانزلاق.",
            ),
            en=(
                "Kitesurfing on the Dakhla lagoon",
                "Steady winds and calm water made the Dakhla lagoon a world destination for board sports.",
            ),
        ),
        "place": "Dakhla",
        "place_coords": [23.68, -15.96],
    },
    {
        "path": "2004/essaouira-port.jpg",
        "scene": "fishing_harbour",
        "params": {"yaw": 6},
        "look": "digital2000",
        "date": "2004",
        "status": "published",
        "themes": ["port", "tourism"],
        "captions": cap(
            fr=(
                "Le port d'Essaouira",
                "Barques bleues au pied de la Skala : la pêche artisanale et le tourisme font vivre la ville.",
            ),
            ar=("ميناء الصويرة", "قوارب زرقاء عند أسوار السقالة: تعيش المدينة من الصيد التقليدي والسياحة."),
            en=(
                "The port of Essaouira",
                "Blue boats below the Skala ramparts: small-scale fishing and tourism keep the town alive.",
            ),
        ),
        "place": "Essaouira",
        "place_coords": [31.51, -9.77],
    },
    {
        "path": "2005-10/souk-des-tapis.jpg",
        "scene": "souk",
        "portrait": True,
        "params": {"yaw": 2},
        "look": "digital2000",
        "status": "reviewed",
        "themes": ["small-business", "culture"],
        "captions": cap(
            fr=(
                "Le souk des tapis",
                "Coopératives et petits ateliers vendent tapis et objets d'artisanat aux visiteurs de la médina.",
            ),
            ar=(
                "سوق الزرابي",
                "تبيع التعاونيات والورشات الصغيرة الزرابي ومنتجات الصناعة التقليدية لزوار المدينة العتيقة.",
            ),
            en=(
                "The carpet souk",
                "Cooperatives and small workshops sell rugs and crafts to visitors in the medina.",
            ),
        ),
        "place": "Marrakech",
        "place_coords": [31.63, -7.99],
        "notes": "Pas de date au catalogue : le dossier « 2005-10 » la donne.",
    },
    {
        "path": "2003/oasis-skoura.jpg",
        "scene": "oasis",
        "params": {"snow": False},
        "look": "digital2000",
        "date": "2003~",
        "status": "published",
        "themes": ["agriculture", "tourism"],
        "captions": cap(
            fr=(
                "La palmeraie de Skoura",
                "Entre Ouarzazate et la vallée du Dadès, la palmeraie et ses kasbahs attirent les visiteurs de la « route des mille kasbahs ».",
            ),
            en=(
                "The Skoura palm grove",
                "Between Ouarzazate and the Dades valley, the palm grove and its kasbahs draw visitors on the 'road of a thousand kasbahs'.",
            ),
        ),
        "place": "Skoura",
        "place_coords": [31.06, -6.56],
    },
    {
        "path": "2010/autoroute-marrakech-agadir.jpg",
        "scene": "motorway",
        "params": {"yaw": -14, "cars": 40},
        "look": "digital",
        "date": "2010",
        "status": "published",
        "themes": ["roads", "infrastructure"],
        "captions": cap(
            fr=(
                "Échangeur autoroutier, 2010",
                "Le réseau autoroutier s'étend rapidement dans les années 2000 ; l'autoroute Marrakech–Agadir est ouverte en 2010.",
            ),
            ar=(
                "بدّالة على الطريق السيار، 2010",
                "توسعت شبكة الطرق السيارة بسرعة خلال العقد الأول من الألفية، وافتُتح الطريق السيار مراكش–أكادير سنة 2010.",
            ),
            en=(
                "Motorway interchange, 2010",
                "The motorway network grew fast in the 2000s; the Marrakesh–Agadir motorway opened in 2010.",
            ),
        ),
        "place": "Autoroute Marrakech–Agadir",
    },
    # --- the 2010s --------------------------------------------------------------------------------
    {
        "path": "2010s/noor-ouarzazate-paraboliques.jpg",
        "scene": "troughs",
        "look": "digital",
        "meta": {
            "xmp": {
                "title": {"fr": "Noor Ouarzazate I", "ar": "نور ورزازات 1", "en": "Noor Ouarzazate I"},
                "description": {
                    "fr": "Les miroirs cylindro-paraboliques de la centrale Noor I, inaugurée en février 2016.",
                    "ar": "المرايا الأسطوانية المقعرة لمحطة نور 1 التي دُشّنت في فبراير 2016.",
                    "en": "The parabolic troughs of the Noor I plant, inaugurated in February 2016.",
                },
                "subject": ["énergie solaire", "Noor", "Ouarzazate", "renewable energy"],
                "creator": BYLINE,
            }
        },
        "date": "2016-02",
        "status": "published",
        "themes": ["solar", "renewable-energy"],
        "captions": cap(
            fr=(
                "Noor Ouarzazate I : les miroirs cylindro-paraboliques",
                "Inaugurée en février 2016, la première centrale du complexe Noor concentre le soleil sur des tubes d'huile caloporteuse ; grâce au stockage thermique, elle produit encore de l'électricité après le coucher du soleil.",
            ),
            ar=(
                "نور ورزازات 1: المرايا الأسطوانية المقعرة",
                "دُشّنت في فبراير 2016 أولى محطات مركب نور، وهي تركّز أشعة الشمس على أنابيب زيت ناقل للحرارة، وتواصل إنتاج الكهرباء بعد غروب الشمس بفضل التخزين الحراري.",
            ),
            en=(
                "Noor Ouarzazate I: parabolic troughs",
                "Inaugurated in February 2016, the first plant of the Noor complex focuses sunlight on pipes of heat-transfer oil; thanks to thermal storage it keeps generating after sunset.",
            ),
        ),
        "place": "Ouarzazate",
        "place_coords": [31.05, -6.86],
        "plate": "pl. 38, p. 97",
    },
    {
        "path": "2018/noor-iii-tour.jpg",
        "scene": "solar_tower",
        "portrait": True,
        "look": "digital",
        "meta": {
            "camera": ("NIKON CORPORATION", "NIKON D750", "2018:03:10 12:30:05"),
            "orientation": 8,
            "xmp": {
                "title": {"fr": "La tour de Noor III", "ar": "برج نور 3", "en": "The Noor III tower"},
                "description": {
                    "fr": "Le champ d'héliostats et la tour de la centrale solaire Noor III, près d'Ouarzazate.",
                    "ar": "حقل المرايا وبرج محطة نور 3 للطاقة الشمسية قرب ورزازات.",
                    "en": "The heliostat field and tower of the Noor III solar plant near Ouarzazate.",
                },
                "subject": ["énergie solaire", "Noor", "tour solaire", "Ouarzazate"],
                "creator": BYLINE,
                "date_created": "2018-03-10",
            },
        },
        "date": "2018",
        "status": "published",
        "themes": ["solar"],
        "captions": cap(
            fr=(
                "La tour de Noor III",
                "Des milliers d'héliostats renvoient le soleil vers le récepteur, au sommet d'une tour d'environ 250 mètres : l'une des plus hautes centrales solaires à tour du monde.",
            ),
            ar=(
                "برج نور 3",
                "آلاف المرايا المتحركة تعكس أشعة الشمس نحو المستقبِل في قمة برج يبلغ علوه نحو 250 مترًا، وهو من أعلى محطات الطاقة الشمسية البرجية في العالم.",
            ),
            en=(
                "The Noor III tower",
                "Thousands of heliostats reflect the sun onto the receiver atop a tower of about 250 metres, one of the tallest solar power towers in the world.",
            ),
        ),
        "place": "Ouarzazate",
        "place_coords": [31.05, -6.86],
    },
    {
        "path": "2014/tarfaya-eolien.jpg",
        "scene": "wind_farm",
        "params": {"coastal": True},
        "look": "digital",
        "date": "2014",
        "status": "published",
        "themes": ["wind", "southern-regions"],
        "captions": cap(
            fr=(
                "Le parc éolien de Tarfaya",
                "Sur la côte atlantique, face aux îles Canaries, plus de cent trente éoliennes alimentent le réseau depuis 2014 ; c'est alors le plus grand parc éolien d'Afrique.",
            ),
            ar=(
                "الحظيرة الريحية بطرفاية",
                "على الساحل الأطلسي قبالة جزر الكناري، تزوّد أكثر من مائة وثلاثين عنفة ريحية الشبكة بالكهرباء منذ 2014، وكانت يومئذ أكبر حظيرة ريحية في إفريقيا.",
            ),
            en=(
                "Tarfaya wind farm",
                "On the Atlantic coast facing the Canary Islands, more than 130 turbines have fed the grid since 2014; at the time it was Africa's largest wind farm.",
            ),
        ),
        "place": "Tarfaya",
        "place_coords": [27.94, -12.92],
    },
    {
        "path": "2012/tramway-casablanca.jpg",
        "scene": "avenue",
        "look": "digital",
        "meta": {
            "xmp": {
                "title": {
                    "fr": "Le tramway de Casablanca",
                    "ar": "ترامواي الدار البيضاء",
                    "en": "The Casablanca tramway",
                },
                "description": {
                    "fr": "La première ligne du tramway de Casablanca, mise en service le 12 décembre 2012.",
                    "ar": "الخط الأول لترامواي الدار البيضاء، الذي دخل الخدمة في 12 دجنبر 2012.",
                    "en": "The first Casablanca tram line, opened on 12 December 2012.",
                },
                "subject": ["tramway", "Casablanca", "transport urbain", "rail"],
                "creator": BYLINE,
            }
        },
        "date": "2012-12-12",
        "status": "published",
        "themes": ["urban-life", "rail"],
        "captions": cap(
            fr=(
                "Le tramway de Casablanca",
                "Mise en service le 12 décembre 2012, la première ligne du tramway traverse la ville d'est en ouest sur une trentaine de kilomètres.",
            ),
            ar=(
                "ترامواي الدار البيضاء",
                "دخل الخط الأول للترامواي الخدمة في 12 دجنبر 2012، ويعبر المدينة من الشرق إلى الغرب على مسافة تناهز ثلاثين كيلومترًا.",
            ),
            en=(
                "The Casablanca tramway",
                "Opened on 12 December 2012, the first tram line crosses the city from east to west over some thirty kilometres.",
            ),
        ),
        "place": "Casablanca",
        "place_coords": [33.59, -7.61],
        "plate": "pl. 35, p. 90",
    },
    {
        "path": "2012/renault-tanger.jpg",
        "scene": "car_plant",
        "look": "digital",
        "date": "2012-02",
        "status": "published",
        "themes": ["industry", "free-zones"],
        "captions": cap(
            fr=(
                "Chaîne d'assemblage près de Tanger",
                "L'usine Renault de Melloussa est inaugurée en février 2012 ; quelques années plus tard, l'automobile devient le premier secteur exportateur du pays.",
            ),
            ar=(
                "خط التجميع قرب طنجة",
                "دُشّن مصنع رونو بملوسة في فبراير 2012، وبعد سنوات قليلة أصبحت صناعة السيارات أول قطاع مصدّر في البلاد.",
            ),
            en=(
                "Assembly line near Tangier",
                "Renault's Melloussa plant opened in February 2012; within a few years the car industry became the country's leading export sector.",
            ),
        ),
        "place": "Melloussa (Tanger)",
        "place_coords": [35.74, -5.63],
    },
    {
        "path": "2016/pont-mohammed-vi.jpg",
        "scene": "cable_bridge",
        "look": "digital",
        "date": "2016",
        "status": "published",
        "themes": ["roads", "infrastructure"],
        "captions": cap(
            fr=(
                "Le pont Mohammed VI",
                "Ouvert en 2016 sur la rocade autoroutière de Rabat, ce pont à haubans franchit la vallée du Bouregreg ; ses pylônes en arc culminent à environ 200 mètres.",
            ),
            ar=(
                "جسر محمد السادس",
                "افتُتح سنة 2016 على الطريق السيار المداري للرباط، ويعبر هذا الجسر المعلّق بالكوابل وادي أبي رقراق، وتبلغ أبراجه المقوسة نحو 200 متر.",
            ),
            en=(
                "The Mohammed VI Bridge",
                "Opened in 2016 on Rabat's ring motorway, this cable-stayed bridge spans the Bouregreg valley; its arch-shaped pylons rise to about 200 metres.",
            ),
        ),
        "place": "Rabat",
        "place_coords": [34.0, -6.8],
    },
    {
        "path": "2016-11_cop22-marrakech.jpg",
        "scene": "conference",
        "params": {
            "banner": "COP22  MARRAKECH",
            "slide": "Climate action",
            "accent": (40, 120, 80),
            "banner_bg": (30, 90, 60),
            "flags": [[-12.5, "ma"]],
            "wall": (96, 80, 70),
        },
        "look": "digital",
        "meta": {
            "xmp": {
                "title": {"fr": "COP22 à Marrakech", "ar": "كوب 22 بمراكش", "en": "COP22 in Marrakesh"},
                "description": {
                    "fr": "La conférence des Nations unies sur le climat à Marrakech, en novembre 2016.",
                    "ar": "مؤتمر الأمم المتحدة للمناخ بمراكش في نونبر 2016.",
                    "en": "The UN climate conference in Marrakesh, November 2016.",
                },
                "subject": ["COP22", "climat", "diplomatie", "énergie renouvelable"],
                "creator": BYLINE,
            }
        },
        "status": "published",
        "themes": ["diplomacy", "renewable-energy"],
        "captions": cap(
            fr=(
                "La COP22 à Marrakech",
                "En novembre 2016, Marrakech accueille la conférence des Nations unies sur le climat ; le Maroc y met en avant ses programmes solaire et éolien.",
            ),
            ar=(
                "مؤتمر كوب 22 بمراكش",
                "في نونبر 2016، احتضنت مراكش مؤتمر الأمم المتحدة للمناخ، وأبرز المغرب خلاله برامجه للطاقة الشمسية والريحية.",
            ),
            en=(
                "COP22 in Marrakesh",
                "In November 2016 Marrakesh hosted the UN climate conference, where Morocco showcased its solar and wind programmes.",
            ),
        ),
        "place": "Marrakech",
        "place_coords": [31.63, -7.99],
        "notes": "Daté par le nom du fichier (année et mois).",
    },
    {
        "path": "2018-11-15_al-boraq.jpg",
        "scene": "viaduct",
        "params": {"stripe": (120, 40, 90)},
        "look": "digital",
        "status": "published",
        "themes": ["rail", "infrastructure"],
        "captions": cap(
            fr=(
                "Al Boraq, la grande vitesse",
                "Inaugurée le 15 novembre 2018, la ligne à grande vitesse Tanger–Kénitra, la première d'Afrique, met Tanger à un peu plus de deux heures de Casablanca.",
            ),
            ar=(
                "البراق، القطار فائق السرعة",
                "دُشّن خط القطار فائق السرعة طنجة–القنيطرة في 15 نونبر 2018، وهو الأول من نوعه في إفريقيا، فصارت طنجة على بعد ما يزيد قليلًا على ساعتين من الدار البيضاء.",
            ),
            en=(
                "Al Boraq, high-speed rail",
                "Opened on 15 November 2018, the Tangier–Kenitra high-speed line, the first in Africa, puts Tangier just over two hours from Casablanca.",
            ),
        ),
        "place": "Ligne à grande vitesse Tanger–Kénitra",
        "plate": "pl. 41, p. 104",
        "notes": "Daté par le nom du fichier.",
    },
    {
        "path": "2010s/fes-medina-crepuscule.jpg",
        "scene": "medina_dusk",
        "params": {"dishes": True, "minarets": {1: [0.58], 2: [0.2, 0.82], 3: [0.4]}},
        "look": "digital",
        "date": "2015~",
        "status": "published",
        "themes": ["urban-life", "culture", "tourism"],
        "captions": cap(
            fr=(
                "Fès au soir, paraboles et minarets",
                "Paraboles sur les terrasses et minarets anciens : la médina vit avec son temps tout en restaurant ses monuments.",
            ),
            ar=(
                "فاس في المساء، صحون لاقطة وصوامع",
                "صحون لاقطة فوق السطوح وصوامع عريقة: تعيش المدينة العتيقة عصرها وهي ترمّم معالمها.",
            ),
            en=(
                "Fez at evening, dishes and minarets",
                "Satellite dishes on the roofs and ancient minarets: the medina lives in its time while restoring its monuments.",
            ),
        ),
        "place": "Fès",
        "place_coords": [34.06, -4.97],
    },
    {
        "path": "2017/IMG_3120.JPG",
        "scene": "souk",
        "portrait": True,
        "params": {"yaw": -2, "people": 14},
        "look": "digital",
        "meta": {"camera": ("FUJIFILM", "X-T2", "2017:04:08 16:45:10"), "orientation": 6},
        "status": "published",
        "themes": ["small-business", "tourism"],
        "captions": cap(
            fr=("Lanternes et épices", "Une ruelle marchande de la médina de Marrakech en fin d'après-midi."),
            ar=("فوانيس وتوابل", "زقاق تجاري في مدينة مراكش العتيقة عند آخر النهار."),
            en=("Lanterns and spices", "A market lane in the Marrakesh medina in the late afternoon."),
        ),
        "place": "Marrakech",
        "place_coords": [31.63, -7.99],
        "notes": "Photo en hauteur enregistrée couchée (EXIF Orientation 6).",
    },
    {
        "path": "2019/data-centre.jpg",
        "scene": "data_centre",
        "look": "digital",
        "date": "2019",
        "status": "reviewed",
        "themes": ["technology"],
        "captions": cap(
            fr=(
                "Une salle de serveurs",
                "Centres de données et services en nuage accompagnent la transformation numérique des administrations et des entreprises.",
            ),
            ar=("قاعة خوادم", "ترافق مراكز البيانات والخدمات السحابية التحول الرقمي للإدارات والمقاولات."),
            en=(
                "A server room",
                "Data centres and cloud services support the digital transformation of public services and businesses.",
            ),
        ),
    },
    {
        "path": "2010s/rocade-mediterraneenne.jpg",
        "scene": "coastal_road",
        "look": "digital",
        "date": "201X",
        "status": "published",
        "themes": ["roads", "tourism"],
        "captions": cap(
            fr=(
                "La route côtière méditerranéenne",
                "Entre Tanger et Saïdia, la rocade méditerranéenne désenclave le Rif et ouvre son littoral au tourisme.",
            ),
            ar=(
                "الطريق الساحلي المتوسطي",
                "بين طنجة والسعيدية، فكّ الطريق المتوسطي العزلة عن الريف وفتح ساحله أمام السياحة.",
            ),
            en=(
                "The Mediterranean coastal road",
                "Between Tangier and Saïdia, the Mediterranean coast road opened up the Rif and its shoreline to tourism.",
            ),
        ),
        "place": "Côte méditerranéenne (Al Hoceïma)",
        "place_coords": [35.25, -3.93],
    },
    {
        "path": "2010s/serres-dakhla.jpg",
        "scene": "greenhouses",
        "params": {"yaw": 30, "cam_h": 18},
        "look": "digital",
        "date": "201X",
        "status": "published",
        "themes": ["agriculture", "southern-regions"],
        "captions": cap(
            fr=(
                "Serres maraîchères près de Dakhla",
                "Tomates cerises et melons profitent du climat doux de la région de Dakhla pour arriver tôt sur les marchés.",
            ),
            ar=(
                "بيوت مغطاة لزراعة الخضر قرب الداخلة",
                "تستفيد الطماطم الكرزية والبطيخ من المناخ المعتدل لجهة الداخلة لتصل مبكرًا إلى الأسواق.",
            ),
            en=(
                "Vegetable greenhouses near Dakhla",
                "Cherry tomatoes and melons benefit from the mild Dakhla climate to reach markets early.",
            ),
        ),
        "place": "Dakhla",
        "place_coords": [23.68, -15.96],
    },
    {
        "path": "2019/tanger-med-2.jpg",
        "scene": "port",
        "params": {"yaw": -30, "cam_h": 60, "tug": False, "warm": True},
        "look": "digital",
        "meta": {"camera": ("SONY", "ILCE-7M3", "2019:06:28 10:12:40")},
        "status": "published",
        "themes": ["port", "logistics"],
        "captions": cap(
            fr=(
                "Tanger Med en pleine extension",
                "Avec la mise en service de Tanger Med 2 en 2019, le complexe devient l'un des plus grands ports à conteneurs de la Méditerranée.",
            ),
            ar=(
                "طنجة المتوسط في طور التوسعة",
                "مع تشغيل ميناء طنجة المتوسط 2 سنة 2019، أصبح المركب المينائي من أكبر موانئ الحاويات في البحر الأبيض المتوسط.",
            ),
            en=(
                "Tanger Med expanding",
                "With Tanger Med 2 in service in 2019, the port complex became one of the largest container ports in the Mediterranean.",
            ),
        ),
        "place": "Tanger Med",
        "place_coords": [35.89, -5.5],
    },
    # --- the 2020s --------------------------------------------------------------------------------
    {
        "path": "2024/sommet-petites-entreprises-virginie.jpg",
        "scene": "conference",
        "params": {
            "banner": "SMALL BUSINESS SUMMIT  -  MOROCCO DAY",
            "slide": "AI & Small Business",
            "accent": (150, 30, 40),
        },
        "look": "digital",
        "meta": {
            "iptc": {
                "title": "9e Sommet des petites entreprises",
                "caption": "Virginie, 22 novembre : le Sommet des petites entreprises, dans le cadre du « Jour du Maroc ».",
                "keywords": ["sommet", "petites entreprises", "Virginie", "Jour du Maroc", "diplomatie"],
                "byline": BYLINE,
                "date": "20241122",
            }
        },
        "date": "2024-11-22",
        "status": "published",
        "themes": ["diplomacy", "small-business", "economy"],
        "captions": cap(
            fr=(
                "9e Sommet des petites entreprises, Virginie",
                "Dans le cadre du « Jour du Maroc », le sommet réunit entrepreneurs marocains et américains autour de l'intelligence artificielle et des petites entreprises.",
            ),
            ar=(
                "القمة التاسعة للمقاولات الصغرى، فرجينيا",
                "في إطار الاحتفال بـ«يوم المغرب»، جمعت القمة مقاولين مغاربة وأمريكيين حول موضوع الذكاء الاصطناعي والمقاولات الصغرى.",
            ),
            en=(
                "9th Small Business Summit, Virginia",
                "As part of the 'Morocco Day' celebrations, the summit brought Moroccan and American entrepreneurs together around artificial intelligence and small business.",
            ),
        ),
        "place": "Virginie (États-Unis)",
        "plate": "pl. 48, p. 120",
        "notes": "Le communiqué donne « vendredi 22 novembre » ; l'année est à confirmer sur le programme du sommet.",
    },
    {
        "path": "2024/atelier-regions-du-sud.jpg",
        "scene": "conference",
        "params": {
            "slide": "Investing in the southern regions",
            "accent": (200, 120, 40),
            "cam_x": -2.0,
            "fill": 0.85,
            "wall": (70, 80, 96),
            "layout": "tables",
            "yaw": 6,
        },
        "look": "digital",
        "date": "2024-11",
        "status": "reviewed",
        "themes": ["southern-regions", "economy", "renewable-energy", "logistics"],
        "captions": cap(
            fr=(
                "Atelier : investir dans les régions du Sud",
                "Énergies renouvelables, logistique, tourisme et technologie : l'atelier présente les régions du Sud comme un terreau fertile pour les investisseurs marocains et américains.",
            ),
            ar=(
                "ورشة: الاستثمار في الأقاليم الجنوبية",
                "الطاقات المتجددة واللوجستيك والسياحة والتكنولوجيا: قدّمت الورشة الأقاليم الجنوبية أرضًا خصبة للمستثمرين المغاربة والأمريكيين.",
            ),
            en=(
                "Workshop: investing in the southern regions",
                "Renewable energy, logistics, tourism and technology: the workshop presented the southern regions as fertile ground for Moroccan and American investors.",
            ),
        ),
        "place": "Virginie (États-Unis)",
    },
    {
        "path": "2024/presentation-livre-najibi.jpg",
        "scene": "conference",
        "params": {
            "slide": "Hassan Najibi - Morocco in photographs since the 1980s",
            "screen_scene": "port",
            "cam_x": 3.0,
            "yaw": -5,
            "fill": 0.8,
            "wall": (90, 60, 50),
        },
        "look": "digital",
        "date": "2024-11",
        "status": "draft",
        "themes": ["culture", "diplomacy"],
        "captions": cap(
            fr=(
                "Présentation du livre de Hassan Najibi",
                "À la clôture du sommet, le livre illustré de Hassan Najibi retrace en photographies, depuis les années 1980, la transformation économique du Maroc sous les règnes de Hassan II et de Mohammed VI.",
            ),
            ar=(
                "تقديم كتاب حسن نجيبي",
                "في ختام القمة، قُدّم الكتاب المصوَّر لحسن نجيبي الذي يرصد بالصور، منذ الثمانينيات، التحول الاقتصادي للمغرب في عهدي الملك الحسن الثاني والملك محمد السادس.",
            ),
            en=(
                "Presenting Hassan Najibi's book",
                "At the close of the summit, Hassan Najibi's illustrated book traced Morocco's economic transformation in photographs since the 1980s, under the reigns of Hassan II and Mohammed VI.",
            ),
        ),
        "place": "Virginie (États-Unis)",
    },
    {
        "path": "2020s/dakhla-lagune.jpg",
        "scene": "dakhla_lagoon",
        "params": {"kites": 16, "cam_h": 14},
        "look": "digital",
        "date": "2022~",
        "status": "published",
        "themes": ["tourism", "southern-regions"],
        "captions": cap(
            fr=(
                "La lagune de Dakhla",
                "Tourisme sportif, aquaculture et projets d'énergie : la région de Dakhla attire de nouveaux investissements.",
            ),
            ar=(
                "بحيرة الداخلة",
                "السياحة الرياضية وتربية الأحياء المائية ومشاريع الطاقة: تستقطب جهة الداخلة استثمارات جديدة.",
            ),
        ),
        "place": "Dakhla",
        "place_coords": [23.68, -15.96],
    },
    {
        "path": "2021/IMG_20210614_101532.jpg",
        "scene": "solar_pv",
        "look": "digital",
        "meta": {"camera": ("Apple", "iPhone 12", "2021:06:14 10:15:32")},
        "status": "published",
        "themes": ["solar", "renewable-energy"],
        "captions": cap(
            fr=(
                "Une centrale photovoltaïque",
                "Des rangées de panneaux à perte de vue : le photovoltaïque complète le solaire thermodynamique dans le programme national des énergies renouvelables.",
            ),
            ar=(
                "محطة للطاقة الشمسية الكهروضوئية",
                "صفوف من الألواح على امتداد البصر: تكمّل الطاقة الكهروضوئية الطاقة الشمسية الحرارية في البرنامج الوطني للطاقات المتجددة.",
            ),
            en=(
                "A photovoltaic plant",
                "Rows of panels as far as the eye can see: photovoltaics complement solar thermal power in the national renewable energy programme.",
            ),
        ),
        "place": "Sud du Maroc",
    },
    {
        "path": "2025/ia-petites-entreprises.jpg",
        "scene": "open_office",
        "params": {"yaw": 28},
        "look": "digital",
        "date": "2025-03",
        "status": "draft",
        "themes": ["technology", "small-business"],
        "captions": cap(
            fr=(
                "Une jeune pousse du numérique",
                "L'intelligence artificielle au service des petites entreprises, thème du sommet de Virginie, s'invite dans les bureaux des start-up marocaines.",
            ),
            en=(
                "A digital start-up",
                "Artificial intelligence for small businesses, the theme of the Virginia summit, is finding its way into Moroccan start-ups.",
            ),
        ),
        "place": "Casablanca",
        "place_coords": [33.57, -7.59],
    },
    # --- undated ------------------------------------------------------------------------------------
    {
        "path": "sans-date/scan0042.jpg",
        "scene": "souk",
        "params": {"yaw": 5, "people": 10},
        "look": "bw",
        "border": True,
        "meta": {"scanner": (*EPSON, "2019:03:12 11:40:02")},
        "status": "draft",
        "themes": ["urban-life"],
        "captions": {},
        "notes": "Aucune date connue : l'EXIF ne porte que la date de numérisation (12 mars 2019), qui n'est pas celle de la photographie.",
    },
    {
        "path": "sans-date/barques 1.jpg",
        "scene": "fishing_harbour",
        "params": {"yaw": 18},
        "look": "sepia",
        "border": True,
        "status": "reviewed",
        "themes": ["port"],
        "captions": cap(
            fr=("Barques au port", "Tirage sans annotation, retrouvé dans un album : ni date ni lieu.")
        ),
    },
    {
        "path": "sans-date/صورة-قديمة.jpg",
        "scene": "oasis",
        "look": "bw",
        "border": True,
        "status": "draft",
        "themes": ["agriculture"],
        "captions": {},
        "notes": "Nom de fichier en arabe (« photo ancienne »).",
    },
    {
        "path": "sans-date/dunes sans titre.jpg",
        "scene": "dunes",
        "params": {"camels": 3, "caravan_layer": 2},
        "look": "print80",
        "status": "reviewed",
        "themes": ["tourism"],
        "captions": cap(
            fr=("Dunes au couchant", "Tirage couleur non daté ; les teintes ont viré avec le temps."),
            en=("Dunes at sunset", "Undated colour print; the colours have shifted with age."),
        ),
    },
    {
        "path": "sans-date/IMG_0001.JPG",
        "scene": "industrial_zone",
        "params": {"yaw": 40, "band": (190, 60, 50)},
        "look": "digital",
        "meta": {"camera": ("Canon", "Canon PowerShot G9", None)},
        "status": "draft",
        "themes": ["logistics"],
        "captions": {},
        "notes": "Appareil sans horloge réglée : l'EXIF n'a pas de date.",
    },
]

#: Keys of a spec that are about the picture, not the catalog.
_RENDER_KEYS = {"scene", "params", "look", "border", "meta", "portrait", "mark", "budget"}
_ORDER = (
    "path",
    "date",
    "status",
    "themes",
    "captions",
    "place",
    "place_coords",
    "photographer",
    "photographer_ar",
    "photographer_en",
    "credit",
    "credit_ar",
    "credit_en",
    "rights",
    "rights_ar",
    "rights_en",
    "plate",
    "notes",
)


def catalog_entry(spec: dict) -> dict:
    """The spec's entry in catalog.json (keys in a stable order; no ``date`` key when the indexer
    should date the file itself)."""
    entry = {k: v for k, v in spec.items() if k not in _RENDER_KEYS}
    entry.setdefault("photographer", PHOTOGRAPHER)
    entry.setdefault("credit", CREDIT)
    entry.setdefault("rights", RIGHTS)
    for key, value in PER_LANGUAGE.items():
        if entry[key.rpartition("_")[0]] in (PHOTOGRAPHER, CREDIT, RIGHTS):  # the demo's own, translated
            entry.setdefault(key, value)
    if not entry.get("captions"):
        entry.pop("captions", None)
    return {k: entry[k] for k in _ORDER if k in entry}


def catalog() -> dict:
    return {"format": "photobook-catalog", "version": 1, "photos": [catalog_entry(s) for s in SPECS]}
