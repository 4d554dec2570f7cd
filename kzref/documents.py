"""Documents in kzref, one typed constant per record.

Generated from the records by ``python -m kzref.maintain.codegen``; do not edit by hand.
"""

from __future__ import annotations

from typing import Final

from kzref.model.entities import Document
from kzref.registry import get_typed

__all__ = [
    "AN_OPEN_LETTER_TO_FRENCH_PRESIDENT_JACQUES_CHIRAC",
    "BASIC_DOCUMENTS_OF_THE_SCO",
    "BUSH_LETTER_TO_NAZARBAYEV",
    "CDI_PROFILE_OF_KAZAKHSTAN",
    "CHINESE_GOVERNMENT_PRESS_RELEASE",
    "CONSTITUTION_OF_KAZAKHSTAN",
    "CRIMINAL_CODE_OF_KAZAKHSTAN",
    "DOCUMENT_2016_GLOBAL_TERRORISM_INDEX",
    "EVIL_SCHEMES_OF_AMERICA",
    "HIZB_UT_TAHRIR_BOOKS",
    "HIZB_UT_TAHRIR_LEAFLETS",
    "HRW_OPEN_LETTER_TO_CTC",
    "JCAM_2004_EXTREMIST_PROPAGANDA",
    "JCAM_2004_FORGED_DOCUMENTS",
    "JCAM_2006_EXPLOSIVES_INSTRUCTIONS",
    "JCAM_2006_EXTREMIST_BOOKS_AND_TAPES",
    "JCAM_2006_FOREIGN_IDEOLOGISTS_LETTERS",
    "JCAM_2006_TARGET_MAPS",
    "KASYMOV_NEZAVISIMAYA_GAZETA_INTERVIEW",
    "KAZAKHSTAN_LAWS_ON_MISSIONARY_ACTIVITY",
    "KAZAKH_FOREIGN_MINISTRY_STATEMENT_ON_KASYMOV",
    "KAZAKH_LAW_BANNING_EXTREMISM",
    "LETTERS_OF_SUPPORT_FOR_PEACE_AND_HARMONY_CONFERENCE",
    "LIST_OF_BANNED_TERRORIST_ORGANIZATIONS",
    "LIST_OF_TERRORIST_ORGANIZATIONS_RECOGNIZED_BY_CSTO_AND_SCO",
    "NAZARBAYEV_MESSAGE_TO_BUSH",
    "NEW_YORK_TIMES_REPORT_ON_BORDER_FENCE",
    "OSAMA_BIN_LADEN_SPEECH_VIDEOTAPE",
    "STATEMENT_OF_PRINCIPLES",
    "STEPNOGORSK_ZHAMAAT_LITERATURE",
    "TURKMEN_FOREIGN_MINISTRY_BORDER_STATEMENT",
    "US_DESIGNATED_TERRORIST_ASSET_FREEZE_LIST",
    "WHO_IS_RESPONSIBLE_FOR_TASHKENT_BLASTS",
]

