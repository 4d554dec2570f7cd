"""Organizations in kzref, one typed constant per record.

Generated from the records by ``python -m kzref.codegen``; do not edit by hand.
"""

from __future__ import annotations

from typing import Final

from kzref.model.entities import Organization
from kzref.registry import get_typed

__all__ = [
    "AKROMIYA",
    "ALMATY_CITY_PROSECUTORS_OFFICE",
    "ALMATY_POLICE",
    "AL_QAEDA",
    "ARYSTAN_UNIT",
    "ASBAT_AN_ANSAR",
    "ASTANA_CITY_COURT",
    "AUM_SHINRIKYO",
    "BORDER_PATROL",
    "BOZ_KURT",
    "CENTER_FOR_DEFENSE_INFORMATION",
    "CENTRAL_INTELLIGENCE_AGENCY",
    "CHINESE_DELEGATION",
    "CHINESE_LAW_ENFORCEMENT_FORCES",
    "CHINESE_SECURITY_SERVICES",
    "CIS_ANTI_TERRORIST_CENTER",
    "COLLECTIVE_SECURITY_TREATY_ORGANIZATION",
    "COMMONWEALTH_OF_INDEPENDENT_STATES",
    "CONFERENCE_OF_PRESIDENTS_OF_MAJOR_JEWISH_ORGANIZATIONS",
    "CONFERENCE_ON_INTERACTION_AND_CONFIDENCE_BUILDING_MEASURES_IN_ASIA",
    "DEFENSE_MINISTRY_OF_CHINA",
    "DEFENSE_MINISTRY_OF_KAZAKHSTAN",
    "DEUTSCHE_WELLE",
    "EAST_TURKESTAN_LIBERATION_ORGANIZATION",
    "EMERGENCY_SITUATIONS_MINISTRY",
    "EURASIAN_UNIVERSITY",
    "EURASIA_DAILY_MONITOR",
    "EURASIA_GROUP",
    "EURO_ATLANTIC_PARTNERSHIP_COUNCIL",
    "FOREIGN_MINISTRY_OF_CHINA",
    "FOREIGN_MINISTRY_OF_KAZAKHSTAN",
    "FOR_A_JUST_KAZAKHSTAN",
    "FSB",
    "GLOBAL_PROGRAM_AGAINST_MONEY_LAUNDERING",
    "GOVERNMENT_OF_CHINA",
    "GOVERNMENT_OF_GEORGIA",
    "GOVERNMENT_OF_KAZAKHSTAN",
    "GOVERNMENT_OF_KYRGYZSTAN",
    "GOVERNMENT_OF_MOLDOVA",
    "GOVERNMENT_OF_PAKISTAN",
    "GOVERNMENT_OF_TURKMENISTAN",
    "GOVERNMENT_OF_UZBEKISTAN",
    "HAMAS",
    "HIZB_UT_TAHRIR",
    "HUMANITARIAN_INSTITUTE",
    "HUMAN_RIGHTS_SOCIETY_OF_UZBEKISTAN",
    "HUMAN_RIGHTS_WATCH",
    "INDIAN_PARLIAMENT",
    "INSTITUTE_FOR_ECONOMICS_AND_PEACE",
    "INSTITUTE_FOR_WAR_AND_PEACE_REPORTING",
    "INTERIOR_MINISTRY_OF_KAZAKHSTAN",
    "INTERIOR_MINISTRY_OF_THE_UAE",
    "INTERNATIONAL_ANTI_TERRORISM_COALITION",
    "INTERNATIONAL_MONETARY_FUND",
    "INTERNATIONAL_RELATIONS_INSTITUTE",
    "ISLAMIC_FRONT_OF_KAZAKHSTAN",
    "ISLAMIC_JIHAD",
    "ISLAMIC_MOVEMENT_OF_UZBEKISTAN",
    "ISLAMIC_PARTY_OF_EASTERN_TURKESTAN",
    "ISN_SECURITY_WATCH",
    "JAMAAT_OF_CENTRAL_ASIAN_MUJAHEDINS",
    "JUSTICE_MINISTRY",
    "KAGANAT_RELIGIOUS_EDUCATION_CENTER",
    "KARZAI_ADMINISTRATION",
    "KAZAKHSTAN_BORDER_ADMINISTRATION",
    "KAZAKHSTAN_COUNTERTERRORISM_CENTER",
    "KAZAKHSTAN_NATIONAL_BORDER_GUARD",
    "KAZAKHSTAN_SECURITY_COUNCIL",
    "KAZAKH_ARMY",
    "KAZAKH_POLICE",
    "KAZAKH_SPECIAL_FORCES",
    "KAZIMIRCHUK_GROUP",
    "KNB",
    "KNB_SECRET_POLICE_ANTI_TERRORISM_CENTER",
    "KURDISTAN_WORKERS_PARTY",
    "KYRGYZ_POLICE",
    "LASHKAR_E_TOIBA",
    "LOCAL_GOVERNMENT",
    "LOWER_HOUSE_OF_PARLIAMENT_OF_KAZAKHSTAN",
    "MUSLIM_BROTHERHOOD",
    "NATIONAL_COALITION_SUPPORTING_SOVIET_JEWRY",
    "NATIONAL_SECURITY_SERVICE_OF_KYRGYZSTAN",
    "NATO",
    "NEW_YORK_TIMES",
    "NEZAVISIMAYA_GAZETA",
    "NOVOYE_POKOLENIYE",
    "ORGANIZATION_FOR_SECURITY_AND_COOPERATION_IN_EUROPE",
    "OSKEMEN_COURT",
    "PAYVAND",
    "PRAVDA",
    "PROSECUTOR_GENERALS_OFFICE",
    "RADIO_FREE_EUROPE",
    "RELIGIOUS_AFFAIRS_COMMITTEE",
    "RUSSIAN_DEFENSE_MINISTRY",
    "RUSSIAN_GENERAL_STAFF",
    "RUSSIAN_STATE_DUMA",
    "SAUDI_BINLADIN_GROUP",
    "SCO_REGIONAL_ANTI_TERRORIST_CENTER",
    "SCO_REGIONAL_ANTI_TERRORIST_CENTER_EXECUTIVE_COMMITTEE",
    "SHANGHAI_COOPERATION_ORGANISATION",
    "SHYMKENT_MUNICIPAL_COURT",
    "SINGAPOREAN_PARLIAMENT",
    "SOCIAL_REFORMS_SOCIETY",
    "SOUTH_KAZAKHSTAN_REGION_INTERIOR_DEPARTMENT",
    "STATE_SECURITY_COMMITTEE",
    "STEPNOGORSK_ZHAMAAT_TERRORIST_GROUP",
    "STRATEGIC_STUDIES_AND_RESEARCH_INSTITUTE",
    "SUPREME_COURT",
    "TABLIGHI_JAMAAT",
    "TALIBAN",
    "TASHKENT_POLICE",
    "TURKMEN_FOREIGN_MINISTRY",
    "UNHCR",
    "UNION_OF_MUSLIMS_OF_KAZAKHSTAN",
    "UNITED_NATIONS",
    "UNITED_NATIONS_OFFICE_FOR_DRUG_CONTROL_AND_CRIME_PREVENTION",
    "UNITED_STATES_GOVERNMENT",
    "UNIVERSITY_OF_CALIFORNIA_LOS_ANGELES",
    "UN_COUNTER_TERRORISM_COMMITTEE",
    "UN_SECURITY_COUNCIL",
    "UST_KAMENOGORSK_MUNICIPAL_COUNCIL",
    "US_ARMED_FORCES",
    "US_CENTRAL_COMMAND",
    "US_EMBASSY",
    "UYGHUR_NATIONALISTS",
    "UZBEKISTAN_NATIONAL_BORDER_GUARD",
    "UZBEK_POLICE",
    "UZBEK_SECURITY_FORCES",
    "UZBEK_SECURITY_SERVICE",
    "WAISI_MOVEMENT",
    "XINHUA",
]

