"""The kiosk's words for visitors, in French (the default), Arabic and English.

Unlike the window (whose words are in the Qt .ts files), the kiosk carries its own words: a
visitor switches the language with one tap and every label must follow at once, in the three
languages, whether or not the compiled translation files of the archivist's window are up to
date. The language codes and the default are :mod:`photobook.core.languages`'s.
"""

from __future__ import annotations

from photobook.core.languages import DEFAULT_LANGUAGE as DEFAULT
from photobook.core.languages import LANGUAGES as LANGS

__all__ = ["BUTTONS", "DEFAULT", "LANGS", "TEXTS", "t"]

#: The language buttons, each language named in its own script.
BUTTONS = {"fr": "FR", "ar": "ع", "en": "EN"}

TEXTS: dict[str, dict[str, str]] = {
    "fr": {
        "lang_name": "Français",
        "lang_button": "Afficher en français",
        "timeline": "Frise chronologique des photographies",
        "all_themes": "Tout",
        "theme_button": "Thème : {name}",
        "larger": "A+",
        "larger_name": "Texte plus grand",
        "back": "Retour",
        "back_name": "Retour à la frise",
        "previous": "Précédente",
        "next": "Suivante",
        "still_there": "Vous êtes toujours là ?",
        "touch_continue": "Touchez l’écran pour continuer",
        "seconds": "{n} s",
        "explore": "Touchez l’écran pour explorer les archives",
        "pause": "Pause",
        "play": "Reprendre",
        "pin_title": "Code du personnel",
        "pin_field": "Code",
        "pin_wrong": "Code erroné",
        "pin_wait": "Trop d’essais : réessayez dans {n} s",
        "pin_none": "Aucun code défini : photobook kiosk --set-pin",
        "ok": "Valider",
        "cancel": "Annuler",
        "erase": "Effacer",
        "unavailable": "Les archives sont momentanément indisponibles.\nNouvel essai dans un instant…",
        "none": "Aucune photographie",
        "photo": "Photographie",
    },
    "en": {
        "lang_name": "English",
        "lang_button": "Show in English",
        "timeline": "Timeline of the photographs",
        "all_themes": "All",
        "theme_button": "Theme: {name}",
        "larger": "A+",
        "larger_name": "Larger text",
        "back": "Back",
        "back_name": "Back to the timeline",
        "previous": "Previous",
        "next": "Next",
        "still_there": "Still there?",
        "touch_continue": "Touch to continue",
        "seconds": "{n} s",
        "explore": "Touch the screen to explore the archive",
        "pause": "Pause",
        "play": "Play",
        "pin_title": "Staff code",
        "pin_field": "Code",
        "pin_wrong": "Wrong code",
        "pin_wait": "Too many tries: try again in {n} s",
        "pin_none": "No code set: photobook kiosk --set-pin",
        "ok": "OK",
        "cancel": "Cancel",
        "erase": "Erase",
        "unavailable": "The archive is temporarily unavailable.\nTrying again in a moment…",
        "none": "No photographs",
        "photo": "Photograph",
    },
    "ar": {
        "lang_name": "العربية",
        "lang_button": "العرض بالعربية",
        "timeline": "الخط الزمني للصور",
        "all_themes": "الكل",
        "theme_button": "الموضوع: {name}",
        "larger": "+أ",
        "larger_name": "نص أكبر",
        "back": "رجوع",
        "back_name": "الرجوع إلى الخط الزمني",
        "previous": "السابقة",
        "next": "التالية",
        "still_there": "هل ما زلت هنا؟",
        "touch_continue": "المس الشاشة للمتابعة",
        "seconds": "{n} ث",
        "explore": "المس الشاشة لاستكشاف الأرشيف",
        "pause": "إيقاف مؤقت",
        "play": "استئناف",
        "pin_title": "رمز الموظفين",
        "pin_field": "الرمز",
        "pin_wrong": "رمز خاطئ",
        "pin_wait": "محاولات كثيرة: أعد المحاولة بعد {n} ث",
        "pin_none": "لم يحدد أي رمز: photobook kiosk --set-pin",
        "ok": "تأكيد",
        "cancel": "إلغاء",
        "erase": "مسح",
        "unavailable": "الأرشيف غير متاح مؤقتًا.\nستتم إعادة المحاولة بعد قليل…",
        "none": "لا توجد صور",
        "photo": "صورة",
    },
}


def t(lang: str, key: str, **values: object) -> str:
    words = TEXTS.get(lang, TEXTS[DEFAULT])
    return words.get(key, TEXTS["en"][key]).format(**values)