DOCUMENT_2016_GLOBAL_TERRORISM_INDEX: Final[Document] = get_typed("document:2016-global-terrorism-index", Document)
"""2016 Global Terrorism Index"""
AN_OPEN_LETTER_TO_FRENCH_PRESIDENT_JACQUES_CHIRAC: Final[Document] = get_typed("document:an-open-letter-to-french-president-jacques-chirac", Document)
"""An Open Letter to French President Jacques Chirac"""
BASIC_DOCUMENTS_OF_THE_SCO: Final[Document] = get_typed("document:basic-documents-of-the-sco", Document)
"""basic documents of the Shanghai Cooperation Organisation"""
BUSH_LETTER_TO_NAZARBAYEV: Final[Document] = get_typed("document:bush-letter-to-nazarbayev", Document)
"""Bush letter to Nazarbayev of 12 February"""
CDI_PROFILE_OF_KAZAKHSTAN: Final[Document] = get_typed("document:cdi-profile-of-kazakhstan", Document)
"""CDI's profile of Kazakhstan"""
CHINESE_GOVERNMENT_PRESS_RELEASE: Final[Document] = get_typed("document:chinese-government-press-release", Document)
"""Chinese Government press release"""
CONSTITUTION_OF_KAZAKHSTAN: Final[Document] = get_typed("document:constitution-of-kazakhstan", Document)
"""constitution"""
CRIMINAL_CODE_OF_KAZAKHSTAN: Final[Document] = get_typed("document:criminal-code-of-kazakhstan", Document)
"""Criminal Code of the Republic of Kazakhstan"""
EVIL_SCHEMES_OF_AMERICA: Final[Document] = get_typed("document:evil-schemes-of-america", Document)
"""Evil Schemes of America"""
HIZB_UT_TAHRIR_BOOKS: Final[Document] = get_typed("document:hizb-ut-tahrir-books", Document)
"""Hizb-ut-Tahrir books"""
HIZB_UT_TAHRIR_LEAFLETS: Final[Document] = get_typed("document:hizb-ut-tahrir-leaflets", Document)
"""Hizb ut-Tahrir leaflets"""
HRW_OPEN_LETTER_TO_CTC: Final[Document] = get_typed("document:hrw-open-letter-to-ctc", Document)
"""Human Rights Watch open letter to the CTC"""
JCAM_2004_EXTREMIST_PROPAGANDA: Final[Document] = get_typed("document:jcam-2004-extremist-propaganda", Document)
"""extremist propaganda"""
JCAM_2004_FORGED_DOCUMENTS: Final[Document] = get_typed("document:jcam-2004-forged-documents", Document)
"""forged documents"""
JCAM_2006_EXPLOSIVES_INSTRUCTIONS: Final[Document] = get_typed("document:jcam-2006-explosives-instructions", Document)
"""instructions on explosive construction"""
JCAM_2006_EXTREMIST_BOOKS_AND_TAPES: Final[Document] = get_typed("document:jcam-2006-extremist-books-and-tapes", Document)
"""extremist books and tapes"""
JCAM_2006_FOREIGN_IDEOLOGISTS_LETTERS: Final[Document] = get_typed("document:jcam-2006-foreign-ideologists-letters", Document)
"""letters found by police"""
JCAM_2006_TARGET_MAPS: Final[Document] = get_typed("document:jcam-2006-target-maps", Document)
"""maps of targets"""
KASYMOV_NEZAVISIMAYA_GAZETA_INTERVIEW: Final[Document] = get_typed("document:kasymov-nezavisimaya-gazeta-interview", Document)
"""Nezavisimaya Gazeta interview with Vyacheslav Kasymov"""
KAZAKH_FOREIGN_MINISTRY_STATEMENT_ON_KASYMOV: Final[Document] = get_typed("document:kazakh-foreign-ministry-statement-on-kasymov", Document)
"""Kazakh Foreign Ministry statement on Kasymov"""
KAZAKH_LAW_BANNING_EXTREMISM: Final[Document] = get_typed("document:kazakh-law-banning-extremism", Document)
"""Kazakh law banning extremism"""
KAZAKHSTAN_LAWS_ON_MISSIONARY_ACTIVITY: Final[Document] = get_typed("document:kazakhstan-laws-on-missionary-activity", Document)
"""Kazakhstan's laws on missionary activity"""
LETTERS_OF_SUPPORT_FOR_PEACE_AND_HARMONY_CONFERENCE: Final[Document] = get_typed("document:letters-of-support-for-peace-and-harmony-conference", Document)
"""Letters of support for the International Conference on Peace and Harmony"""
LIST_OF_BANNED_TERRORIST_ORGANIZATIONS: Final[Document] = get_typed("document:list-of-banned-terrorist-organizations", Document)
"""list of banned terrorist organizations"""
LIST_OF_TERRORIST_ORGANIZATIONS_RECOGNIZED_BY_CSTO_AND_SCO: Final[Document] = get_typed("document:list-of-terrorist-organizations-recognized-by-csto-and-sco", Document)
"""list of terrorist organizations recognized by the CSTO and SCO"""
NAZARBAYEV_MESSAGE_TO_BUSH: Final[Document] = get_typed("document:nazarbayev-message-to-bush", Document)
"""Nazarbayev's message to George W. Bush"""
NEW_YORK_TIMES_REPORT_ON_BORDER_FENCE: Final[Document] = get_typed("document:new-york-times-report-on-border-fence", Document)
"""The New York Times report on the Kazakh border fence"""
OSAMA_BIN_LADEN_SPEECH_VIDEOTAPE: Final[Document] = get_typed("document:osama-bin-laden-speech-videotape", Document)
"""videotape of a speech given by Osama bin Laden"""
STATEMENT_OF_PRINCIPLES: Final[Document] = get_typed("document:statement-of-principles", Document)
"""statement of principles"""
STEPNOGORSK_ZHAMAAT_LITERATURE: Final[Document] = get_typed("document:stepnogorsk-zhamaat-literature", Document)
"""literature inciting terrorism"""
TURKMEN_FOREIGN_MINISTRY_BORDER_STATEMENT: Final[Document] = get_typed("document:turkmen-foreign-ministry-border-statement", Document)
"""Turkmen Foreign Ministry statement on the border with Uzbekistan"""
US_DESIGNATED_TERRORIST_ASSET_FREEZE_LIST: Final[Document] = get_typed("document:us-designated-terrorist-asset-freeze-list", Document)
"""U.S. designated terrorist asset-freeze list"""
WHO_IS_RESPONSIBLE_FOR_TASHKENT_BLASTS: Final[Document] = get_typed("document:who-is-responsible-for-tashkent-blasts", Document)
"""Who is responsible for Tashkent blasts?"""
