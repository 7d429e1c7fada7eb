"""Index problem reasons in the interface language.

The indexer records why a file could not be catalogued in English (the CLI prints it, tests match
it). The problems dock shows it in French or Arabic: each known reason is recognised by a regular
expression and rewritten with its values (numbers, quoted text, file formats) kept as they were.
Several reasons joined by "; " are translated one by one; anything unknown stays in English.

No Qt here: the function is plain text in, text out.
"""

from __future__ import annotations

import re

LRI, PDI = "\u2066", "\u2069"
_JOIN = {"fr": " ; ", "ar": "؛ "}  # French puts a space before ";"; Arabic has its own semicolon

# (pattern, French, Arabic). Groups named like the placeholders; a group whose name starts with
# "t_" holds a nested reason (translated in turn), "k_" a file kind, "e_" a system error message.
# fmt: off
_RULES: list[tuple[str, str, str]] = [
    # walk.py
    (r"symbolic link loop; not followed",
     "boucle de liens symboliques ; non suivie", "حلقة روابط رمزية؛ لم تُتبع"),
    (r"broken symbolic link; skipped", "lien symbolique rompu ; ignoré", "رابط رمزي معطوب؛ تم تخطيه"),
    (r"symbolic link loop \(points back to a folder above it\); not followed",
     "boucle de liens symboliques (il pointe vers un dossier parent) ; non suivi",
     "حلقة روابط رمزية (يشير إلى مجلد أعلى منه)؛ لم يُتبع"),
    (r"symbolic link to outside the source folder; not followed",
     "lien symbolique vers l’extérieur du dossier source ; non suivi",
     "رابط رمزي إلى خارج المجلد المصدر؛ لم يُتبع"),
    (r"cannot read the folder: (?P<e_err>.+)",
     "impossible de lire le dossier : {e_err}", "تعذّرت قراءة المجلد: {e_err}"),
    (r"folder already visited \(a loop\); skipped",
     "dossier déjà parcouru (une boucle) ; ignoré", "مجلد سبقت زيارته (حلقة)؛ تم تخطيه"),
    (r"(?P<k_kind>.+), not a regular file; not opened",
     "{k_kind}, pas un fichier ordinaire ; non ouvert", "{k_kind}، وليس ملفًا عاديًا؛ لم يُفتح"),
    (r"cannot read: (?P<e_err>.+)", "lecture impossible : {e_err}", "تعذّرت القراءة: {e_err}"),
    # worker.py
    (r"image too large to open safely \(possible decompression bomb\): (?P<t_detail>.*)",
     "image trop grande pour être ouverte sans risque (possible bombe de décompression) : {t_detail}",
     "الصورة أكبر من أن تُفتح بأمان (قنبلة فك ضغط محتملة): {t_detail}"),
    (r"Image size \((?P<n>\d+) pixels\) exceeds limit of (?P<m>\d+) pixels,?",
     "taille de l’image ({n} pixels) supérieure à la limite de {m} pixels",
     "حجم الصورة ({n} بكسل) يتجاوز الحد البالغ {m} بكسل"),
    (r"gave up after (?P<s>[\d.]+) s \(the file may be crafted to hang readers\)",
     "abandon après {s} s (le fichier est peut-être conçu pour bloquer les lecteurs)",
     "تم التوقف بعد {s} ثانية (ربما صُمّم الملف لتعطيل برامج القراءة)"),
    (r"not a regular file \((?P<k_kind>.+)\); not opened",
     "pas un fichier ordinaire ({k_kind}) ; non ouvert", "ليس ملفًا عاديًا ({k_kind})؛ لم يُفتح"),
    (r"cannot read the file: (?P<e_err>.+)",
     "impossible de lire le fichier : {e_err}", "تعذّرت قراءة الملف: {e_err}"),
    (r"the file disappeared while indexing",
     "le fichier a disparu pendant l’indexation", "اختفى الملف أثناء الفهرسة"),
    (r"not an image photobook can read \(unknown or corrupt format\)",
     "pas une image que photobook sait lire (format inconnu ou corrompu)",
     "ليست صورة يستطيع photobook قراءتها (صيغة غير معروفة أو تالفة)"),
    (r"the file declares an impossible size \(out of memory\)",
     "le fichier déclare une taille impossible (mémoire insuffisante)",
     "يعلن الملف عن حجم مستحيل (نفدت الذاكرة)"),
    (r"the image data is truncated \(the file is incomplete\)",
     "les données de l’image sont tronquées (le fichier est incomplet)",
     "بيانات الصورة مبتورة (الملف غير مكتمل)"),
    (r"the image data is truncated; the thumbnail shows the readable part",
     "les données de l’image sont tronquées ; la vignette montre la partie lisible",
     "بيانات الصورة مبتورة؛ تعرض الصورة المصغّرة الجزء المقروء"),
    (r"unreadable image \((?P<detail>.+)\)", "image illisible ({detail})", "صورة غير مقروءة ({detail})"),
    (r"very large image \(over (?P<n>\d+) megapixels\)",
     "très grande image (plus de {n} mégapixels)", "صورة كبيرة جدًا (أكثر من {n} ميغابكسل)"),
    (r"empty file \((?P<n>\d+) bytes\)", "fichier vide ({n} octet)", "ملف فارغ ({n} بايت)"),
    (r"HEIC/HEIF needs the optional pillow-heif package \((?P<cmd>.+)\)",
     "le format HEIC/HEIF nécessite le paquet facultatif pillow-heif ({cmd})",
     "صيغة HEIC/HEIF تتطلب الحزمة الاختيارية pillow-heif ({cmd})"),
    (r"image declares an impossible size (?P<size>-?\d+ × -?\d+)",
     "l’image déclare une taille impossible : {size}", "تعلن الصورة عن حجم مستحيل: {size}"),
    (r"IPTC unreadable \((?P<err>.+)\); ignored",
     "IPTC illisible ({err}) ; ignoré", "بيانات IPTC غير مقروءة ({err})؛ تم تجاهلها"),
    (r"thumbnail failed: (?P<t_why>.+)",
     "échec de la vignette : {t_why}", "تعذّر إنشاء الصورة المصغّرة: {t_why}"),
    # catalog_writer.py
    (r"could not be stored in the catalog: (?P<err>.+)",
     "n’a pas pu être enregistré dans le catalogue : {err}", "تعذّر حفظه في الفهرس: {err}"),
    # exif.py (the value is Python's repr: '…' or "…")
    (r"EXIF (?P<name>\w+) (?P<q>'.*'|\".*\") is not a date; ignored",
     "EXIF {name} {q} n’est pas une date ; ignorée", "قيمة EXIF {name} {q} ليست تاريخًا؛ تم تجاهلها"),
    (r"EXIF (?P<name>\w+) (?P<q>'.*'|\".*\") is not a real date; ignored",
     "EXIF {name} {q} n’est pas une date réelle ; ignorée",
     "قيمة EXIF {name} {q} ليست تاريخًا حقيقيًا؛ تم تجاهلها"),
    (r"EXIF (?P<name>\w+) (?P<q>'.*'|\".*\") is impossible; ignored",
     "EXIF {name} {q} est une date impossible ; ignorée", "قيمة EXIF {name} {q} تاريخ مستحيل؛ تم تجاهلها"),
    (r"EXIF GPS position unreadable \((?P<t_err>.+)\); ignored",
     "position GPS EXIF illisible ({t_err}) ; ignorée", "موقع GPS في EXIF غير مقروء ({t_err})؛ تم تجاهله"),
    (r"needs degrees, minutes, seconds",
     "il faut des degrés, minutes et secondes", "يلزم ذكر الدرجات والدقائق والثواني"),
    (r"zero denominator", "dénominateur nul", "مقام يساوي صفرًا"),
    (r"EXIF GPS position out of range; ignored",
     "position GPS EXIF hors limites ; ignorée", "موقع GPS في EXIF خارج النطاق؛ تم تجاهله"),
    (r"EXIF has a loop of IFDs; ignored",
     "les données EXIF contiennent une boucle d’IFD ; ignorées",
     "تحتوي بيانات EXIF على حلقة من IFD؛ تم تجاهلها"),
    (r"EXIF declares an impossible size; ignored",
     "les données EXIF déclarent une taille impossible ; ignorées",
     "تعلن بيانات EXIF عن حجم مستحيل؛ تم تجاهلها"),
    (r"EXIF unreadable \((?P<err>.+)\); ignored",
     "EXIF illisible ({err}) ; ignoré", "بيانات EXIF غير مقروءة ({err})؛ تم تجاهلها"),
    (r"EXIF orientation (?P<n>-?\d+) is not valid \((?P<range>1–8)\); shown as stored",
     "orientation EXIF {n} non valide ({range}) ; image affichée telle qu’enregistrée",
     "اتجاه EXIF {n} غير صالح ({range})؛ تُعرض الصورة كما خُزّنت"),
    # embedded.py
    (r"XMP larger than (?P<n>\d+) MB; ignored",
     "XMP de plus de {n} Mo ; ignoré", "بيانات XMP أكبر من {n} ميغابايت؛ تم تجاهلها"),
    (r"XMP refused: it declares XML entities or a DTD \(possible XML bomb\)",
     "XMP refusé : il déclare des entités XML ou une DTD (possible bombe XML)",
     "تم رفض بيانات XMP: تعلن عن كيانات XML أو DTD (قنبلة XML محتملة)"),
    (r"XMP is not well-formed XML \((?P<detail>.*)\); ignored",
     "XMP n’est pas du XML bien formé ({detail}) ; ignoré",
     "بيانات XMP ليست XML سليم البنية ({detail})؛ تم تجاهلها"),
    # Pillow's own warnings, passed on by worker.py
    (r"Tag data larger than file\. Skipping tag (?P<tag>\d+)",
     "données de balise plus grandes que le fichier ; balise {tag} ignorée",
     "بيانات الوسم أكبر من الملف؛ تم تخطي الوسم {tag}"),
    (r"Tag offset too large", "décalage de balise trop grand", "إزاحة الوسم كبيرة جدًا"),
    (r"Possibly corrupt EXIF (?P<mn>MakerNote )?data\. +Expecting to read (?P<a>\d+) bytes but only got (?P<b>\d+)\. ?Skipping tag (?P<tag>\d+)",
     "données EXIF{mn} peut-être corrompues : {a} octets attendus, {b} lus ; balise {tag} ignorée",
     "بيانات EXIF{mn} ربما تالفة: كان متوقعًا {a} بايت ولم يُقرأ سوى {b}؛ تم تخطي الوسم {tag}"),
    (r"Metadata Warning, tag (?P<tag>\d+) had too many entries: (?P<n>\d+), expected (?P<m>\d+)",
     "métadonnées : la balise {tag} a trop de valeurs ({n} au lieu de {m})",
     "تحذير في البيانات الوصفية: الوسم {tag} يحوي قيمًا أكثر من اللازم ({n} بدلًا من {m})"),
    (r"Image appears to be a malformed MPO file, it will be interpreted as a base JPEG file",
     "l’image semble être un fichier MPO mal formé ; elle est lue comme un simple JPEG",
     "يبدو أن الصورة ملف MPO مشوّه؛ ستُقرأ كملف JPEG عادي"),
    (r"Invalid APNG, will use default PNG image if possible",
     "APNG non valide ; l’image PNG par défaut est utilisée si possible",
     "ملف APNG غير صالح؛ ستُستخدم صورة PNG الافتراضية إن أمكن"),
    (r"Truncated File Read", "lecture interrompue : fichier tronqué", "قراءة منقطعة: الملف مبتور"),
]
# fmt: on
_COMPILED = [(re.compile(p), fr, ar) for p, fr, ar in _RULES]

