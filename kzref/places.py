"""Places in kzref, one typed constant per record.

Generated from the records by ``python -m kzref.maintain.codegen``; do not edit by hand.
"""

from __future__ import annotations

from typing import Final

from kzref.model.entities import Place
from kzref.registry import get_typed

__all__ = [
    "ABAYE",
    "AFGHANISTAN",
    "AKTOBE",
    "AKTOBE_KNB_OFFICES",
    "AKTOBE_PROVINCE",
    "ALMATY",
    "ANDIJAN",
    "ARMENIA",
    "ASTANA",
    "ATASU_ALASHANKOU_PIPELINE",
    "AUSTRALIA",
    "AUSTRIA",
    "AZERBAIJAN",
    "BELARUS",
    "BESLAN",
    "BISHKEK",
    "BRITAIN",
    "CANADA",
    "CASPIAN_SEA",
    "CENTRAL_ASIA",
    "CENTRAL_EURASIA",
    "CHINA",
    "CROATIA",
    "CUBA",
    "DEFUNCT_AIR_BASE_NEAR_SEMEY",
    "EASTERN_KAZAKHSTAN",
    "FRANCE",
    "GEORGIA",
    "GERMANY",
    "GUANTANAMO_BAY_DETAINMENT_CAMP",
    "ILI_KAZAKH_AUTONOMOUS_PREFECTURE",
    "INDIA",
    "INGUSHETIA",
    "IRAQ",
    "ISRAEL",
    "ITALY",
    "JAPAN",
    "KARSHI_KHANABAD",
    "KAZAKHSTAN",
    "KAZAKHSTAN_KYRGYZSTAN_BORDER",
    "KAZAKHSTAN_UZBEKISTAN_BORDER",
    "KAZAKHSTAN_UZBEKISTAN_BORDER_FENCE",
    "KENTAI",
    "KUWAIT",
    "KYRGYZSTAN",
    "KYZYLORDA",
    "MAKTAARAL_DISTRICT",
    "MANAS_AIR_BASE",
    "MOLDOVA",
    "MOROCCO",
    "MOSCOW",
    "NARROW_VALLEY_ON_THE_KAZAKHSTAN_XINJIANG_BORDER",
    "NORTHERN_KAZAKHSTAN",
    "ORDABASY_SQUARE",
    "OSKEMEN",
    "PAKISTAN",
    "PAVLODAR",
    "QOQON",
    "RABAT",
    "RUSSIA",
    "SARIAGHASH_DISTRICT",
    "SEMEY",
    "SHYMKENT",
    "SHYMKENT_OBLAST",
    "SINGAPORE",
    "SOUTHERN_KAZAKHSTAN",
    "SOUTH_KAZAKHSTAN_REGION",
    "SOUTH_WAZIRISTAN",
    "SOVIET_UNION",
    "STEPNOGORSK",
    "TAJIKISTAN",
    "TALDYKORGAN",
    "TARAZ",
    "TASHKENT",
    "TURKEY",
    "TURKMENISTAN",
    "TURKMENISTAN_UZBEKISTAN_BORDER",
    "UKRAINE",
    "UNITED_ARAB_EMIRATES",
    "UNITED_STATES",
    "UST_KAMENOGORSK",
    "UZBEKISTAN",
    "WESTERN_EUROPE",
    "XINJIANG",
    "YINING",
]

