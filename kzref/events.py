"""Events in kzref, one typed constant per record.

Generated from the records by ``python -m kzref.maintain.codegen``; do not edit by hand.
"""

from __future__ import annotations

from typing import Final

from kzref.model.entities import Event
from kzref.registry import get_typed

__all__ = [
    "AIDOS_USMONOV_ARREST",
    "AKTOBE_PROVINCE_KILLING_OF_TWO_POLICEMEN",
    "ALIBAYEV_STATEMENT_ON_KNB_ACCUSATION",
    "ALMATY_AIRPLANE_BOMB_DESTRUCTION",
    "ALMATY_MOSQUES_LEAFLET_DISTRIBUTION",
    "ALMATY_PROSECUTOR_CALLS_SHAMSUDINOV_TERRORIST",
    "ALTYNBAYEV_STATEMENT_ON_AL_QAEDA_PRESENCE",
    "AMERKHANOV_STATEMENT_ON_KYZYLORDA_CELL",
    "AMERKHANOV_STATEMENT_ON_TABLIGHI_JAMAAT",
    "ANALYSTS_STATEMENT_ON_ATASU_ALASHANKOU_PIPELINE",
    "ARRESTS_OF_HIZB_UT_TAHRIR_MEMBERS_IN_SOUTHERN_KAZAKHSTAN",
    "ARSON_CRITICIZED_BY_US_EMBASSY",
    "BATTALOVA_STATEMENT_ON_KNB",
    "BEKMIRZAEV_KILLING",
    "BEKSULTAN_SARSENOV_THREAT_ASSESSMENT",
    "BEKZHANOV_CONVICTION",
    "BEKZHANOV_SEARCH_LEAFLET_SEIZURE",
    "BEKZHANOV_SENTENCING",
    "BESLAN_SCHOOL_ATTACK",
    "BIIMURZAEV_ARREST",
    "BIIMURZAEV_STATEMENT",
    "BOMBING_DEFENDANTS_STAY_IN_SHYMKENT_OBLAST",
    "BOMBING_SUSPECTS_TRAINING_CAMP_IN_KAZAKHSTAN",
    "BOZHKO_STATEMENT_DENYING_TRAINING_CAMPS",
    "BOZHKO_STATEMENT_ON_TIAN_SHAN_1_2006",
    "BUSH_STATEMENT_ON_STRATEGIC_PARTNERSHIP",
    "CARTNER_RESPONSE_TO_TERRORIST_ACCUSATION",
    "CARTNER_STATEMENT_ON_SHAMSUDINOV",
    "CDI_ASSESSMENT_OF_KAZAKH_SUPPORT",
    "CHINESE_GOVERNMENT_PRESS_RELEASE_ON_KAZAKH_RELATIONS",
    "COMMONWEALTH_OF_INDEPENDENT_STATES_FOUNDING",
    "COSTELLO_ASSESSMENT_OF_IMU",
    "DEATH_OF_ALTYNBEK",
    "DEATH_OF_ZAMANBEK",
    "DENISOV_STATEMENT_ON_TERRORISM_ROOTS_IN_CENTRAL_ASIA",
    "DEUTSCHE_WELLE_UZBEK_GOVERNMENT_REPORT_ON_SUSPECTS_TRAINING",
    "DMITRIYUK_STATEMENT_ON_BORDER_FENCE",
    "DOSMAILULY_STATEMENT_ON_TIAN_SHAN_EXERCISES",
    "DUTBAYEV_RESIGNATION",
    "EARLIER_COUNTER_TERRORISM_MANEUVER",
    "EVENT_1990S_HIZB_UT_TAHRIR_APPEARS_IN_KAZAKHSTAN",
    "EVENT_1992_KAZAKHSTAN_BORDER_GUARD_FOUNDING",
    "EVENT_1996_MACLEOD_MEETS_NAZAROV",
    "EVENT_1998_01_UZBEKISTAN_BORDER_GUARD_FOUNDING",
    "EVENT_1998_03_UZBEK_ACCUSATION_AGAINST_NAZAROV",
    "EVENT_1998_STATE_SECURITY_COMMITTEE_REGAINS_BORDER_CONTROL",
    "EVENT_1999_11_OSKEMEN_ARRESTS",
    "EVENT_1999_11_OSKEMEN_WEAPONS_SEIZURE",
    "EVENT_2000_06_08_OSKEMEN_SENTENCING",
    "EVENT_2000_KENTAI_FIRST_HIZB_UT_TAHRIR_CELL_FOUND",
    "EVENT_2001_09_11_ATTACKS",
    "EVENT_2001_09_CIA_KAZAKHSTAN_SECURITY_COUNCIL_MEETING",
    "EVENT_2001_12_13_INDIAN_PARLIAMENT_ATTACK",
    "EVENT_2001_12_19_ALTYNBAYEV_EAPC_SPEECH",
    "EVENT_2001_12_19_EAPC_DEFENCE_MINISTERS_SESSION",
    "EVENT_2001_12_BISHKEK_CONFERENCE_ON_SECURITY_IN_CENTRAL_ASIA",
    "EVENT_2002_02_NAZARBAYEV_STATE_VISIT_TO_INDIA",
    "EVENT_2002_05_US_EMBASSY_ARSON_CRITICISM",
    "EVENT_2002_06_FIRST_CICA_CONFERENCE",
    "EVENT_2002_09_30_MONEY_LAUNDERING_WORKSHOP_BISHKEK_SESSION",
    "EVENT_2002_10_02_MONEY_LAUNDERING_WORKSHOP_ASTANA_SESSION",
    "EVENT_2002_10_KNB_DEPUTY_CHAIRMAN_URGES_MONEY_LAUNDERING_LAW",
    "EVENT_2002_CHINESE_DIPLOMAT_ACCUSATION_OVER_AIR_BASE",
    "EVENT_2002_JCAM_RECRUITMENT",
    "EVENT_2002_MONEY_LAUNDERING_AND_TERRORISM_FINANCING_WORKSHOP",
    "EVENT_2002_US_AID_TO_KAZAKHSTAN",
    "EVENT_2003_02_12_BUSH_LETTER_TO_NAZARBAYEV",
    "EVENT_2003_02_13_INTERNATIONAL_CONFERENCE_ON_PEACE_AND_HARMONY",
    "EVENT_2003_11_BEKZHANOV_ARREST",
    "EVENT_2003_US_AID_TO_KAZAKHSTAN",
    "EVENT_2003_US_GOVERNMENT_AGENCY_ASSISTANCE_PROGRAMS",
    "EVENT_2004_02_PRESS_CONFERENCE_ON_AL_QAEDA_PRESENCE",
    "EVENT_2004_05_31_TURKMEN_FOREIGN_MINISTRY_BORDER_STATEMENT",
    "EVENT_2004_07_30_TASHKENT_ATTACKS",
    "EVENT_2004_11_11_BOZHKO_ANNOUNCEMENT_OF_JCAM_DISMANTLING",
    "EVENT_2004_11_11_BOZHKO_PRESS_CONFERENCE",
    "EVENT_2004_11_SUPREME_COURT_RULING_ON_SAUDI_BINLADIN_GROUP_LAND",
    "EVENT_2004_FIRST_ARRESTS_OF_HIZB_UT_TAHRIR_MEMBERS_IN_NORTHERN_KAZAKHSTAN",
    "EVENT_2004_JCAM_DISMANTLING",
    "EVENT_2004_SPRING_UZBEKISTAN_SUICIDE_BOMBINGS",
    "EVENT_2004_TASHKENT_BOMBINGS",
    "EVENT_2004_US_AID_TO_KAZAKHSTAN",
    "EVENT_2004_UZBEKISTAN_BOMBINGS",
    "EVENT_2004_UZBEK_COMPLAINT_OF_TERRORIST_TRAINING_IN_SOUTHERN_KAZAKHSTAN",
    "EVENT_2005_01_26_DENISOV_STATEMENT_ON_TERRORISM_THREAT",
    "EVENT_2005_01_UN_COUNTER_TERRORISM_COMMITTEE_CONFERENCE_ALMATY",
    "EVENT_2005_02_05_KENTAI_LITERATURE_SEIZURE",
    "EVENT_2005_02_08_ALMATY_PRINTING_FACILITY_RAID",
    "EVENT_2005_03_16_TUSUPBEKOV_ASKS_ASTANA_CITY_COURT_TO_BAN_HUT",
    "EVENT_2005_03_17_REQUEST_TO_BAN_HIZB_UT_TAHRIR",
    "EVENT_2005_03_BEIBUT_SAPARALY_STATEMENT",
    "EVENT_2005_05_03_ABIZAID_STATEMENT_ON_MILITARY_BASE",
    "EVENT_2005_05_12_ALMATY_AIRPLANE_BOMB_DISCOVERY",
    "EVENT_2005_05_ANDIJAN_UNREST",
    "EVENT_2005_07_02_HU_JINTAO_NAZARBAYEV_MEETING",
    "EVENT_2005_07_02_HU_JINTAO_VISIT_TO_KAZAKHSTAN",
    "EVENT_2005_07_04_KARIMOV_VISIT_TO_KAZAKHSTAN",
    "EVENT_2005_07_04_SHAMSUDINOV_DETENTION",
    "EVENT_2005_07_05_HRW_APPEAL_ON_SHAMSUDINOV",
    "EVENT_2005_12_RUSTAM_CHAGILOV_EXTRADITION",
    "EVENT_2006_01_JMCA_SENTENCING",
    "EVENT_2006_02_BALUYEVSKY_SPEECH",
    "EVENT_2006_02_CHIEFS_OF_GENERAL_STAFF_MEETING",
    "EVENT_2006_02_GEORGIA_MOLDOVA_TURKMENISTAN_ABSENCE",
    "EVENT_2006_03_16_NAZAROV_RESETTLEMENT_TO_WESTERN_EUROPE",
    "EVENT_2006_03_CRITICISM_OF_LISTING",
    "EVENT_2006_03_SUPREME_COURT_ADDS_JCMA_AND_SIX_OTHERS",
    "EVENT_2006_04_18_NAZARBAYEV_STATEMENT_ON_KNB",
    "EVENT_2006_04_19_MINENKOV_ANNOUNCEMENT",
    "EVENT_2006_04_TARAZ_HUT_SUSPECT_DETENTION",
    "EVENT_2006_07_19_HIZB_UT_TAHRIR_DECLARES_JIHAD_ON_KYRGYZ_POLICE",
    "EVENT_2006_08_24_CSTO_CASPIAN_SEA_EXERCISES",
    "EVENT_2006_08_24_TIAN_SHAN_1_2006_DRILL",
    "EVENT_2006_08_24_TIAN_SHAN_1_2006_FIRST_DAY",
    "EVENT_2006_08_DOSKALIYEV_CRITICISM",
    "EVENT_2006_08_KYRGYZ_DEPORTATION_OF_ANDIJAN_REFUGEES",
    "EVENT_2006_09_15_AMERKHANOV_REQUESTS_LISTING_OF_AUM_SHINRIKYO_AND_ETLO",
    "EVENT_2006_10_12_PROSECUTOR_GENERAL_RELEASES_LIST",
    "EVENT_2006_10_12_SUPREME_COURT_APPROVES_REVISED_LIST",
    "EVENT_2006_10_19_BORDER_FENCE_CONSTRUCTION",
    "EVENT_2006_10_30_RABAT_NUCLEAR_TERRORISM_MEETING",
    "EVENT_2006_10_31_MUKHAMEDZHANOV_RAMANATHAN_MEETING",
    "EVENT_2006_11_17_SUPREME_COURT_ADDS_AUM_SHINRIKYO_AND_ETLO",
    "EVENT_2006_11_29_MUSINOV_NUHAYYAN_MEETING",
    "EVENT_2006_11_UNHCR_REFUGEE_STATUS_FOR_NAZAROV",
    "EVENT_2006_12_22_KNB_ANNOUNCEMENT_ON_HUT_NETWORK",
    "EVENT_2006_UNION_OF_MUSLIMS_OF_KAZAKHSTAN_INVITES_HAMAS_LEADERS",
    "EVENT_2007_SCO_ANTI_TERRORISM_EXERCISES_IN_RUSSIA",
    "EVENT_2011_05_17_AKTOBE_SUICIDE_BOMBING",
    "EVENT_2011_07_AKTOBE_PROVINCE_FIREFIGHT",
    "EVENT_2011_11_TARAZ_ARMOURY_ATTACK",
    "EVENT_2011_11_TARAZ_ATTACKS",
    "EVENT_2011_11_TARAZ_GUN_THEFT",
    "EVENT_2011_11_TARAZ_POLICE_SHOOTING",
    "EVENT_2011_11_TARAZ_SUICIDE_BLAST",
    "EVENT_2016_GLOBAL_TERRORISM_INDEX_RANKING",
    "EXTRADITIONS_OF_UYGHUR_SUSPECTS_TO_CHINA",
    "EXTRADITION_OF_UZBEK_TERRORIST_SUSPECTS_TO_UZBEKISTAN",
    "EXTREMIST_LITERATURE_CONFISCATIONS",
    "FALL_OF_THE_SOVIET_UNION",
    "FOREIGN_MINISTRY_OFFICIAL_STATEMENT_ON_REFUGEES",
    "FOUNDING_OF_FORUM_FOR_PEACE_AND_STABILITY",
    "GENNADY_SELEZNEV_CRITICISM_OF_US_BASE_ATTEMPTS",
    "GUANTANAMO_DETENTION_OF_ILKHAM_TURDBYAVICH_BATAYEV",
    "GUANTANAMO_DETENTION_OF_KAZAKH_CITIZENS",
    "HIZB_UT_TAHRIR_SPREAD_IN_KAZAKHSTAN",
    "HRW_OPEN_LETTER_TO_CTC",
    "HRW_OPPOSES_EXTRADITION_OF_MUSLIMS_TO_CHINA",
    "HUMAN_RIGHTS_GROUPS_ANDIJAN_ACCUSATION",
    "HU_JINTAO_VISIT_TO_MOSCOW",
    "IBRAGIM_ALIBEKOV_ASSESSMENT_OF_NAZARBAYEV",
    "IMU_AND_ISLAMIC_JIHAD_CLAIM_TASHKENT_BOMBINGS",
    "INGUSHETIA_ATTACKS",
    "JCAM_2004_ARRESTS",
    "JCAM_2004_SEIZURE",
    "JCAM_2004_WOMEN_DETENTION",
    "JCAM_2006_ALMATY_ARRESTS",
    "JCAM_2006_ALMATY_SEIZURE",
    "JCAM_2006_MONITORING_OF_KYRGYZ_POLITICS",
    "JCAM_2006_OPERATION",
    "JCAM_2006_PLOT",
    "JCAM_2006_RECRUITMENT_AND_TERROR_BASES",
    "JCAM_2006_SUSPECTS_CHARGED",
    "JOURNALIST_ON_HUT_RECRUITMENT_CONDITIONS",
    "KARIMOV_CLAIM_ON_TASHKENT_BOMBERS",
    "KASYMOV_ACCUSATION_AGAINST_KAZAKHSTAN",
    "KASYMOV_NEZAVISIMAYA_GAZETA_INTERVIEW",
    "KAZAKHSTAN_BORDER_GUARD_STATUS_RAISED",
    "KAZAKHSTAN_CSTO_EXERCISES",
    "KAZAKHSTAN_EXTRADITIONS_TO_RUSSIA",
    "KAZAKHSTAN_NATO_PARTNERSHIP_FOR_PEACE_EXERCISES",
    "KAZAKHSTAN_NUCLEAR_DISARMAMENT",
    "KAZAKH_AUTHORITIES_STATEMENT_ON_AKTOBE_BOMBING",
    "KAZAKH_BORDER_MILITARY_SPENDING_INCREASE",
    "KAZAKH_DEFENSE_MINISTRY_EXPERT_STATEMENT_ON_ASSISTANCE_OPTIONS",
    "KAZAKH_DEFENSE_MINISTRY_OFFICIAL_STATEMENT_ON_BASE_REQUEST",
    "KAZAKH_DENIAL_OF_UZBEK_TRAINING_ALLEGATION",
    "KAZAKH_FOREIGN_MINISTRY_LATER_REMARKS_ON_KASYMOV",
    "KAZAKH_FOREIGN_MINISTRY_STATEMENT_ON_KASYMOV",
    "KAZAKH_GOVERNMENT_CONDEMNS_INDIAN_PARLIAMENT_ATTACK",
    "KAZAKH_GOVERNMENT_DENIES_TRAINING_CAMP_ALLEGATION",
    "KAZAKH_OFFER_OF_MAJOR_AIRPORT",
    "KAZAKH_OIL_EXPORTS_THROUGH_ATASU_ALASHANKOU_PIPELINE",
    "KAZAKH_PROTECTION_OF_US_FACILITIES",
    "KENTAI_RESIDENT_CHARGED",
    "KNB_ACCUSATION_AGAINST_OPPOSITION",
    "KNB_ACCUSES_TARAZ_DETAINEE_OVER_QOQON_CELL",
    "KNB_HUT_CELL_NETWORK_DISMANTLING",
    "KNB_HUT_NETWORK_SEARCHES_SEIZURE",
    "KNB_HUT_SMUGGLING_ROUTES_SHUTDOWN",
    "KNB_PREVENTS_AUM_SHINRIKYO_CELL_IN_KYZYLORDA",
    "KNB_REVIEW_OF_TABLIGHI_TEACHINGS",
    "KYRGYZ_AND_UZBEK_OFFICIALS_ALLEGE_HIZB_UT_TAHRIR_TIES",
    "KYRGYZ_GOVERNMENT_BANS_HIZB_UT_TAHRIR",
    "MACLEOD_DISPUTES_CHARGES_AGAINST_NAZAROV",
    "MARAT_TAZHIN_PLEDGE_ON_ILLEGAL_MIGRANTS",
    "MENG_HONGWEI_STATEMENT_ON_SCO_ROLE",
    "MENG_HONGWEI_WARNING_ON_THREE_EVIL_FORCES",
    "MINENKOV_STATEMENT_ON_FOREIGN_IDEOLOGISTS_LETTERS",
    "MINENKOV_STATEMENT_ON_PLOT_TARGETS",
    "MONEY_LAUNDERING_WORKSHOP_RECOMMENDATIONS",
    "MUKHAMEDZHANOV_VISIT_TO_SINGAPORE",
    "MURAT_ABDIROV_STATEMENT_ON_ANTI_TERRORISM_COALITION",
    "MYLNIKOV_ANNOUNCES_LIST_OF_TERRORIST_ORGANIZATIONS",
    "NATO_EXPERTS_AIRFIELDS_PROPOSAL",
    "NAZARBAYEV_AND_VAJPAYEE_BACK_KARZAI_ADMINISTRATION",
    "NAZARBAYEV_MEETS_KRISHAN_KANT",
    "NAZARBAYEV_MEETS_K_R_NARAYANAN",
    "NAZARBAYEV_MEETS_SONIA_GANDHI",
    "NAZARBAYEV_MESSAGE_TO_BUSH",
    "NAZARBAYEV_OPENING_STATEMENT_AT_CTC_CONFERENCE",
    "NAZARBAYEV_STATEMENT_ON_ANDIJAN",
    "NAZARBAYEV_STATEMENT_ON_FORUM_FOR_PEACE_AND_STABILITY",
    "NAZARBAYEV_STATE_VISIT_TO_UZBEKISTAN",
    "NAZAROV_FAMILY_IMPRISONED_OR_DISAPPEARED",
    "NAZAROV_FLEES_TO_KAZAKHSTAN",
    "NCSJ_PRAISE_FOR_KAZAKHSTAN",
    "NOVOYE_POKOLENIYE_ON_HUT_POPULARITY",
    "OPERATION_ENDURING_FREEDOM",
    "OSKEMEN_SEPARATIST_PLOT",
    "PAKISTAN_ARRESTS_MAGRUPOV",
    "PANNIER_REPORT_ON_BORDER_SPENDING",
    "POLICE_TRACE_CALLS_TO_KAZAKHSTAN",
    "PRAVDA_REPORT_ON_JCAM_AND_TASHKENT_BOMBINGS",
    "QURBAN_AYT",
    "RACHEL_DENBER_CONCERNS_OVER_HUMAN_RIGHTS_IN_KAZAKHSTAN",
    "RADIO_FREE_EUROPE_INQUIRY_ABOUT_TIAN_SHAN_EXERCISES",
    "RAKHMONOV_STATEMENT_ON_DIALOGUE_OF_CIVILIZATIONS",
    "RAO_STATEMENT_CREDITING_KAZAKH_AUTHORITIES",
    "RAO_STATEMENT_ON_NAZAROV_REFUGEE_STATUS",
    "ROSLYAKOV_STATEMENT_ON_BORDER_FENCE",
    "RUMSFELD_ALTYNBAYEV_MEETING",
    "RUSSIA_DEPORTATION_OF_RUSTAM_MUMINOV",
    "SCO_MEETING_IN_KAZAKHSTAN",
    "SEMERDJIAN_ACCUSATION_OF_SEMI_STATE_TERRORISM",
    "SERGEI_IVANOV_CRITICISM_OF_US_BASE_ATTEMPTS",
    "SHUSHANNIKOV_CRITICISM_OF_OSKEMEN_SENTENCING",
    "SOUTH_KAZAKHSTAN_INTERIOR_DEPARTMENT_STAFF_INCREASE",
    "STEPNOGORSK_CELL_ARRESTS",
    "STEPNOGORSK_CELL_ISLAMIST_REPUBLIC_PLOT",
    "STEPNOGORSK_CELL_SHOOTING",
    "STEPNOGORSK_TERROR_CELL_DISRUPTION",
    "STEPNOGORSK_ZHAMAAT_BREAK_UP",
    "STEPNOGORSK_ZHAMAAT_ROBBERY_PLOT",
    "STEPNOGORSK_ZHAMAAT_SEIZURE",
    "SYROYEZHKIN_STATEMENT_ON_TIAN_SHAN_1_2006",
    "TABLIGHI_JAMAAT_MEMBERS_DEPORTED",
    "TABLIGHI_JAMAAT_MEMBERS_FINED",
    "TARAZ_DETAINEE_EXTRADITION_TO_UZBEKISTAN",
    "TARMUGI_INVITATION_TO_MUKHAMEDZHANOV",
    "TASHKENT_BOMBINGS_INVESTIGATION",
    "TASHKENT_BOMBINGS_SUSPECTS_CHARGED",
    "TASHKENT_BOMBING_SUSPECTS_TRAINING",
    "TASHKENT_POLICE_FIND_ATTACKERS_PHONE",
    "TIAN_SHAN_1_2006_HOSTAGE_RESCUE_EXERCISE",
    "TULESOV_STATEMENT_ON_TABLIGHI_JAMAAT",
    "TURKMENISTAN_UZBEKISTAN_BORDER_DISPUTE",
    "UNHCR_HRW_CRITICISM_OF_SUSPECT_TRANSFERS",
    "UNHCR_REFUGEE_STATUS_FOR_SHAMSUDINOV",
    "USMAN_ORDER_TO_ASSASSINATE_UZBEK_OFFICIAL",
    "USMONOV_RECRUITMENT_IN_RUSSIA",
    "US_AIRSTRIKES_IN_AFGHANISTAN",
    "US_ATTEMPTS_TO_ACQUIRE_BASES",
    "US_FLIGHTS_OVER_KAZAKH_TERRITORY",
    "US_LAWMAKERS_LETTERS_OF_SUPPORT_FOR_PEACE_AND_HARMONY_CONFERENCE",
    "US_MILITARY_OPERATIONS_AGAINST_TALIBAN_INSURGENCY",
    "US_OFFICIAL_STATEMENT_ON_GLOBAL_INITIATIVE",
    "US_PRAISE_FOR_KAZAKH_COOPERATION",
    "US_REQUEST_FOR_BASES_IN_TARAZ_AND_TALDYKORGAN",
    "UZBEK_ACCUSATION_AGAINST_RUSTAM_MUMINOV",
    "UZBEK_CHARGES_AGAINST_SHAMSUDINOV",
    "UZBEK_EXTRADITION_REQUEST_FOR_SHAMSUDINOV",
    "UZBEK_GOVERNMENT_ANDIJAN_CASUALTY_ESTIMATE",
    "UZBEK_GOVERNMENT_ATTRIBUTES_2004_BOMBINGS_TO_HUT",
    "UZBEK_GOVERNMENT_ATTRIBUTION_OF_ANDIJAN_UNREST",
    "UZBEK_OFFICIALS_STATEMENT_ON_SHOYUSUPOV",
    "VAKHA_IZMAILOV_ARREST",
    "VAKHA_IZMAILOV_TRANSFER",
    "WAR_AGAINST_TERRORISM",
    "WAR_IN_IRAQ",
    "XINHUA_REPORT_ON_TIAN_SHAN_1_2006",
    "YERMUKANOV_ON_KENTAI_AND_HUT_RAIDS",
    "ZHAMKENULY_STATEMENT_ON_HIZB_UT_TAHRIR_CONNECTIONS",
    "ZHAMKENULY_STATEMENT_ON_PREVENTIVE_BAN",
    "ZUCKERMAN_THANKS_CONFERENCE_FOR_FIGHTING_TERRORISM",
]