_KINDS = {
    "a FIFO": ("un tube nommé (FIFO)", "أنبوب مسمّى (FIFO)"),
    "a socket": ("un socket", "مقبس (socket)"),
    "a device": ("un périphérique", "ملف جهاز"),
    "a character device": ("un périphérique caractère", "ملف جهاز محرفي"),
    "a block device": ("un périphérique bloc", "ملف جهاز كتلي"),
    "a folder": ("un dossier", "مجلد"),
    "not a regular file": ("pas un fichier ordinaire", "ليس ملفًا عاديًا"),
}
_ERRORS = {  # the usual strerror texts (POSIX, English C locale)
    "permission denied": ("permission refusée", "تم رفض الإذن"),
    "no such file or directory": ("fichier ou dossier introuvable", "الملف أو المجلد غير موجود"),
    "input/output error": ("erreur d’entrée-sortie", "خطأ في الإدخال/الإخراج"),
    "too many levels of symbolic links": (
        "trop de niveaux de liens symboliques",
        "مستويات كثيرة جدًا من الروابط الرمزية",
    ),
    "is a directory": ("c’est un dossier", "إنه مجلد"),
    "not a directory": ("ce n’est pas un dossier", "ليس مجلدًا"),
    "operation not permitted": ("opération non autorisée", "العملية غير مسموح بها"),
    "stale file handle": ("descripteur de fichier périmé", "مقبض ملف منتهي الصلاحية"),
    "file name too long": ("nom de fichier trop long", "اسم الملف طويل جدًا"),
    "no such device or address": ("périphérique ou adresse introuvable", "الجهاز أو العنوان غير موجود"),
    "transport endpoint is not connected": ("point de terminaison non connecté", "نقطة النهاية غير متصلة"),
}