ABAYE: Final[Place] = get_typed("place:abaye", Place)
"""Abaye"""
AFGHANISTAN: Final[Place] = get_typed("place:afghanistan", Place)
"""Afghanistan"""
AKTOBE: Final[Place] = get_typed("place:aktobe", Place)
"""Aktobe"""
AKTOBE_KNB_OFFICES: Final[Place] = get_typed("place:aktobe-knb-offices", Place)
"""Aktobe offices of the National Security Committee"""
AKTOBE_PROVINCE: Final[Place] = get_typed("place:aktobe-province", Place)
"""Aktobe Province"""
ALMATY: Final[Place] = get_typed("place:almaty", Place)
"""Almaty"""
ANDIJAN: Final[Place] = get_typed("place:andijan", Place)
"""Andijan"""
ARMENIA: Final[Place] = get_typed("place:armenia", Place)
"""Armenia"""
ASTANA: Final[Place] = get_typed("place:astana", Place)
"""Astana"""
ATASU_ALASHANKOU_PIPELINE: Final[Place] = get_typed("place:atasu-alashankou-pipeline", Place)
"""Atasu-Alashankou pipeline"""
AUSTRALIA: Final[Place] = get_typed("place:australia", Place)
"""Australia"""
AUSTRIA: Final[Place] = get_typed("place:austria", Place)
"""Austria"""
AZERBAIJAN: Final[Place] = get_typed("place:azerbaijan", Place)
"""Azerbaijan"""
BELARUS: Final[Place] = get_typed("place:belarus", Place)
"""Belarus"""
BESLAN: Final[Place] = get_typed("place:beslan", Place)
"""Beslan"""
BISHKEK: Final[Place] = get_typed("place:bishkek", Place)
"""Bishkek"""
BRITAIN: Final[Place] = get_typed("place:britain", Place)
"""Britain"""
CANADA: Final[Place] = get_typed("place:canada", Place)
"""Canada"""
CASPIAN_SEA: Final[Place] = get_typed("place:caspian-sea", Place)
"""Caspian Sea"""
CENTRAL_ASIA: Final[Place] = get_typed("place:central-asia", Place)
"""Central Asia"""
CENTRAL_EURASIA: Final[Place] = get_typed("place:central-eurasia", Place)
"""Central Eurasia"""
CHINA: Final[Place] = get_typed("place:china", Place)
"""China"""
CROATIA: Final[Place] = get_typed("place:croatia", Place)
"""Croatia"""
CUBA: Final[Place] = get_typed("place:cuba", Place)
"""Cuba"""
DEFUNCT_AIR_BASE_NEAR_SEMEY: Final[Place] = get_typed("place:defunct-air-base-near-semey", Place)
"""defunct air base near Semey"""
EASTERN_KAZAKHSTAN: Final[Place] = get_typed("place:eastern-kazakhstan", Place)
"""eastern Kazakhstan"""
FRANCE: Final[Place] = get_typed("place:france", Place)
"""France"""
GEORGIA: Final[Place] = get_typed("place:georgia", Place)
"""Georgia"""
GERMANY: Final[Place] = get_typed("place:germany", Place)
"""Germany"""
GUANTANAMO_BAY_DETAINMENT_CAMP: Final[Place] = get_typed("place:guantanamo-bay-detainment-camp", Place)
"""Guantanamo Bay detainment camp"""
ILI_KAZAKH_AUTONOMOUS_PREFECTURE: Final[Place] = get_typed("place:ili-kazakh-autonomous-prefecture", Place)
"""Ili Kazakh Autonomous Prefecture"""
INDIA: Final[Place] = get_typed("place:india", Place)
"""India"""
INGUSHETIA: Final[Place] = get_typed("place:ingushetia", Place)
"""Ingushetia"""
IRAQ: Final[Place] = get_typed("place:iraq", Place)
"""Iraq"""
ISRAEL: Final[Place] = get_typed("place:israel", Place)
"""Israel"""
ITALY: Final[Place] = get_typed("place:italy", Place)
"""Italy"""
JAPAN: Final[Place] = get_typed("place:japan", Place)
"""Japan"""
KARSHI_KHANABAD: Final[Place] = get_typed("place:karshi-khanabad", Place)
"""Karshi-Khanabad"""
KAZAKHSTAN: Final[Place] = get_typed("place:kazakhstan", Place)
"""Kazakhstan"""
KAZAKHSTAN_KYRGYZSTAN_BORDER: Final[Place] = get_typed("place:kazakhstan-kyrgyzstan-border", Place)
"""border of Kazakhstan and Kyrgyzstan"""
KAZAKHSTAN_UZBEKISTAN_BORDER: Final[Place] = get_typed("place:kazakhstan-uzbekistan-border", Place)
"""border of Kazakhstan and Uzbekistan"""
KAZAKHSTAN_UZBEKISTAN_BORDER_FENCE: Final[Place] = get_typed("place:kazakhstan-uzbekistan-border-fence", Place)
"""Kazakhstan–Uzbekistan border fence"""
KENTAI: Final[Place] = get_typed("place:kentai", Place)
"""Kentai"""
KUWAIT: Final[Place] = get_typed("place:kuwait", Place)
"""Kuwait"""
KYRGYZSTAN: Final[Place] = get_typed("place:kyrgyzstan", Place)
"""Kyrgyzstan"""
KYZYLORDA: Final[Place] = get_typed("place:kyzylorda", Place)
"""Kyzylorda"""
MAKTAARAL_DISTRICT: Final[Place] = get_typed("place:maktaaral-district", Place)
"""Maktaaral"""
MANAS_AIR_BASE: Final[Place] = get_typed("place:manas-air-base", Place)
"""Manas Air Base"""
MOLDOVA: Final[Place] = get_typed("place:moldova", Place)
"""Moldova"""
MOROCCO: Final[Place] = get_typed("place:morocco", Place)
"""Morocco"""
MOSCOW: Final[Place] = get_typed("place:moscow", Place)
"""Moscow"""
NARROW_VALLEY_ON_THE_KAZAKHSTAN_XINJIANG_BORDER: Final[Place] = get_typed("place:narrow-valley-on-the-kazakhstan-xinjiang-border", Place)
"""narrow valley along the border of Kazakhstan and Xinjiang"""
NORTHERN_KAZAKHSTAN: Final[Place] = get_typed("place:northern-kazakhstan", Place)
"""northern Kazakhstan"""
ORDABASY_SQUARE: Final[Place] = get_typed("place:ordabasy-square", Place)
"""Ordabasy square"""
OSKEMEN: Final[Place] = get_typed("place:oskemen", Place)
"""Öskemen"""
PAKISTAN: Final[Place] = get_typed("place:pakistan", Place)
"""Pakistan"""
PAVLODAR: Final[Place] = get_typed("place:pavlodar", Place)
"""Pavlodar"""
QOQON: Final[Place] = get_typed("place:qoqon", Place)
"""Qoqon"""
RABAT: Final[Place] = get_typed("place:rabat", Place)
"""Rabat"""
RUSSIA: Final[Place] = get_typed("place:russia", Place)
"""Russia"""
SARIAGHASH_DISTRICT: Final[Place] = get_typed("place:sariaghash-district", Place)
"""Sariaghash"""
SEMEY: Final[Place] = get_typed("place:semey", Place)
"""Semey"""
SHYMKENT: Final[Place] = get_typed("place:shymkent", Place)
"""Shymkent"""
SHYMKENT_OBLAST: Final[Place] = get_typed("place:shymkent-oblast", Place)
"""Shymkent Oblast"""
SINGAPORE: Final[Place] = get_typed("place:singapore", Place)
"""Singapore"""
SOUTH_KAZAKHSTAN_REGION: Final[Place] = get_typed("place:south-kazakhstan-region", Place)
"""South Kazakhstan Region"""
SOUTH_WAZIRISTAN: Final[Place] = get_typed("place:south-waziristan", Place)
"""South Waziristan"""
SOUTHERN_KAZAKHSTAN: Final[Place] = get_typed("place:southern-kazakhstan", Place)
"""southern Kazakhstan"""
SOVIET_UNION: Final[Place] = get_typed("place:soviet-union", Place)
"""Soviet Union"""
STEPNOGORSK: Final[Place] = get_typed("place:stepnogorsk", Place)
"""Stepnogorsk"""
TAJIKISTAN: Final[Place] = get_typed("place:tajikistan", Place)
"""Tajikistan"""
TALDYKORGAN: Final[Place] = get_typed("place:taldykorgan", Place)
"""Taldykorgan"""
TARAZ: Final[Place] = get_typed("place:taraz", Place)
"""Taraz"""
TASHKENT: Final[Place] = get_typed("place:tashkent", Place)
"""Tashkent"""
TURKEY: Final[Place] = get_typed("place:turkey", Place)
"""Turkey"""
TURKMENISTAN: Final[Place] = get_typed("place:turkmenistan", Place)
"""Turkmenistan"""
TURKMENISTAN_UZBEKISTAN_BORDER: Final[Place] = get_typed("place:turkmenistan-uzbekistan-border", Place)
"""border of Turkmenistan and Uzbekistan"""
UKRAINE: Final[Place] = get_typed("place:ukraine", Place)
"""Ukraine"""
UNITED_ARAB_EMIRATES: Final[Place] = get_typed("place:united-arab-emirates", Place)
"""United Arab Emirates"""
UNITED_STATES: Final[Place] = get_typed("place:united-states", Place)
"""United States"""
UST_KAMENOGORSK: Final[Place] = get_typed("place:ust-kamenogorsk", Place)
"""Ust-Kamenogorsk"""
UZBEKISTAN: Final[Place] = get_typed("place:uzbekistan", Place)
"""Uzbekistan"""
WESTERN_EUROPE: Final[Place] = get_typed("place:western-europe", Place)
"""Western Europe"""
XINJIANG: Final[Place] = get_typed("place:xinjiang", Place)
"""Xinjiang"""
YINING: Final[Place] = get_typed("place:yining", Place)
"""Yining"""