EVENT_1990S_HIZB_UT_TAHRIR_APPEARS_IN_KAZAKHSTAN: Final[Event] = get_typed("event:1990s-hizb-ut-tahrir-appears-in-kazakhstan", Event)
"""Hizb ut-Tahrir's first appearance in Kazakhstan"""
EVENT_1992_KAZAKHSTAN_BORDER_GUARD_FOUNDING: Final[Event] = get_typed("event:1992-kazakhstan-border-guard-founding", Event)
"""creation of Kazakhstan's national border guard"""
EVENT_1996_MACLEOD_MEETS_NAZAROV: Final[Event] = get_typed("event:1996-macleod-meets-nazarov", Event)
"""John MacLeod meets Obidkhon Qori Nazarov"""
EVENT_1998_01_UZBEKISTAN_BORDER_GUARD_FOUNDING: Final[Event] = get_typed("event:1998-01-uzbekistan-border-guard-founding", Event)
"""creation of Uzbekistan's national border guard"""
EVENT_1998_03_UZBEK_ACCUSATION_AGAINST_NAZAROV: Final[Event] = get_typed("event:1998-03-uzbek-accusation-against-nazarov", Event)
"""Uzbek accusation against Obidkhon Qori Nazarov"""
EVENT_1998_STATE_SECURITY_COMMITTEE_REGAINS_BORDER_CONTROL: Final[Event] = get_typed("event:1998-state-security-committee-regains-border-control", Event)
"""State Security Committee regains control of Kazakhstan's border force"""
EVENT_1999_11_OSKEMEN_ARRESTS: Final[Event] = get_typed("event:1999-11-oskemen-arrests", Event)
"""KNB arrests in Öskemen"""
EVENT_1999_11_OSKEMEN_WEAPONS_SEIZURE: Final[Event] = get_typed("event:1999-11-oskemen-weapons-seizure", Event)
"""seizure of cartridges and petrol bombs in Öskemen"""
EVENT_2000_06_08_OSKEMEN_SENTENCING: Final[Event] = get_typed("event:2000-06-08-oskemen-sentencing", Event)
"""sentencing of the Öskemen group"""
EVENT_2000_KENTAI_FIRST_HIZB_UT_TAHRIR_CELL_FOUND: Final[Event] = get_typed("event:2000-kentai-first-hizb-ut-tahrir-cell-found", Event)
"""Discovery of the first Hizb ut-Tahrir cell in Kentai"""
EVENT_2001_09_11_ATTACKS: Final[Event] = get_typed("event:2001-09-11-attacks", Event)
"""11 September 2001 attacks"""
EVENT_2001_09_CIA_KAZAKHSTAN_SECURITY_COUNCIL_MEETING: Final[Event] = get_typed("event:2001-09-cia-kazakhstan-security-council-meeting", Event)
"""meeting of CIA and Kazakhstan Security Council officials"""
EVENT_2001_12_13_INDIAN_PARLIAMENT_ATTACK: Final[Event] = get_typed("event:2001-12-13-indian-parliament-attack", Event)
"""Attack on the Indian Parliament"""
EVENT_2001_12_19_ALTYNBAYEV_EAPC_SPEECH: Final[Event] = get_typed("event:2001-12-19-altynbayev-eapc-speech", Event)
"""Altynbayev's speech at the EAPC Defence Ministers session"""
EVENT_2001_12_19_EAPC_DEFENCE_MINISTERS_SESSION: Final[Event] = get_typed("event:2001-12-19-eapc-defence-ministers-session", Event)
"""Euro-Atlantic Partnership Council Defence Ministers session"""
EVENT_2001_12_BISHKEK_CONFERENCE_ON_SECURITY_IN_CENTRAL_ASIA: Final[Event] = get_typed("event:2001-12-bishkek-conference-on-security-in-central-asia", Event)
"""December 2001 Bishkek conference on security in Central Asia"""
EVENT_2002_02_NAZARBAYEV_STATE_VISIT_TO_INDIA: Final[Event] = get_typed("event:2002-02-nazarbayev-state-visit-to-india", Event)
"""Nazarbayev's state visit to India"""
EVENT_2002_05_US_EMBASSY_ARSON_CRITICISM: Final[Event] = get_typed("event:2002-05-us-embassy-arson-criticism", Event)
"""U.S. embassy criticism of arson in Kazakhstan"""
EVENT_2002_06_FIRST_CICA_CONFERENCE: Final[Event] = get_typed("event:2002-06-first-cica-conference", Event)
"""First CICA conference"""
EVENT_2002_09_30_MONEY_LAUNDERING_WORKSHOP_BISHKEK_SESSION: Final[Event] = get_typed("event:2002-09-30-money-laundering-workshop-bishkek-session", Event)
"""Bishkek session of the money-laundering workshop"""
EVENT_2002_10_02_MONEY_LAUNDERING_WORKSHOP_ASTANA_SESSION: Final[Event] = get_typed("event:2002-10-02-money-laundering-workshop-astana-session", Event)
"""Astana session of the money-laundering workshop"""
EVENT_2002_10_KNB_DEPUTY_CHAIRMAN_URGES_MONEY_LAUNDERING_LAW: Final[Event] = get_typed("event:2002-10-knb-deputy-chairman-urges-money-laundering-law", Event)
"""KNB deputy chairman urges an anti-money-laundering law"""
EVENT_2002_CHINESE_DIPLOMAT_ACCUSATION_OVER_AIR_BASE: Final[Event] = get_typed("event:2002-chinese-diplomat-accusation-over-air-base", Event)
"""Chinese diplomat's accusation over the air base near Semey"""
EVENT_2002_JCAM_RECRUITMENT: Final[Event] = get_typed("event:2002-jcam-recruitment", Event)
"""JCAM recruitment from mid-2002"""
EVENT_2002_MONEY_LAUNDERING_AND_TERRORISM_FINANCING_WORKSHOP: Final[Event] = get_typed("event:2002-money-laundering-and-terrorism-financing-workshop", Event)
"""Workshop on combating money laundering and terrorism financing"""
EVENT_2002_US_AID_TO_KAZAKHSTAN: Final[Event] = get_typed("event:2002-us-aid-to-kazakhstan", Event)
"""U.S. aid to the Kazakh government in 2002"""
EVENT_2003_02_12_BUSH_LETTER_TO_NAZARBAYEV: Final[Event] = get_typed("event:2003-02-12-bush-letter-to-nazarbayev", Event)
"""Bush writes to Nazarbayev in support of the peace conference"""
EVENT_2003_02_13_INTERNATIONAL_CONFERENCE_ON_PEACE_AND_HARMONY: Final[Event] = get_typed("event:2003-02-13-international-conference-on-peace-and-harmony", Event)
"""International Conference on Peace and Harmony"""
EVENT_2003_11_BEKZHANOV_ARREST: Final[Event] = get_typed("event:2003-11-bekzhanov-arrest", Event)
"""Arrest of Kuanysh Bekzhanov"""
EVENT_2003_US_AID_TO_KAZAKHSTAN: Final[Event] = get_typed("event:2003-us-aid-to-kazakhstan", Event)
"""U.S. aid to the Kazakh government in 2003"""
EVENT_2003_US_GOVERNMENT_AGENCY_ASSISTANCE_PROGRAMS: Final[Event] = get_typed("event:2003-us-government-agency-assistance-programs", Event)
"""U.S. Government agencies' assistance programs in 2003"""
EVENT_2004_02_PRESS_CONFERENCE_ON_AL_QAEDA_PRESENCE: Final[Event] = get_typed("event:2004-02-press-conference-on-al-qaeda-presence", Event)
"""February 2004 press conference on Al-Qaeda in Kazakhstan"""
EVENT_2004_05_31_TURKMEN_FOREIGN_MINISTRY_BORDER_STATEMENT: Final[Event] = get_typed("event:2004-05-31-turkmen-foreign-ministry-border-statement", Event)
"""Turkmen Foreign Ministry statement on settled border disputes"""
EVENT_2004_07_30_TASHKENT_ATTACKS: Final[Event] = get_typed("event:2004-07-30-tashkent-attacks", Event)
"""30 July attacks"""
EVENT_2004_11_11_BOZHKO_ANNOUNCEMENT_OF_JCAM_DISMANTLING: Final[Event] = get_typed("event:2004-11-11-bozhko-announcement-of-jcam-dismantling", Event)
"""Bozhko announces the break-up of JCAM"""
EVENT_2004_11_11_BOZHKO_PRESS_CONFERENCE: Final[Event] = get_typed("event:2004-11-11-bozhko-press-conference", Event)
"""Bozhko press conference of 11 November 2004"""
EVENT_2004_11_SUPREME_COURT_RULING_ON_SAUDI_BINLADIN_GROUP_LAND: Final[Event] = get_typed("event:2004-11-supreme-court-ruling-on-saudi-binladin-group-land", Event)
"""Supreme Court ruling against the Saudi Binladin Group's land claim"""
EVENT_2004_FIRST_ARRESTS_OF_HIZB_UT_TAHRIR_MEMBERS_IN_NORTHERN_KAZAKHSTAN: Final[Event] = get_typed("event:2004-first-arrests-of-hizb-ut-tahrir-members-in-northern-kazakhstan", Event)
"""First arrests of Hizb ut-Tahrir members in northern Kazakhstan"""
EVENT_2004_JCAM_DISMANTLING: Final[Event] = get_typed("event:2004-jcam-dismantling", Event)
"""2004 break-up of JCAM"""
EVENT_2004_SPRING_UZBEKISTAN_SUICIDE_BOMBINGS: Final[Event] = get_typed("event:2004-spring-uzbekistan-suicide-bombings", Event)
"""Spring 2004 suicide bombings by Ibragimova and Eruov"""
EVENT_2004_TASHKENT_BOMBINGS: Final[Event] = get_typed("event:2004-tashkent-bombings", Event)
"""Tashkent bombings"""
EVENT_2004_US_AID_TO_KAZAKHSTAN: Final[Event] = get_typed("event:2004-us-aid-to-kazakhstan", Event)
"""U.S. aid to the Kazakh government in 2004"""
EVENT_2004_UZBEK_COMPLAINT_OF_TERRORIST_TRAINING_IN_SOUTHERN_KAZAKHSTAN: Final[Event] = get_typed("event:2004-uzbek-complaint-of-terrorist-training-in-southern-kazakhstan", Event)
"""Uzbek complaint of terrorist training in southern Kazakhstan"""
EVENT_2004_UZBEKISTAN_BOMBINGS: Final[Event] = get_typed("event:2004-uzbekistan-bombings", Event)
"""Bombings in Uzbekistan in spring and summer 2004"""
EVENT_2005_01_26_DENISOV_STATEMENT_ON_TERRORISM_THREAT: Final[Event] = get_typed("event:2005-01-26-denisov-statement-on-terrorism-threat", Event)
"""Denisov on the lasting threat of terrorism"""
EVENT_2005_01_UN_COUNTER_TERRORISM_COMMITTEE_CONFERENCE_ALMATY: Final[Event] = get_typed("event:2005-01-un-counter-terrorism-committee-conference-almaty", Event)
"""UN Counter-Terrorism Committee meeting in Almaty"""
EVENT_2005_02_05_KENTAI_LITERATURE_SEIZURE: Final[Event] = get_typed("event:2005-02-05-kentai-literature-seizure", Event)
"""Discovery of Hizb ut-Tahrir literature in Kentai"""
EVENT_2005_02_08_ALMATY_PRINTING_FACILITY_RAID: Final[Event] = get_typed("event:2005-02-08-almaty-printing-facility-raid", Event)
"""Almaty Hizb ut-Tahrir printing facility raid"""
EVENT_2005_03_16_TUSUPBEKOV_ASKS_ASTANA_CITY_COURT_TO_BAN_HUT: Final[Event] = get_typed("event:2005-03-16-tusupbekov-asks-astana-city-court-to-ban-hut", Event)
"""Tusupbekov asks the Astana City Court to ban Hizb ut-Tahrir"""
EVENT_2005_03_17_REQUEST_TO_BAN_HIZB_UT_TAHRIR: Final[Event] = get_typed("event:2005-03-17-request-to-ban-hizb-ut-tahrir", Event)
"""Prosecutor General's request to list Hizb ut-Tahrir"""
EVENT_2005_03_BEIBUT_SAPARALY_STATEMENT: Final[Event] = get_typed("event:2005-03-beibut-saparaly-statement", Event)
"""Beibut Saparaly on Hizb ut-Tahrir's support"""
EVENT_2005_05_03_ABIZAID_STATEMENT_ON_MILITARY_BASE: Final[Event] = get_typed("event:2005-05-03-abizaid-statement-on-military-base", Event)
"""Abizaid's statement on a U.S. base in Kazakhstan"""
EVENT_2005_05_12_ALMATY_AIRPLANE_BOMB_DISCOVERY: Final[Event] = get_typed("event:2005-05-12-almaty-airplane-bomb-discovery", Event)
"""Almaty airplane bomb discovery"""
EVENT_2005_05_ANDIJAN_UNREST: Final[Event] = get_typed("event:2005-05-andijan-unrest", Event)
"""Andijan massacre"""
EVENT_2005_07_02_HU_JINTAO_NAZARBAYEV_MEETING: Final[Event] = get_typed("event:2005-07-02-hu-jintao-nazarbayev-meeting", Event)
"""Hu Jintao meets Nazarbayev"""
EVENT_2005_07_02_HU_JINTAO_VISIT_TO_KAZAKHSTAN: Final[Event] = get_typed("event:2005-07-02-hu-jintao-visit-to-kazakhstan", Event)
"""Chinese delegation visit to Kazakhstan"""
EVENT_2005_07_04_KARIMOV_VISIT_TO_KAZAKHSTAN: Final[Event] = get_typed("event:2005-07-04-karimov-visit-to-kazakhstan", Event)
"""Karimov's visit to Kazakhstan for the SCO meeting"""
EVENT_2005_07_04_SHAMSUDINOV_DETENTION: Final[Event] = get_typed("event:2005-07-04-shamsudinov-detention", Event)
"""detention of Lutfullo Shamsudinov"""
EVENT_2005_07_05_HRW_APPEAL_ON_SHAMSUDINOV: Final[Event] = get_typed("event:2005-07-05-hrw-appeal-on-shamsudinov", Event)
"""Human Rights Watch appeal against handing over Shamsudinov"""
EVENT_2005_12_RUSTAM_CHAGILOV_EXTRADITION: Final[Event] = get_typed("event:2005-12-rustam-chagilov-extradition", Event)
"""Extradition of Rustam Chagilov to Russia"""
EVENT_2006_01_JMCA_SENTENCING: Final[Event] = get_typed("event:2006-01-jmca-sentencing", Event)
"""January 2006 sentencing of JMCA members"""
EVENT_2006_02_BALUYEVSKY_SPEECH: Final[Event] = get_typed("event:2006-02-baluyevsky-speech", Event)
"""Yury Baluyevsky's speech to the chiefs of general staffs"""
EVENT_2006_02_CHIEFS_OF_GENERAL_STAFF_MEETING: Final[Event] = get_typed("event:2006-02-chiefs-of-general-staff-meeting", Event)
"""meeting of chiefs of general staffs, February 2006"""
EVENT_2006_02_GEORGIA_MOLDOVA_TURKMENISTAN_ABSENCE: Final[Event] = get_typed("event:2006-02-georgia-moldova-turkmenistan-absence", Event)
"""absence of Georgia, Moldova and Turkmenistan from the February 2006 meeting"""
EVENT_2006_03_16_NAZAROV_RESETTLEMENT_TO_WESTERN_EUROPE: Final[Event] = get_typed("event:2006-03-16-nazarov-resettlement-to-western-europe", Event)
"""Nazarov flown to Western Europe"""
EVENT_2006_03_CRITICISM_OF_LISTING: Final[Event] = get_typed("event:2006-03-criticism-of-listing", Event)
"""Criticism of the March 2006 listings"""
EVENT_2006_03_SUPREME_COURT_ADDS_JCMA_AND_SIX_OTHERS: Final[Event] = get_typed("event:2006-03-supreme-court-adds-jcma-and-six-others", Event)
"""Supreme Court adds JCMA and six other groups to the banned list"""
EVENT_2006_04_18_NAZARBAYEV_STATEMENT_ON_KNB: Final[Event] = get_typed("event:2006-04-18-nazarbayev-statement-on-knb", Event)
"""Nazarbayev calls on the KNB to do more"""
EVENT_2006_04_19_MINENKOV_ANNOUNCEMENT: Final[Event] = get_typed("event:2006-04-19-minenkov-announcement", Event)
"""Minenkov announces a foiled JCAM attack"""
EVENT_2006_04_TARAZ_HUT_SUSPECT_DETENTION: Final[Event] = get_typed("event:2006-04-taraz-hut-suspect-detention", Event)
"""Detention of an alleged Hizb ut-Tahrir member in Taraz"""
EVENT_2006_07_19_HIZB_UT_TAHRIR_DECLARES_JIHAD_ON_KYRGYZ_POLICE: Final[Event] = get_typed("event:2006-07-19-hizb-ut-tahrir-declares-jihad-on-kyrgyz-police", Event)
"""Hizb ut-Tahrir declares jihad against Kyrgyz police"""
EVENT_2006_08_24_CSTO_CASPIAN_SEA_EXERCISES: Final[Event] = get_typed("event:2006-08-24-csto-caspian-sea-exercises", Event)
"""CSTO Caspian Sea exercises"""
EVENT_2006_08_24_TIAN_SHAN_1_2006_DRILL: Final[Event] = get_typed("event:2006-08-24-tian-shan-1-2006-drill", Event)
"""Tian-Shan-1-2006"""
EVENT_2006_08_24_TIAN_SHAN_1_2006_FIRST_DAY: Final[Event] = get_typed("event:2006-08-24-tian-shan-1-2006-first-day", Event)
"""first day of the Tian-Shan-1-2006 drill"""
EVENT_2006_08_DOSKALIYEV_CRITICISM: Final[Event] = get_typed("event:2006-08-doskaliyev-criticism", Event)
"""Hibratulla Doskaliyev criticizes the handling of Hizb ut-Tahrir"""
EVENT_2006_08_KYRGYZ_DEPORTATION_OF_ANDIJAN_REFUGEES: Final[Event] = get_typed("event:2006-08-kyrgyz-deportation-of-andijan-refugees", Event)
"""Kyrgyzstan deports five Andijan refugees"""
EVENT_2006_09_15_AMERKHANOV_REQUESTS_LISTING_OF_AUM_SHINRIKYO_AND_ETLO: Final[Event] = get_typed("event:2006-09-15-amerkhanov-requests-listing-of-aum-shinrikyo-and-etlo", Event)
"""Amerkhanov requests listing of Aum Shinrikyo and ETLO"""
EVENT_2006_10_12_PROSECUTOR_GENERAL_RELEASES_LIST: Final[Event] = get_typed("event:2006-10-12-prosecutor-general-releases-list", Event)
"""Prosecutor General releases the revised list"""
EVENT_2006_10_12_SUPREME_COURT_APPROVES_REVISED_LIST: Final[Event] = get_typed("event:2006-10-12-supreme-court-approves-revised-list", Event)
"""Supreme Court approves the revised banned list"""
EVENT_2006_10_19_BORDER_FENCE_CONSTRUCTION: Final[Event] = get_typed("event:2006-10-19-border-fence-construction", Event)
"""start of construction of the Kazakhstan–Uzbekistan border fence"""
EVENT_2006_10_30_RABAT_NUCLEAR_TERRORISM_MEETING: Final[Event] = get_typed("event:2006-10-30-rabat-nuclear-terrorism-meeting", Event)
"""Rabat meeting on nuclear terrorism"""
EVENT_2006_10_31_MUKHAMEDZHANOV_RAMANATHAN_MEETING: Final[Event] = get_typed("event:2006-10-31-mukhamedzhanov-ramanathan-meeting", Event)
"""Mukhamedzhanov–Ramanathan meeting"""
EVENT_2006_11_17_SUPREME_COURT_ADDS_AUM_SHINRIKYO_AND_ETLO: Final[Event] = get_typed("event:2006-11-17-supreme-court-adds-aum-shinrikyo-and-etlo", Event)
"""Supreme Court adds Aum Shinrikyo and ETLO to the banned list"""
EVENT_2006_11_29_MUSINOV_NUHAYYAN_MEETING: Final[Event] = get_typed("event:2006-11-29-musinov-nuhayyan-meeting", Event)
"""Musinov–al Nuhayyan meeting"""
EVENT_2006_11_UNHCR_REFUGEE_STATUS_FOR_NAZAROV: Final[Event] = get_typed("event:2006-11-unhcr-refugee-status-for-nazarov", Event)
"""UNHCR grants refugee status to Obidkhon Qori Nazarov"""
EVENT_2006_12_22_KNB_ANNOUNCEMENT_ON_HUT_NETWORK: Final[Event] = get_typed("event:2006-12-22-knb-announcement-on-hut-network", Event)
"""KNB announcement on the Hizb ut-Tahrir network"""
EVENT_2006_UNION_OF_MUSLIMS_OF_KAZAKHSTAN_INVITES_HAMAS_LEADERS: Final[Event] = get_typed("event:2006-union-of-muslims-of-kazakhstan-invites-hamas-leaders", Event)
"""Union of Muslims of Kazakhstan invites Hamas leaders"""
EVENT_2007_SCO_ANTI_TERRORISM_EXERCISES_IN_RUSSIA: Final[Event] = get_typed("event:2007-sco-anti-terrorism-exercises-in-russia", Event)
"""planned SCO anti-terrorism exercises in Russia"""
EVENT_2011_05_17_AKTOBE_SUICIDE_BOMBING: Final[Event] = get_typed("event:2011-05-17-aktobe-suicide-bombing", Event)
"""Aktobe KNB office suicide bombing"""
EVENT_2011_07_AKTOBE_PROVINCE_FIREFIGHT: Final[Event] = get_typed("event:2011-07-aktobe-province-firefight", Event)
"""July 2011 Aktobe Province firefight"""
EVENT_2011_11_TARAZ_ARMOURY_ATTACK: Final[Event] = get_typed("event:2011-11-taraz-armoury-attack", Event)
"""Taraz armoury attack"""
EVENT_2011_11_TARAZ_ATTACKS: Final[Event] = get_typed("event:2011-11-taraz-attacks", Event)
"""November 2011 Taraz attacks"""
EVENT_2011_11_TARAZ_GUN_THEFT: Final[Event] = get_typed("event:2011-11-taraz-gun-theft", Event)
"""Theft of guns from the Taraz armoury"""
EVENT_2011_11_TARAZ_POLICE_SHOOTING: Final[Event] = get_typed("event:2011-11-taraz-police-shooting", Event)
"""Shooting of two Taraz police officers"""
EVENT_2011_11_TARAZ_SUICIDE_BLAST: Final[Event] = get_typed("event:2011-11-taraz-suicide-blast", Event)
"""Suicide blast during arrest in Taraz"""
EVENT_2016_GLOBAL_TERRORISM_INDEX_RANKING: Final[Event] = get_typed("event:2016-global-terrorism-index-ranking", Event)
"""Kazakhstan's 2016 Global Terrorism Index ranking"""
AIDOS_USMONOV_ARREST: Final[Event] = get_typed("event:aidos-usmonov-arrest", Event)
"""Arrest of Aidos Usmonov in Pavlodar"""
AKTOBE_PROVINCE_KILLING_OF_TWO_POLICEMEN: Final[Event] = get_typed("event:aktobe-province-killing-of-two-policemen", Event)
"""Killing of two policemen in Aktobe Province"""
ALIBAYEV_STATEMENT_ON_KNB_ACCUSATION: Final[Event] = get_typed("event:alibayev-statement-on-knb-accusation", Event)
"""Alibayev condemns the KNB accusation"""
ALMATY_AIRPLANE_BOMB_DESTRUCTION: Final[Event] = get_typed("event:almaty-airplane-bomb-destruction", Event)
"""destruction of the Almaty airplane bomb"""
ALMATY_MOSQUES_LEAFLET_DISTRIBUTION: Final[Event] = get_typed("event:almaty-mosques-leaflet-distribution", Event)
"""Distribution of Hizb ut-Tahrir leaflets in Almaty mosques"""
ALMATY_PROSECUTOR_CALLS_SHAMSUDINOV_TERRORIST: Final[Event] = get_typed("event:almaty-prosecutor-calls-shamsudinov-terrorist", Event)
"""Almaty prosecutor's office calls Shamsudinov a terrorist"""
ALTYNBAYEV_STATEMENT_ON_AL_QAEDA_PRESENCE: Final[Event] = get_typed("event:altynbayev-statement-on-al-qaeda-presence", Event)
"""Altynbayev doubts Al-Qaeda presence"""
AMERKHANOV_STATEMENT_ON_KYZYLORDA_CELL: Final[Event] = get_typed("event:amerkhanov-statement-on-kyzylorda-cell", Event)
"""Amerkhanov on the Kyzylorda Aum Shinrikyo cell"""
AMERKHANOV_STATEMENT_ON_TABLIGHI_JAMAAT: Final[Event] = get_typed("event:amerkhanov-statement-on-tablighi-jamaat", Event)
"""Amerkhanov on Tablighi Jamaat"""
ANALYSTS_STATEMENT_ON_ATASU_ALASHANKOU_PIPELINE: Final[Event] = get_typed("event:analysts-statement-on-atasu-alashankou-pipeline", Event)
"""analysts link the drill to the Atasu-Alashankou pipeline"""
ARRESTS_OF_HIZB_UT_TAHRIR_MEMBERS_IN_SOUTHERN_KAZAKHSTAN: Final[Event] = get_typed("event:arrests-of-hizb-ut-tahrir-members-in-southern-kazakhstan", Event)
"""Arrests of Hizb ut-Tahrir members in southern Kazakhstan"""
ARSON_CRITICIZED_BY_US_EMBASSY: Final[Event] = get_typed("event:arson-criticized-by-us-embassy", Event)
"""act of arson in Kazakhstan"""
BATTALOVA_STATEMENT_ON_KNB: Final[Event] = get_typed("event:battalova-statement-on-knb", Event)
"""Battalova attacks the KNB"""
BEKMIRZAEV_KILLING: Final[Event] = get_typed("event:bekmirzaev-killing", Event)
"""Killing of Ahmad Bekmirzaev"""
BEKSULTAN_SARSENOV_THREAT_ASSESSMENT: Final[Event] = get_typed("event:beksultan-sarsenov-threat-assessment", Event)
"""Beksultan Sarsenov on threats to Kazakhstan"""
BEKZHANOV_CONVICTION: Final[Event] = get_typed("event:bekzhanov-conviction", Event)
"""Conviction of Kuanysh Bekzhanov"""
BEKZHANOV_SEARCH_LEAFLET_SEIZURE: Final[Event] = get_typed("event:bekzhanov-search-leaflet-seizure", Event)
"""Seizure of Hizb ut-Tahrir leaflets in the Bekzhanov search"""
BEKZHANOV_SENTENCING: Final[Event] = get_typed("event:bekzhanov-sentencing", Event)
"""Sentencing of Kuanysh Bekzhanov"""
BESLAN_SCHOOL_ATTACK: Final[Event] = get_typed("event:beslan-school-attack", Event)
"""Beslan school attack"""
BIIMURZAEV_ARREST: Final[Event] = get_typed("event:biimurzaev-arrest", Event)
"""Arrest of Zhakshybek Biimurzaev"""
BIIMURZAEV_STATEMENT: Final[Event] = get_typed("event:biimurzaev-statement", Event)
"""Biimurzaev's reported confession"""
BOMBING_DEFENDANTS_STAY_IN_SHYMKENT_OBLAST: Final[Event] = get_typed("event:bombing-defendants-stay-in-shymkent-oblast", Event)
"""Bombing defendants' stay in Shymkent Oblast"""
BOMBING_SUSPECTS_TRAINING_CAMP_IN_KAZAKHSTAN: Final[Event] = get_typed("event:bombing-suspects-training-camp-in-kazakhstan", Event)
"""Alleged training of bombing suspects at a camp in Kazakhstan"""
BOZHKO_STATEMENT_DENYING_TRAINING_CAMPS: Final[Event] = get_typed("event:bozhko-statement-denying-training-camps", Event)
"""Bozhko denies terrorist training in Kazakhstan"""
BOZHKO_STATEMENT_ON_TIAN_SHAN_1_2006: Final[Event] = get_typed("event:bozhko-statement-on-tian-shan-1-2006", Event)
"""Bozhko on the drill and SCO cooperation"""
BUSH_STATEMENT_ON_STRATEGIC_PARTNERSHIP: Final[Event] = get_typed("event:bush-statement-on-strategic-partnership", Event)
"""Bush's statement on Kazakhstan as a strategic partner"""
CARTNER_RESPONSE_TO_TERRORIST_ACCUSATION: Final[Event] = get_typed("event:cartner-response-to-terrorist-accusation", Event)
"""Cartner rejects the terrorism label for Shamsudinov"""
CARTNER_STATEMENT_ON_SHAMSUDINOV: Final[Event] = get_typed("event:cartner-statement-on-shamsudinov", Event)
"""Holly Cartner urges Kazakhstan to protect Shamsudinov"""
CDI_ASSESSMENT_OF_KAZAKH_SUPPORT: Final[Event] = get_typed("event:cdi-assessment-of-kazakh-support", Event)
"""CDI assessment of Kazakh support for the war on terrorism"""
CHINESE_GOVERNMENT_PRESS_RELEASE_ON_KAZAKH_RELATIONS: Final[Event] = get_typed("event:chinese-government-press-release-on-kazakh-relations", Event)
"""Chinese Government press release on Kazakh ties"""
COMMONWEALTH_OF_INDEPENDENT_STATES_FOUNDING: Final[Event] = get_typed("event:commonwealth-of-independent-states-founding", Event)
"""creation of the Commonwealth of Independent States"""
COSTELLO_ASSESSMENT_OF_IMU: Final[Event] = get_typed("event:costello-assessment-of-imu", Event)
"""Costello's assessment of the IMU"""
DEATH_OF_ALTYNBEK: Final[Event] = get_typed("event:death-of-altynbek", Event)
"""Death of Altynbek"""
DEATH_OF_ZAMANBEK: Final[Event] = get_typed("event:death-of-zamanbek", Event)
"""Death of Zamanbek"""
DENISOV_STATEMENT_ON_TERRORISM_ROOTS_IN_CENTRAL_ASIA: Final[Event] = get_typed("event:denisov-statement-on-terrorism-roots-in-central-asia", Event)
"""Denisov on terrorism's roots in Central Asia"""
DEUTSCHE_WELLE_UZBEK_GOVERNMENT_REPORT_ON_SUSPECTS_TRAINING: Final[Event] = get_typed("event:deutsche-welle-uzbek-government-report-on-suspects-training", Event)
"""Report on where Tashkent suspects trained"""
DMITRIYUK_STATEMENT_ON_BORDER_FENCE: Final[Event] = get_typed("event:dmitriyuk-statement-on-border-fence", Event)
"""Larisa Dmitriyuk on the border fence"""
DOSMAILULY_STATEMENT_ON_TIAN_SHAN_EXERCISES: Final[Event] = get_typed("event:dosmailuly-statement-on-tian-shan-exercises", Event)
"""Dosmailuly says he has no information on the exercises"""
DUTBAYEV_RESIGNATION: Final[Event] = get_typed("event:dutbayev-resignation", Event)
"""Resignation of Dutbayev"""
EARLIER_COUNTER_TERRORISM_MANEUVER: Final[Event] = get_typed("event:earlier-counter-terrorism-maneuver", Event)
"""earlier planned counter-terrorism maneuver"""
EXTRADITION_OF_UZBEK_TERRORIST_SUSPECTS_TO_UZBEKISTAN: Final[Event] = get_typed("event:extradition-of-uzbek-terrorist-suspects-to-uzbekistan", Event)
"""Kazakhstan hands Uzbek suspects to Uzbekistan"""
EXTRADITIONS_OF_UYGHUR_SUSPECTS_TO_CHINA: Final[Event] = get_typed("event:extraditions-of-uyghur-suspects-to-china", Event)
"""extraditions of Uyghur terrorist suspects to China"""
EXTREMIST_LITERATURE_CONFISCATIONS: Final[Event] = get_typed("event:extremist-literature-confiscations", Event)
"""confiscation of extremist literature"""
FALL_OF_THE_SOVIET_UNION: Final[Event] = get_typed("event:fall-of-the-soviet-union", Event)
"""fall of the Soviet Union"""
FOREIGN_MINISTRY_OFFICIAL_STATEMENT_ON_REFUGEES: Final[Event] = get_typed("event:foreign-ministry-official-statement-on-refugees", Event)
"""Foreign Ministry official's statement on refugees"""
FOUNDING_OF_FORUM_FOR_PEACE_AND_STABILITY: Final[Event] = get_typed("event:founding-of-forum-for-peace-and-stability", Event)
"""Founding of the Forum for Peace and Stability"""
GENNADY_SELEZNEV_CRITICISM_OF_US_BASE_ATTEMPTS: Final[Event] = get_typed("event:gennady-seleznev-criticism-of-us-base-attempts", Event)
"""Gennady Seleznev's criticism of U.S. base attempts"""
GUANTANAMO_DETENTION_OF_ILKHAM_TURDBYAVICH_BATAYEV: Final[Event] = get_typed("event:guantanamo-detention-of-ilkham-turdbyavich-batayev", Event)
"""Guantánamo detention of Ilkham Turdbyavich Batayev"""
GUANTANAMO_DETENTION_OF_KAZAKH_CITIZENS: Final[Event] = get_typed("event:guantanamo-detention-of-kazakh-citizens", Event)
"""Guantanamo detention of three Kazakh citizens"""
HIZB_UT_TAHRIR_SPREAD_IN_KAZAKHSTAN: Final[Event] = get_typed("event:hizb-ut-tahrir-spread-in-kazakhstan", Event)
"""Spread of Hizb ut-Tahrir in Kazakhstan"""
HRW_OPEN_LETTER_TO_CTC: Final[Event] = get_typed("event:hrw-open-letter-to-ctc", Event)
"""Human Rights Watch open letter to the CTC"""
HRW_OPPOSES_EXTRADITION_OF_MUSLIMS_TO_CHINA: Final[Event] = get_typed("event:hrw-opposes-extradition-of-muslims-to-china", Event)
"""HRW opposes extraditions of Muslims to China"""
HU_JINTAO_VISIT_TO_MOSCOW: Final[Event] = get_typed("event:hu-jintao-visit-to-moscow", Event)
"""Hu Jintao's visit to Moscow"""
HUMAN_RIGHTS_GROUPS_ANDIJAN_ACCUSATION: Final[Event] = get_typed("event:human-rights-groups-andijan-accusation", Event)
"""human rights groups accuse Uzbek forces over Andijan"""
IBRAGIM_ALIBEKOV_ASSESSMENT_OF_NAZARBAYEV: Final[Event] = get_typed("event:ibragim-alibekov-assessment-of-nazarbayev", Event)
"""Ibragim Alibekov's assessment of Nazarbayev's support"""
IMU_AND_ISLAMIC_JIHAD_CLAIM_TASHKENT_BOMBINGS: Final[Event] = get_typed("event:imu-and-islamic-jihad-claim-tashkent-bombings", Event)
"""IMU and Islamic Jihad claim the Tashkent bombings"""
INGUSHETIA_ATTACKS: Final[Event] = get_typed("event:ingushetia-attacks", Event)
"""attacks in Ingushetia"""
JCAM_2004_ARRESTS: Final[Event] = get_typed("event:jcam-2004-arrests", Event)
"""Arrests in the 2004 JCAM case"""
JCAM_2004_SEIZURE: Final[Event] = get_typed("event:jcam-2004-seizure", Event)
"""Seizures in the 2004 JCAM case"""
JCAM_2004_WOMEN_DETENTION: Final[Event] = get_typed("event:jcam-2004-women-detention", Event)
"""Detention of four women trained as suicide bombers"""
JCAM_2006_ALMATY_ARRESTS: Final[Event] = get_typed("event:jcam-2006-almaty-arrests", Event)
"""Arrest of ten JCAM members in Almaty"""
JCAM_2006_ALMATY_SEIZURE: Final[Event] = get_typed("event:jcam-2006-almaty-seizure", Event)
"""Seizures in the 2006 JCAM case"""
JCAM_2006_MONITORING_OF_KYRGYZ_POLITICS: Final[Event] = get_typed("event:jcam-2006-monitoring-of-kyrgyz-politics", Event)
"""JCAM monitoring of Kyrgyz politics"""
JCAM_2006_OPERATION: Final[Event] = get_typed("event:jcam-2006-operation", Event)
"""2006 KNB-Interior Ministry operation against JCAM"""
JCAM_2006_PLOT: Final[Event] = get_typed("event:jcam-2006-plot", Event)
"""2006 JCAM bombing plot"""
JCAM_2006_RECRUITMENT_AND_TERROR_BASES: Final[Event] = get_typed("event:jcam-2006-recruitment-and-terror-bases", Event)
"""JCAM recruiting and base-building in 2006"""
JCAM_2006_SUSPECTS_CHARGED: Final[Event] = get_typed("event:jcam-2006-suspects-charged", Event)
"""Charging of the ten 2006 JCAM suspects"""
JOURNALIST_ON_HUT_RECRUITMENT_CONDITIONS: Final[Event] = get_typed("event:journalist-on-hut-recruitment-conditions", Event)
"""A journalist on conditions favouring Hizb ut-Tahrir"""
KARIMOV_CLAIM_ON_TASHKENT_BOMBERS: Final[Event] = get_typed("event:karimov-claim-on-tashkent-bombers", Event)
"""Karimov blames ex-Hizb ut-Tahrir members"""
KASYMOV_ACCUSATION_AGAINST_KAZAKHSTAN: Final[Event] = get_typed("event:kasymov-accusation-against-kazakhstan", Event)
"""Kasymov accuses Kazakhstan of sheltering terrorist organizations"""
KASYMOV_NEZAVISIMAYA_GAZETA_INTERVIEW: Final[Event] = get_typed("event:kasymov-nezavisimaya-gazeta-interview", Event)
"""Nezavisimaya Gazeta interview with Kasymov"""
KAZAKH_AUTHORITIES_STATEMENT_ON_AKTOBE_BOMBING: Final[Event] = get_typed("event:kazakh-authorities-statement-on-aktobe-bombing", Event)
"""Kazakh authorities on the Aktobe bombing"""
KAZAKH_BORDER_MILITARY_SPENDING_INCREASE: Final[Event] = get_typed("event:kazakh-border-military-spending-increase", Event)
"""increase in Kazakh military spending on the southern borders"""
KAZAKH_DEFENSE_MINISTRY_EXPERT_STATEMENT_ON_ASSISTANCE_OPTIONS: Final[Event] = get_typed("event:kazakh-defense-ministry-expert-statement-on-assistance-options", Event)
"""Kazakh Defense Ministry expert's statement on assistance options"""
KAZAKH_DEFENSE_MINISTRY_OFFICIAL_STATEMENT_ON_BASE_REQUEST: Final[Event] = get_typed("event:kazakh-defense-ministry-official-statement-on-base-request", Event)
"""Kazakh Defense Ministry official's statement on the U.S. base request"""
KAZAKH_DENIAL_OF_UZBEK_TRAINING_ALLEGATION: Final[Event] = get_typed("event:kazakh-denial-of-uzbek-training-allegation", Event)
"""Kazakh denial of the Uzbek training allegation"""
KAZAKH_FOREIGN_MINISTRY_LATER_REMARKS_ON_KASYMOV: Final[Event] = get_typed("event:kazakh-foreign-ministry-later-remarks-on-kasymov", Event)
"""Kazakh Foreign Ministry's later rebuttal of Kasymov"""
KAZAKH_FOREIGN_MINISTRY_STATEMENT_ON_KASYMOV: Final[Event] = get_typed("event:kazakh-foreign-ministry-statement-on-kasymov", Event)
"""Kazakh Foreign Ministry statement on Kasymov"""
KAZAKH_GOVERNMENT_CONDEMNS_INDIAN_PARLIAMENT_ATTACK: Final[Event] = get_typed("event:kazakh-government-condemns-indian-parliament-attack", Event)
"""Kazakh condemnation of the Indian Parliament attack"""
KAZAKH_GOVERNMENT_DENIES_TRAINING_CAMP_ALLEGATION: Final[Event] = get_typed("event:kazakh-government-denies-training-camp-allegation", Event)
"""Kazakh government denies the training-camp allegation"""
KAZAKH_OFFER_OF_MAJOR_AIRPORT: Final[Event] = get_typed("event:kazakh-offer-of-major-airport", Event)
"""Kazakh offer of a major airport"""
KAZAKH_OIL_EXPORTS_THROUGH_ATASU_ALASHANKOU_PIPELINE: Final[Event] = get_typed("event:kazakh-oil-exports-through-atasu-alashankou-pipeline", Event)
"""Kazakh oil shipments through the Atasu-Alashankou pipeline"""
KAZAKH_PROTECTION_OF_US_FACILITIES: Final[Event] = get_typed("event:kazakh-protection-of-us-facilities", Event)
"""stepped-up protection of U.S. facilities"""
KAZAKHSTAN_BORDER_GUARD_STATUS_RAISED: Final[Event] = get_typed("event:kazakhstan-border-guard-status-raised", Event)
"""upgrade of Kazakhstan's border force"""
KAZAKHSTAN_CSTO_EXERCISES: Final[Event] = get_typed("event:kazakhstan-csto-exercises", Event)
"""Kazakhstan-CSTO counter-terrorism exercises"""
KAZAKHSTAN_EXTRADITIONS_TO_RUSSIA: Final[Event] = get_typed("event:kazakhstan-extraditions-to-russia", Event)
"""Kazakh extraditions of terrorist suspects to Russia"""
KAZAKHSTAN_NATO_PARTNERSHIP_FOR_PEACE_EXERCISES: Final[Event] = get_typed("event:kazakhstan-nato-partnership-for-peace-exercises", Event)
"""Kazakhstan-NATO Partnership for Peace exercises"""
KAZAKHSTAN_NUCLEAR_DISARMAMENT: Final[Event] = get_typed("event:kazakhstan-nuclear-disarmament", Event)
"""Kazakhstan gives up its nuclear weapons"""
KENTAI_RESIDENT_CHARGED: Final[Event] = get_typed("event:kentai-resident-charged", Event)
"""Charges against the Kentai resident"""
KNB_ACCUSATION_AGAINST_OPPOSITION: Final[Event] = get_typed("event:knb-accusation-against-opposition", Event)
"""KNB accusation against the opposition"""
KNB_ACCUSES_TARAZ_DETAINEE_OVER_QOQON_CELL: Final[Event] = get_typed("event:knb-accuses-taraz-detainee-over-qoqon-cell", Event)
"""KNB accusation over a Hizb ut-Tahrir cell in Qoqon"""
KNB_HUT_CELL_NETWORK_DISMANTLING: Final[Event] = get_typed("event:knb-hut-cell-network-dismantling", Event)
"""KNB break-up of a Hizb ut-Tahrir cell network"""
KNB_HUT_NETWORK_SEARCHES_SEIZURE: Final[Event] = get_typed("event:knb-hut-network-searches-seizure", Event)
"""Items seized in the KNB searches of the Hizb ut-Tahrir network"""
KNB_HUT_SMUGGLING_ROUTES_SHUTDOWN: Final[Event] = get_typed("event:knb-hut-smuggling-routes-shutdown", Event)
"""Closure of routes for smuggled literature and foreign money"""
KNB_PREVENTS_AUM_SHINRIKYO_CELL_IN_KYZYLORDA: Final[Event] = get_typed("event:knb-prevents-aum-shinrikyo-cell-in-kyzylorda", Event)
"""KNB prevents an Aum Shinrikyo cell in Kyzylorda"""
KNB_REVIEW_OF_TABLIGHI_TEACHINGS: Final[Event] = get_typed("event:knb-review-of-tablighi-teachings", Event)
"""Security service review of Tablighi teachings"""
KYRGYZ_AND_UZBEK_OFFICIALS_ALLEGE_HIZB_UT_TAHRIR_TIES: Final[Event] = get_typed("event:kyrgyz-and-uzbek-officials-allege-hizb-ut-tahrir-ties", Event)
"""Kyrgyz and Uzbek officials allege ties between Hizb ut-Tahrir, the IMU and Akromiya"""
KYRGYZ_GOVERNMENT_BANS_HIZB_UT_TAHRIR: Final[Event] = get_typed("event:kyrgyz-government-bans-hizb-ut-tahrir", Event)
"""Kyrgyz government bans Hizb ut-Tahrir"""
MACLEOD_DISPUTES_CHARGES_AGAINST_NAZAROV: Final[Event] = get_typed("event:macleod-disputes-charges-against-nazarov", Event)
"""John MacLeod disputes the charges against Nazarov"""
MARAT_TAZHIN_PLEDGE_ON_ILLEGAL_MIGRANTS: Final[Event] = get_typed("event:marat-tazhin-pledge-on-illegal-migrants", Event)
"""Marat Tazhin's pledge on deporting illegal migrants"""
MENG_HONGWEI_STATEMENT_ON_SCO_ROLE: Final[Event] = get_typed("event:meng-hongwei-statement-on-sco-role", Event)
"""Meng Hongwei on the SCO's role"""
MENG_HONGWEI_WARNING_ON_THREE_EVIL_FORCES: Final[Event] = get_typed("event:meng-hongwei-warning-on-three-evil-forces", Event)
"""Meng Hongwei warns of the \"three evil forces\""""
MINENKOV_STATEMENT_ON_FOREIGN_IDEOLOGISTS_LETTERS: Final[Event] = get_typed("event:minenkov-statement-on-foreign-ideologists-letters", Event)
"""Minenkov on letters from foreign ideologists"""
MINENKOV_STATEMENT_ON_PLOT_TARGETS: Final[Event] = get_typed("event:minenkov-statement-on-plot-targets", Event)
"""Minenkov describes the plot's targets"""
MONEY_LAUNDERING_WORKSHOP_RECOMMENDATIONS: Final[Event] = get_typed("event:money-laundering-workshop-recommendations", Event)
"""Workshop recommendations to Kazakhstan and Kyrgyzstan"""
MUKHAMEDZHANOV_VISIT_TO_SINGAPORE: Final[Event] = get_typed("event:mukhamedzhanov-visit-to-singapore", Event)
"""Oral Mukhamedzhanov's visit to Singapore"""
MURAT_ABDIROV_STATEMENT_ON_ANTI_TERRORISM_COALITION: Final[Event] = get_typed("event:murat-abdirov-statement-on-anti-terrorism-coalition", Event)
"""Murat Abdirov's statement on the anti-terrorism coalition"""
MYLNIKOV_ANNOUNCES_LIST_OF_TERRORIST_ORGANIZATIONS: Final[Event] = get_typed("event:mylnikov-announces-list-of-terrorist-organizations", Event)
"""Mylnikov announces a CSTO and SCO terrorist list"""
NATO_EXPERTS_AIRFIELDS_PROPOSAL: Final[Event] = get_typed("event:nato-experts-airfields-proposal", Event)
"""NATO experts' suggestion of using Kazakh airfields"""
NAZARBAYEV_AND_VAJPAYEE_BACK_KARZAI_ADMINISTRATION: Final[Event] = get_typed("event:nazarbayev-and-vajpayee-back-karzai-administration", Event)
"""Nazarbayev and Vajpayee back the Karzai administration"""
NAZARBAYEV_MEETS_K_R_NARAYANAN: Final[Event] = get_typed("event:nazarbayev-meets-k-r-narayanan", Event)
"""Nazarbayev meets K. R. Narayanan"""
NAZARBAYEV_MEETS_KRISHAN_KANT: Final[Event] = get_typed("event:nazarbayev-meets-krishan-kant", Event)
"""Nazarbayev meets Krishan Kant"""
NAZARBAYEV_MEETS_SONIA_GANDHI: Final[Event] = get_typed("event:nazarbayev-meets-sonia-gandhi", Event)
"""Nazarbayev meets Sonia Gandhi"""
NAZARBAYEV_MESSAGE_TO_BUSH: Final[Event] = get_typed("event:nazarbayev-message-to-bush", Event)
"""Nazarbayev's message to Bush after the September 2001 attacks"""
NAZARBAYEV_OPENING_STATEMENT_AT_CTC_CONFERENCE: Final[Event] = get_typed("event:nazarbayev-opening-statement-at-ctc-conference", Event)
"""Nazarbayev's opening statement at the CTC meeting"""
NAZARBAYEV_STATE_VISIT_TO_UZBEKISTAN: Final[Event] = get_typed("event:nazarbayev-state-visit-to-uzbekistan", Event)
"""Nazarbayev's state visit to Uzbekistan"""
NAZARBAYEV_STATEMENT_ON_ANDIJAN: Final[Event] = get_typed("event:nazarbayev-statement-on-andijan", Event)
"""Nazarbayev endorses Uzbek handling of Andijan"""
NAZARBAYEV_STATEMENT_ON_FORUM_FOR_PEACE_AND_STABILITY: Final[Event] = get_typed("event:nazarbayev-statement-on-forum-for-peace-and-stability", Event)
"""Nazarbayev on the Forum for Peace and Stability"""
NAZAROV_FAMILY_IMPRISONED_OR_DISAPPEARED: Final[Event] = get_typed("event:nazarov-family-imprisoned-or-disappeared", Event)
"""imprisonment or disappearance of Nazarov's relatives"""
NAZAROV_FLEES_TO_KAZAKHSTAN: Final[Event] = get_typed("event:nazarov-flees-to-kazakhstan", Event)
"""Obidkhon Qori Nazarov flees to Kazakhstan"""
NCSJ_PRAISE_FOR_KAZAKHSTAN: Final[Event] = get_typed("event:ncsj-praise-for-kazakhstan", Event)
"""NCSJ praise for Kazakhstan"""
NOVOYE_POKOLENIYE_ON_HUT_POPULARITY: Final[Event] = get_typed("event:novoye-pokoleniye-on-hut-popularity", Event)
"""Novoye Pokoleniye on the causes of Hizb ut-Tahrir's popularity"""
OPERATION_ENDURING_FREEDOM: Final[Event] = get_typed("event:operation-enduring-freedom", Event)
"""Operation Enduring Freedom"""
OSKEMEN_SEPARATIST_PLOT: Final[Event] = get_typed("event:oskemen-separatist-plot", Event)
"""Öskemen overthrow plot"""
PAKISTAN_ARRESTS_MAGRUPOV: Final[Event] = get_typed("event:pakistan-arrests-magrupov", Event)
"""Pakistan's arrest of Abdallah Tohtasinovich Magrupov"""
PANNIER_REPORT_ON_BORDER_SPENDING: Final[Event] = get_typed("event:pannier-report-on-border-spending", Event)
"""Bruce Pannier notes higher border spending"""
POLICE_TRACE_CALLS_TO_KAZAKHSTAN: Final[Event] = get_typed("event:police-trace-calls-to-kazakhstan", Event)
"""Police trace the attackers' calls to Kazakhstan"""
PRAVDA_REPORT_ON_JCAM_AND_TASHKENT_BOMBINGS: Final[Event] = get_typed("event:pravda-report-on-jcam-and-tashkent-bombings", Event)
"""Pravda report on JCAM involvement in the Tashkent bombings"""
QURBAN_AYT: Final[Event] = get_typed("event:qurban-ayt", Event)
"""Qurban-Ayt"""
RACHEL_DENBER_CONCERNS_OVER_HUMAN_RIGHTS_IN_KAZAKHSTAN: Final[Event] = get_typed("event:rachel-denber-concerns-over-human-rights-in-kazakhstan", Event)
"""Rachel Denber voices concern about human rights in Kazakhstan"""
RADIO_FREE_EUROPE_INQUIRY_ABOUT_TIAN_SHAN_EXERCISES: Final[Event] = get_typed("event:radio-free-europe-inquiry-about-tian-shan-exercises", Event)
"""Radio Free Europe inquiry about the 2006 exercises"""
RAKHMONOV_STATEMENT_ON_DIALOGUE_OF_CIVILIZATIONS: Final[Event] = get_typed("event:rakhmonov-statement-on-dialogue-of-civilizations", Event)
"""Rakhmonov on the dialogue of civilizations"""
RAO_STATEMENT_CREDITING_KAZAKH_AUTHORITIES: Final[Event] = get_typed("event:rao-statement-crediting-kazakh-authorities", Event)
"""Rao credits the Kazakh authorities over Nazarov"""
RAO_STATEMENT_ON_NAZAROV_REFUGEE_STATUS: Final[Event] = get_typed("event:rao-statement-on-nazarov-refugee-status", Event)
"""Rao explains Nazarov's refugee status"""
ROSLYAKOV_STATEMENT_ON_BORDER_FENCE: Final[Event] = get_typed("event:roslyakov-statement-on-border-fence", Event)
"""Erik Roslyakov on the route of the border fence"""
RUMSFELD_ALTYNBAYEV_MEETING: Final[Event] = get_typed("event:rumsfeld-altynbayev-meeting", Event)
"""Meeting of Donald Rumsfeld and Mukhtar Altynbayev"""
RUSSIA_DEPORTATION_OF_RUSTAM_MUMINOV: Final[Event] = get_typed("event:russia-deportation-of-rustam-muminov", Event)
"""Russia deports Rustam Muminov to Uzbekistan"""
SCO_MEETING_IN_KAZAKHSTAN: Final[Event] = get_typed("event:sco-meeting-in-kazakhstan", Event)
"""Shanghai Cooperation Organisation meeting in Kazakhstan"""
SEMERDJIAN_ACCUSATION_OF_SEMI_STATE_TERRORISM: Final[Event] = get_typed("event:semerdjian-accusation-of-semi-state-terrorism", Event)
"""Harout Semerdjian accuses Kazakhstan of \"semi-state terrorism\""""
SERGEI_IVANOV_CRITICISM_OF_US_BASE_ATTEMPTS: Final[Event] = get_typed("event:sergei-ivanov-criticism-of-us-base-attempts", Event)
"""Sergei Ivanov's criticism of U.S. base attempts"""
SHUSHANNIKOV_CRITICISM_OF_OSKEMEN_SENTENCING: Final[Event] = get_typed("event:shushannikov-criticism-of-oskemen-sentencing", Event)
"""Shushannikov criticizes the Öskemen sentences"""
SOUTH_KAZAKHSTAN_INTERIOR_DEPARTMENT_STAFF_INCREASE: Final[Event] = get_typed("event:south-kazakhstan-interior-department-staff-increase", Event)
"""More staff to monitor Hizb ut-Tahrir in South Kazakhstan Region"""
STEPNOGORSK_CELL_ARRESTS: Final[Event] = get_typed("event:stepnogorsk-cell-arrests", Event)
"""Arrest of eleven members of the Stepnogorsk cell"""
STEPNOGORSK_CELL_ISLAMIST_REPUBLIC_PLOT: Final[Event] = get_typed("event:stepnogorsk-cell-islamist-republic-plot", Event)
"""Stepnogorsk cell plot for an Islamist republic"""
STEPNOGORSK_CELL_SHOOTING: Final[Event] = get_typed("event:stepnogorsk-cell-shooting", Event)
"""Shooting at police during the Stepnogorsk raid"""
STEPNOGORSK_TERROR_CELL_DISRUPTION: Final[Event] = get_typed("event:stepnogorsk-terror-cell-disruption", Event)
"""KNB breaks up the Stepnogorsk cell"""
STEPNOGORSK_ZHAMAAT_BREAK_UP: Final[Event] = get_typed("event:stepnogorsk-zhamaat-break-up", Event)
"""KNB breaks up the Stepnogorsk zhamaat"""
STEPNOGORSK_ZHAMAAT_ROBBERY_PLOT: Final[Event] = get_typed("event:stepnogorsk-zhamaat-robbery-plot", Event)
"""Stepnogorsk zhamaat robbery plan"""
STEPNOGORSK_ZHAMAAT_SEIZURE: Final[Event] = get_typed("event:stepnogorsk-zhamaat-seizure", Event)
"""Seizures from the Stepnogorsk zhamaat"""
SYROYEZHKIN_STATEMENT_ON_TIAN_SHAN_1_2006: Final[Event] = get_typed("event:syroyezhkin-statement-on-tian-shan-1-2006", Event)
"""Syroyezhkin defends the joint exercises"""
TABLIGHI_JAMAAT_MEMBERS_DEPORTED: Final[Event] = get_typed("event:tablighi-jamaat-members-deported", Event)
"""Deportation of Tablighi Jamaat members"""
TABLIGHI_JAMAAT_MEMBERS_FINED: Final[Event] = get_typed("event:tablighi-jamaat-members-fined", Event)
"""Fines on Tablighi Jamaat members"""
TARAZ_DETAINEE_EXTRADITION_TO_UZBEKISTAN: Final[Event] = get_typed("event:taraz-detainee-extradition-to-uzbekistan", Event)
"""Extradition of the Taraz detainee to Uzbekistan"""
TARMUGI_INVITATION_TO_MUKHAMEDZHANOV: Final[Event] = get_typed("event:tarmugi-invitation-to-mukhamedzhanov", Event)
"""Abdullah Tarmugi's invitation to Oral Mukhamedzhanov"""
TASHKENT_BOMBING_SUSPECTS_TRAINING: Final[Event] = get_typed("event:tashkent-bombing-suspects-training", Event)
"""Alleged training of Tashkent bombing suspects"""
TASHKENT_BOMBINGS_INVESTIGATION: Final[Event] = get_typed("event:tashkent-bombings-investigation", Event)
"""Investigation of the Tashkent bombings"""
TASHKENT_BOMBINGS_SUSPECTS_CHARGED: Final[Event] = get_typed("event:tashkent-bombings-suspects-charged", Event)
"""Charging of 15 Tashkent bombing suspects"""
TASHKENT_POLICE_FIND_ATTACKERS_PHONE: Final[Event] = get_typed("event:tashkent-police-find-attackers-phone", Event)
"""Tashkent police find the attackers' mobile phone"""
TIAN_SHAN_1_2006_HOSTAGE_RESCUE_EXERCISE: Final[Event] = get_typed("event:tian-shan-1-2006-hostage-rescue-exercise", Event)
"""Tian-Shan-1-2006 hostage rescue and valley operation"""
TULESOV_STATEMENT_ON_TABLIGHI_JAMAAT: Final[Event] = get_typed("event:tulesov-statement-on-tablighi-jamaat", Event)
"""Tulesov on Tablighi Jamaat"""
TURKMENISTAN_UZBEKISTAN_BORDER_DISPUTE: Final[Event] = get_typed("event:turkmenistan-uzbekistan-border-dispute", Event)
"""Turkmenistan–Uzbekistan border dispute"""
UNHCR_HRW_CRITICISM_OF_SUSPECT_TRANSFERS: Final[Event] = get_typed("event:unhcr-hrw-criticism-of-suspect-transfers", Event)
"""UNHCR and HRW criticism of transfers of terrorist suspects"""
UNHCR_REFUGEE_STATUS_FOR_SHAMSUDINOV: Final[Event] = get_typed("event:unhcr-refugee-status-for-shamsudinov", Event)
"""UNHCR grants refugee status to Lutfullo Shamsudinov"""
US_AIRSTRIKES_IN_AFGHANISTAN: Final[Event] = get_typed("event:us-airstrikes-in-afghanistan", Event)
"""U.S. airstrikes in Afghanistan"""
US_ATTEMPTS_TO_ACQUIRE_BASES: Final[Event] = get_typed("event:us-attempts-to-acquire-bases", Event)
"""alleged U.S. attempts to acquire bases in Kazakhstan"""
US_FLIGHTS_OVER_KAZAKH_TERRITORY: Final[Event] = get_typed("event:us-flights-over-kazakh-territory", Event)
"""U.S. flights over Kazakh territory"""
US_LAWMAKERS_LETTERS_OF_SUPPORT_FOR_PEACE_AND_HARMONY_CONFERENCE: Final[Event] = get_typed("event:us-lawmakers-letters-of-support-for-peace-and-harmony-conference", Event)
"""US lawmakers' letters of support for the peace conference"""
US_MILITARY_OPERATIONS_AGAINST_TALIBAN_INSURGENCY: Final[Event] = get_typed("event:us-military-operations-against-taliban-insurgency", Event)
"""U.S. military operations against the Taliban insurgency"""
US_OFFICIAL_STATEMENT_ON_GLOBAL_INITIATIVE: Final[Event] = get_typed("event:us-official-statement-on-global-initiative", Event)
"""U.S. official on the aim of the Global Initiative"""
US_PRAISE_FOR_KAZAKH_COOPERATION: Final[Event] = get_typed("event:us-praise-for-kazakh-cooperation", Event)
"""U.S. officials' praise for Kazakh cooperation"""
US_REQUEST_FOR_BASES_IN_TARAZ_AND_TALDYKORGAN: Final[Event] = get_typed("event:us-request-for-bases-in-taraz-and-taldykorgan", Event)
"""U.S. request to use bases in Taraz and Taldykorgan"""
USMAN_ORDER_TO_ASSASSINATE_UZBEK_OFFICIAL: Final[Event] = get_typed("event:usman-order-to-assassinate-uzbek-official", Event)
"""Usman orders the killing of a senior Uzbek official"""
USMONOV_RECRUITMENT_IN_RUSSIA: Final[Event] = get_typed("event:usmonov-recruitment-in-russia", Event)
"""Usmonov's alleged JCAM recruiting in Russia"""
UZBEK_ACCUSATION_AGAINST_RUSTAM_MUMINOV: Final[Event] = get_typed("event:uzbek-accusation-against-rustam-muminov", Event)
"""Uzbek accusations against Rustam Muminov"""
UZBEK_CHARGES_AGAINST_SHAMSUDINOV: Final[Event] = get_typed("event:uzbek-charges-against-shamsudinov", Event)
"""Uzbek charges against Lutfullo Shamsudinov"""
UZBEK_EXTRADITION_REQUEST_FOR_SHAMSUDINOV: Final[Event] = get_typed("event:uzbek-extradition-request-for-shamsudinov", Event)
"""Uzbek request to extradite Lutfullo Shamsudinov"""
UZBEK_GOVERNMENT_ANDIJAN_CASUALTY_ESTIMATE: Final[Event] = get_typed("event:uzbek-government-andijan-casualty-estimate", Event)
"""Uzbek government casualty estimate for Andijan"""
UZBEK_GOVERNMENT_ATTRIBUTES_2004_BOMBINGS_TO_HUT: Final[Event] = get_typed("event:uzbek-government-attributes-2004-bombings-to-hut", Event)
"""Uzbek government blames Hizb ut-Tahrir for the 2004 bombings"""
UZBEK_GOVERNMENT_ATTRIBUTION_OF_ANDIJAN_UNREST: Final[Event] = get_typed("event:uzbek-government-attribution-of-andijan-unrest", Event)
"""Uzbek government blames Andijan unrest on Islamic extremists"""
UZBEK_OFFICIALS_STATEMENT_ON_SHOYUSUPOV: Final[Event] = get_typed("event:uzbek-officials-statement-on-shoyusupov", Event)
"""Uzbek officials name Avaz Shoyusupov as a bomber"""
VAKHA_IZMAILOV_ARREST: Final[Event] = get_typed("event:vakha-izmailov-arrest", Event)
"""capture of Vakha Izmailov"""
VAKHA_IZMAILOV_TRANSFER: Final[Event] = get_typed("event:vakha-izmailov-transfer", Event)
"""transfer of Vakha Izmailov to the FSB"""
WAR_AGAINST_TERRORISM: Final[Event] = get_typed("event:war-against-terrorism", Event)
"""war against terrorism"""
WAR_IN_IRAQ: Final[Event] = get_typed("event:war-in-iraq", Event)
"""War in Iraq"""
XINHUA_REPORT_ON_TIAN_SHAN_1_2006: Final[Event] = get_typed("event:xinhua-report-on-tian-shan-1-2006", Event)
"""Xinhua report on the drill"""
YERMUKANOV_ON_KENTAI_AND_HUT_RAIDS: Final[Event] = get_typed("event:yermukanov-on-kentai-and-hut-raids", Event)
"""Marat Yermukanov's report on Kentai and Hizb ut-Tahrir"""
ZHAMKENULY_STATEMENT_ON_HIZB_UT_TAHRIR_CONNECTIONS: Final[Event] = get_typed("event:zhamkenuly-statement-on-hizb-ut-tahrir-connections", Event)
"""Zhamkenuly on Hizb ut-Tahrir's connections"""
ZHAMKENULY_STATEMENT_ON_PREVENTIVE_BAN: Final[Event] = get_typed("event:zhamkenuly-statement-on-preventive-ban", Event)
"""Zhamkenuly calls the bans preventive"""
ZUCKERMAN_THANKS_CONFERENCE_FOR_FIGHTING_TERRORISM: Final[Event] = get_typed("event:zuckerman-thanks-conference-for-fighting-terrorism", Event)
"""Zuckerman thanks the conference"""