AKROMIYA: Final[Organization] = get_typed("org:akromiya", Organization)
"""Akromiya"""
AL_QAEDA: Final[Organization] = get_typed("org:al-qaeda", Organization)
"""Al-Qaeda"""
ALMATY_CITY_PROSECUTORS_OFFICE: Final[Organization] = get_typed("org:almaty-city-prosecutors-office", Organization)
"""Almaty city prosecutor's office"""
ALMATY_POLICE: Final[Organization] = get_typed("org:almaty-police", Organization)
"""Almaty police"""
ARYSTAN_UNIT: Final[Organization] = get_typed("org:arystan-unit", Organization)
"""Arystan unit"""
ASBAT_AN_ANSAR: Final[Organization] = get_typed("org:asbat-an-ansar", Organization)
"""Asbat an-Ansar"""
ASTANA_CITY_COURT: Final[Organization] = get_typed("org:astana-city-court", Organization)
"""Astana City Court"""
AUM_SHINRIKYO: Final[Organization] = get_typed("org:aum-shinrikyo", Organization)
"""Aum Shinrikyo"""
BORDER_PATROL: Final[Organization] = get_typed("org:border-patrol", Organization)
"""border patrol"""
BOZ_KURT: Final[Organization] = get_typed("org:boz-kurt", Organization)
"""Boz Kurt"""
CENTER_FOR_DEFENSE_INFORMATION: Final[Organization] = get_typed("org:center-for-defense-information", Organization)
"""Center for Defense Information"""
CENTRAL_INTELLIGENCE_AGENCY: Final[Organization] = get_typed("org:central-intelligence-agency", Organization)
"""Central Intelligence Agency"""
CHINESE_DELEGATION: Final[Organization] = get_typed("org:chinese-delegation", Organization)
"""Chinese delegation"""
CHINESE_LAW_ENFORCEMENT_FORCES: Final[Organization] = get_typed("org:chinese-law-enforcement-forces", Organization)
"""Chinese law enforcement forces"""
CHINESE_SECURITY_SERVICES: Final[Organization] = get_typed("org:chinese-security-services", Organization)
"""Chinese security services"""
CIS_ANTI_TERRORIST_CENTER: Final[Organization] = get_typed("org:cis-anti-terrorist-center", Organization)
"""CIS Anti-Terrorist Center"""
COLLECTIVE_SECURITY_TREATY_ORGANIZATION: Final[Organization] = get_typed("org:collective-security-treaty-organization", Organization)
"""Collective Security Treaty Organization"""
COMMONWEALTH_OF_INDEPENDENT_STATES: Final[Organization] = get_typed("org:commonwealth-of-independent-states", Organization)
"""Commonwealth of Independent States"""
CONFERENCE_OF_PRESIDENTS_OF_MAJOR_JEWISH_ORGANIZATIONS: Final[Organization] = get_typed("org:conference-of-presidents-of-major-jewish-organizations", Organization)
"""Conference of Presidents of Major Jewish Organizations"""
CONFERENCE_ON_INTERACTION_AND_CONFIDENCE_BUILDING_MEASURES_IN_ASIA: Final[Organization] = get_typed("org:conference-on-interaction-and-confidence-building-measures-in-asia", Organization)
"""Conference on Interaction and Confidence Building Measures in Asia"""
DEFENSE_MINISTRY_OF_CHINA: Final[Organization] = get_typed("org:defense-ministry-of-china", Organization)
"""Chinese Defense Ministry"""
DEFENSE_MINISTRY_OF_KAZAKHSTAN: Final[Organization] = get_typed("org:defense-ministry-of-kazakhstan", Organization)
"""Kazakh Defense Ministry"""
DEUTSCHE_WELLE: Final[Organization] = get_typed("org:deutsche-welle", Organization)
"""Deutsche Welle"""
EAST_TURKESTAN_LIBERATION_ORGANIZATION: Final[Organization] = get_typed("org:east-turkestan-liberation-organization", Organization)
"""East Turkestan Liberation Organization"""
EMERGENCY_SITUATIONS_MINISTRY: Final[Organization] = get_typed("org:emergency-situations-ministry", Organization)
"""Emergency Situations Ministry"""
EURASIA_DAILY_MONITOR: Final[Organization] = get_typed("org:eurasia-daily-monitor", Organization)
"""Eurasia Daily Monitor"""
EURASIA_GROUP: Final[Organization] = get_typed("org:eurasia-group", Organization)
"""Eurasia Group"""
EURASIAN_UNIVERSITY: Final[Organization] = get_typed("org:eurasian-university", Organization)
"""Eurasian University"""
EURO_ATLANTIC_PARTNERSHIP_COUNCIL: Final[Organization] = get_typed("org:euro-atlantic-partnership-council", Organization)
"""Euro-Atlantic Partnership Council"""
FOR_A_JUST_KAZAKHSTAN: Final[Organization] = get_typed("org:for-a-just-kazakhstan", Organization)
"""For a Just Kazakhstan"""
FOREIGN_MINISTRY_OF_CHINA: Final[Organization] = get_typed("org:foreign-ministry-of-china", Organization)
"""Chinese Foreign Ministry"""
FOREIGN_MINISTRY_OF_KAZAKHSTAN: Final[Organization] = get_typed("org:foreign-ministry-of-kazakhstan", Organization)
"""Kazakh Foreign Ministry"""
FSB: Final[Organization] = get_typed("org:fsb", Organization)
"""FSB"""
GLOBAL_PROGRAM_AGAINST_MONEY_LAUNDERING: Final[Organization] = get_typed("org:global-program-against-money-laundering", Organization)
"""Global Program against Money Laundering"""
GOVERNMENT_OF_CHINA: Final[Organization] = get_typed("org:government-of-china", Organization)
"""Chinese Government"""
GOVERNMENT_OF_GEORGIA: Final[Organization] = get_typed("org:government-of-georgia", Organization)
"""Government of Georgia"""
GOVERNMENT_OF_KAZAKHSTAN: Final[Organization] = get_typed("org:government-of-kazakhstan", Organization)
"""Government of Kazakhstan"""
GOVERNMENT_OF_KYRGYZSTAN: Final[Organization] = get_typed("org:government-of-kyrgyzstan", Organization)
"""Kyrgyz government"""
GOVERNMENT_OF_MOLDOVA: Final[Organization] = get_typed("org:government-of-moldova", Organization)
"""Government of Moldova"""
GOVERNMENT_OF_PAKISTAN: Final[Organization] = get_typed("org:government-of-pakistan", Organization)
"""Government of Pakistan"""
GOVERNMENT_OF_TURKMENISTAN: Final[Organization] = get_typed("org:government-of-turkmenistan", Organization)
"""Government of Turkmenistan"""
GOVERNMENT_OF_UZBEKISTAN: Final[Organization] = get_typed("org:government-of-uzbekistan", Organization)
"""Uzbek government"""
HAMAS: Final[Organization] = get_typed("org:hamas", Organization)
"""Hamas"""
HIZB_UT_TAHRIR: Final[Organization] = get_typed("org:hizb-ut-tahrir", Organization)
"""Hizb ut-Tahrir"""
HUMAN_RIGHTS_SOCIETY_OF_UZBEKISTAN: Final[Organization] = get_typed("org:human-rights-society-of-uzbekistan", Organization)
"""Human Rights Society of Uzbekistan"""
HUMAN_RIGHTS_WATCH: Final[Organization] = get_typed("org:human-rights-watch", Organization)
"""Human Rights Watch"""
HUMANITARIAN_INSTITUTE: Final[Organization] = get_typed("org:humanitarian-institute", Organization)
"""Humanitarian Institute"""
INDIAN_PARLIAMENT: Final[Organization] = get_typed("org:indian-parliament", Organization)
"""Indian Parliament"""
INSTITUTE_FOR_ECONOMICS_AND_PEACE: Final[Organization] = get_typed("org:institute-for-economics-and-peace", Organization)
"""Institute for Economics and Peace"""
INSTITUTE_FOR_WAR_AND_PEACE_REPORTING: Final[Organization] = get_typed("org:institute-for-war-and-peace-reporting", Organization)
"""Institute for War and Peace Reporting"""
INTERIOR_MINISTRY_OF_KAZAKHSTAN: Final[Organization] = get_typed("org:interior-ministry-of-kazakhstan", Organization)
"""Interior Ministry"""
INTERIOR_MINISTRY_OF_THE_UAE: Final[Organization] = get_typed("org:interior-ministry-of-the-uae", Organization)
"""Interior Ministry of the UAE"""
INTERNATIONAL_ANTI_TERRORISM_COALITION: Final[Organization] = get_typed("org:international-anti-terrorism-coalition", Organization)
"""international anti-terrorism coalition"""
INTERNATIONAL_MONETARY_FUND: Final[Organization] = get_typed("org:international-monetary-fund", Organization)
"""International Monetary Fund"""
INTERNATIONAL_RELATIONS_INSTITUTE: Final[Organization] = get_typed("org:international-relations-institute", Organization)
"""International Relations Institute"""
ISLAMIC_FRONT_OF_KAZAKHSTAN: Final[Organization] = get_typed("org:islamic-front-of-kazakhstan", Organization)
"""Islamic Front of Kazakhstan"""
ISLAMIC_JIHAD: Final[Organization] = get_typed("org:islamic-jihad", Organization)
"""Islamic Jihad"""
ISLAMIC_MOVEMENT_OF_UZBEKISTAN: Final[Organization] = get_typed("org:islamic-movement-of-uzbekistan", Organization)
"""Islamic Movement of Uzbekistan"""
ISLAMIC_PARTY_OF_EASTERN_TURKESTAN: Final[Organization] = get_typed("org:islamic-party-of-eastern-turkestan", Organization)
"""Islamic Party of Eastern Turkestan"""
ISN_SECURITY_WATCH: Final[Organization] = get_typed("org:isn-security-watch", Organization)
"""ISN Security Watch"""
JAMAAT_OF_CENTRAL_ASIAN_MUJAHEDINS: Final[Organization] = get_typed("org:jamaat-of-central-asian-mujahedins", Organization)
"""Jamaat of Central Asian Mujahedins"""
JUSTICE_MINISTRY: Final[Organization] = get_typed("org:justice-ministry", Organization)
"""Justice Ministry"""
KAGANAT_RELIGIOUS_EDUCATION_CENTER: Final[Organization] = get_typed("org:kaganat-religious-education-center", Organization)
"""Kaganat religious education center"""
KARZAI_ADMINISTRATION: Final[Organization] = get_typed("org:karzai-administration", Organization)
"""Karzai administration"""
KAZAKH_ARMY: Final[Organization] = get_typed("org:kazakh-army", Organization)
"""Kazakh Army"""
KAZAKH_POLICE: Final[Organization] = get_typed("org:kazakh-police", Organization)
"""Kazakh police"""
KAZAKH_SPECIAL_FORCES: Final[Organization] = get_typed("org:kazakh-special-forces", Organization)
"""Kazakh special forces"""
KAZAKHSTAN_BORDER_ADMINISTRATION: Final[Organization] = get_typed("org:kazakhstan-border-administration", Organization)
"""Kazakhstan's border administration"""
KAZAKHSTAN_COUNTERTERRORISM_CENTER: Final[Organization] = get_typed("org:kazakhstan-counterterrorism-center", Organization)
"""Kazakhstan's counterterrorism center"""
KAZAKHSTAN_NATIONAL_BORDER_GUARD: Final[Organization] = get_typed("org:kazakhstan-national-border-guard", Organization)
"""Kazakhstan's national border guard force"""
KAZAKHSTAN_SECURITY_COUNCIL: Final[Organization] = get_typed("org:kazakhstan-security-council", Organization)
"""Kazakhstan Security Council"""
KAZIMIRCHUK_GROUP: Final[Organization] = get_typed("org:kazimirchuk-group", Organization)
"""Kazimirchuk group"""
KNB: Final[Organization] = get_typed("org:knb", Organization)
"""National Security Committee"""
KNB_SECRET_POLICE_ANTI_TERRORISM_CENTER: Final[Organization] = get_typed("org:knb-secret-police-anti-terrorism-center", Organization)
"""National Security Committee Secret Police's Anti-terrorism Center"""
KURDISTAN_WORKERS_PARTY: Final[Organization] = get_typed("org:kurdistan-workers-party", Organization)
"""Kurdistan Workers Party"""
KYRGYZ_POLICE: Final[Organization] = get_typed("org:kyrgyz-police", Organization)
"""Kyrgyz police"""
LASHKAR_E_TOIBA: Final[Organization] = get_typed("org:lashkar-e-toiba", Organization)
"""Lashkar-e-Toiba"""
LOCAL_GOVERNMENT: Final[Organization] = get_typed("org:local-government", Organization)
"""local government"""
LOWER_HOUSE_OF_PARLIAMENT_OF_KAZAKHSTAN: Final[Organization] = get_typed("org:lower-house-of-parliament-of-kazakhstan", Organization)
"""Lower House of Parliament"""
MUSLIM_BROTHERHOOD: Final[Organization] = get_typed("org:muslim-brotherhood", Organization)
"""Muslim Brotherhood"""
NATIONAL_COALITION_SUPPORTING_SOVIET_JEWRY: Final[Organization] = get_typed("org:national-coalition-supporting-soviet-jewry", Organization)
"""National Coalition Supporting Soviet Jewry"""
NATIONAL_SECURITY_SERVICE_OF_KYRGYZSTAN: Final[Organization] = get_typed("org:national-security-service-of-kyrgyzstan", Organization)
"""National Security Service of Kyrgyzstan"""
NATO: Final[Organization] = get_typed("org:nato", Organization)
"""North Atlantic Treaty Organization"""
NEW_YORK_TIMES: Final[Organization] = get_typed("org:new-york-times", Organization)
"""The New York Times"""
NEZAVISIMAYA_GAZETA: Final[Organization] = get_typed("org:nezavisimaya-gazeta", Organization)
"""Nezavisimaya Gazeta"""
NOVOYE_POKOLENIYE: Final[Organization] = get_typed("org:novoye-pokoleniye", Organization)
"""Novoye Pokoleniye"""
ORGANIZATION_FOR_SECURITY_AND_COOPERATION_IN_EUROPE: Final[Organization] = get_typed("org:organization-for-security-and-cooperation-in-europe", Organization)
"""Organization for Security and Cooperation in Europe"""
OSKEMEN_COURT: Final[Organization] = get_typed("org:oskemen-court", Organization)
"""Öskemen court"""
PAYVAND: Final[Organization] = get_typed("org:payvand", Organization)
"""Payvand"""
PRAVDA: Final[Organization] = get_typed("org:pravda", Organization)
"""Pravda"""
PROSECUTOR_GENERALS_OFFICE: Final[Organization] = get_typed("org:prosecutor-generals-office", Organization)
"""Prosecutor-General's Office"""
RADIO_FREE_EUROPE: Final[Organization] = get_typed("org:radio-free-europe", Organization)
"""Radio Free Europe"""
RELIGIOUS_AFFAIRS_COMMITTEE: Final[Organization] = get_typed("org:religious-affairs-committee", Organization)
"""Religious Affairs Committee"""
RUSSIAN_DEFENSE_MINISTRY: Final[Organization] = get_typed("org:russian-defense-ministry", Organization)
"""Russian Defense Ministry"""
RUSSIAN_GENERAL_STAFF: Final[Organization] = get_typed("org:russian-general-staff", Organization)
"""Russian General Staff"""
RUSSIAN_STATE_DUMA: Final[Organization] = get_typed("org:russian-state-duma", Organization)
"""Russian State Duma"""
SAUDI_BINLADIN_GROUP: Final[Organization] = get_typed("org:saudi-binladin-group", Organization)
"""Saudi Binladin Group"""
SCO_REGIONAL_ANTI_TERRORIST_CENTER: Final[Organization] = get_typed("org:sco-regional-anti-terrorist-center", Organization)
"""Regional Anti-terrorist Center of the Shanghai Cooperation Organisation"""
SCO_REGIONAL_ANTI_TERRORIST_CENTER_EXECUTIVE_COMMITTEE: Final[Organization] = get_typed("org:sco-regional-anti-terrorist-center-executive-committee", Organization)
"""executive committee of the Regional Anti-terrorist Center of the Shanghai Cooperation Organisation"""
SHANGHAI_COOPERATION_ORGANISATION: Final[Organization] = get_typed("org:shanghai-cooperation-organisation", Organization)
"""Shanghai Cooperation Organisation"""
SHYMKENT_MUNICIPAL_COURT: Final[Organization] = get_typed("org:shymkent-municipal-court", Organization)
"""Shymkent municipal court"""
SINGAPOREAN_PARLIAMENT: Final[Organization] = get_typed("org:singaporean-parliament", Organization)
"""Singaporean Parliament"""
SOCIAL_REFORMS_SOCIETY: Final[Organization] = get_typed("org:social-reforms-society", Organization)
"""Social Reforms Society"""
SOUTH_KAZAKHSTAN_REGION_INTERIOR_DEPARTMENT: Final[Organization] = get_typed("org:south-kazakhstan-region-interior-department", Organization)
"""South Kazakhstan Region interior department"""
STATE_SECURITY_COMMITTEE: Final[Organization] = get_typed("org:state-security-committee", Organization)
"""State Security Committee"""
STEPNOGORSK_ZHAMAAT_TERRORIST_GROUP: Final[Organization] = get_typed("org:stepnogorsk-zhamaat-terrorist-group", Organization)
"""Stepnogorsk zhamaat terrorist group"""
STRATEGIC_STUDIES_AND_RESEARCH_INSTITUTE: Final[Organization] = get_typed("org:strategic-studies-and-research-institute", Organization)
"""Strategic Studies and Research Institute"""
SUPREME_COURT: Final[Organization] = get_typed("org:supreme-court", Organization)
"""Supreme Court"""
TABLIGHI_JAMAAT: Final[Organization] = get_typed("org:tablighi-jamaat", Organization)
"""Tablighi Jamaat"""
TALIBAN: Final[Organization] = get_typed("org:taliban", Organization)
"""Taliban"""
TASHKENT_POLICE: Final[Organization] = get_typed("org:tashkent-police", Organization)
"""Tashkent police"""
TURKMEN_FOREIGN_MINISTRY: Final[Organization] = get_typed("org:turkmen-foreign-ministry", Organization)
"""Turkmen Foreign Ministry"""
UN_COUNTER_TERRORISM_COMMITTEE: Final[Organization] = get_typed("org:un-counter-terrorism-committee", Organization)
"""Counter-Terrorism Committee"""
UN_SECURITY_COUNCIL: Final[Organization] = get_typed("org:un-security-council", Organization)
"""United Nations Security Council"""
UNHCR: Final[Organization] = get_typed("org:unhcr", Organization)
"""Office of the United Nations High Commissioner for Refugees"""
UNION_OF_MUSLIMS_OF_KAZAKHSTAN: Final[Organization] = get_typed("org:union-of-muslims-of-kazakhstan", Organization)
"""Union of Muslims of Kazakhstan"""
UNITED_NATIONS: Final[Organization] = get_typed("org:united-nations", Organization)
"""United Nations"""
UNITED_NATIONS_OFFICE_FOR_DRUG_CONTROL_AND_CRIME_PREVENTION: Final[Organization] = get_typed("org:united-nations-office-for-drug-control-and-crime-prevention", Organization)
"""United Nations Office for Drug Control and Crime Prevention"""
UNITED_STATES_GOVERNMENT: Final[Organization] = get_typed("org:united-states-government", Organization)
"""United States Government"""
UNIVERSITY_OF_CALIFORNIA_LOS_ANGELES: Final[Organization] = get_typed("org:university-of-california-los-angeles", Organization)
"""University of California, Los Angeles"""
US_ARMED_FORCES: Final[Organization] = get_typed("org:us-armed-forces", Organization)
"""U.S. armed forces"""
US_CENTRAL_COMMAND: Final[Organization] = get_typed("org:us-central-command", Organization)
"""U.S. Central Command"""
US_EMBASSY: Final[Organization] = get_typed("org:us-embassy", Organization)
"""U.S. embassy"""
UST_KAMENOGORSK_MUNICIPAL_COUNCIL: Final[Organization] = get_typed("org:ust-kamenogorsk-municipal-council", Organization)
"""Ust-Kamenogorsk municipal council"""
UYGHUR_NATIONALISTS: Final[Organization] = get_typed("org:uyghur-nationalists", Organization)
"""Uyghur nationalists"""
UZBEK_POLICE: Final[Organization] = get_typed("org:uzbek-police", Organization)
"""Uzbek police"""
UZBEK_SECURITY_FORCES: Final[Organization] = get_typed("org:uzbek-security-forces", Organization)
"""Uzbek security forces"""
UZBEK_SECURITY_SERVICE: Final[Organization] = get_typed("org:uzbek-security-service", Organization)
"""Uzbek security service"""
UZBEKISTAN_NATIONAL_BORDER_GUARD: Final[Organization] = get_typed("org:uzbekistan-national-border-guard", Organization)
"""Uzbekistan's national border guard force"""
WAISI_MOVEMENT: Final[Organization] = get_typed("org:waisi-movement", Organization)
"""Wäisi movement"""
XINHUA: Final[Organization] = get_typed("org:xinhua", Organization)
"""Xinhua"""