def _value(text: str, lang: str) -> str:
    """A value kept as it was; in Arabic isolated left to right (LRI … PDI) unless it is a bare
    number, so that "1–8" is not shown as "8–1" and quoted Latin text keeps its order."""
    if lang == "ar" and text and not text.isdigit():
        return f"{LRI}{text}{PDI}"
    return text


def _one(text: str, lang: str) -> str | None:
    """One reason (no "; " splitting) in ``lang``, or None when it is not known."""
    col = 1 if lang == "fr" else 2
    for rule in _COMPILED:
        m = rule[0].fullmatch(text)
        if m is None:
            continue
        values: dict[str, str] = {}
        for name, got in m.groupdict().items():
            got = got or ""
            if name.startswith("t_"):
                values[name] = _many(got, lang, _value)
            elif name.startswith("k_") and got in _KINDS:
                values[name] = _KINDS[got][col - 1]
            elif name.startswith("e_") and got.lower() in _ERRORS:
                values[name] = _ERRORS[got.lower()][col - 1]
            elif name == "mn":  # Pillow's "EXIF MakerNote data"
                values[name] = " MakerNote" if got else ""
            else:
                values[name] = _value(got, lang)
        return rule[col].format(**values)
    return None


def _many(text: str, lang: str, unknown=lambda t, _lang: t) -> str:
    """Several reasons joined by "; " (a reason may itself contain "; "): at each place, the
    longest run of parts that is one known reason; an unknown part is passed to ``unknown``."""
    whole = _one(text, lang)
    if whole is not None:
        return whole
    parts = text.split("; ")
    out: list[str] = []
    known = False
    i = 0
    while i < len(parts):
        for j in range(len(parts), i, -1):
            done = _one("; ".join(parts[i:j]), lang)
            if done is not None:
                out.append(done)
                known = True
                i = j
                break
        else:
            out.append(unknown(parts[i], lang))
            i += 1
    return _JOIN[lang].join(out) if known else unknown(text, lang)


def translate_reason(text: str, lang: str) -> str:
    """``text`` (an indexer reason, or several joined by "; ") in ``lang`` ("fr", "ar" or "en").
    English, an unknown language and any unknown reason give the English text back."""
    lang = (lang or "").lower()[:2]
    if not text or lang not in _JOIN:
        return text
    return _many(text, lang)
