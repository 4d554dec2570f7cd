"""People in kzref, one typed constant per record.

Generated from the records by ``python -m kzref.maintain.codegen``; do not edit by hand.
"""

from __future__ import annotations

from typing import Final

from kzref.model.entities import Person
from kzref.registry import get_typed

__all__ = [
    "ABDALLAH_TOHTASINOVICH_MAGRUPOV",
    "ABDULLAH_TARMUGI",
    "ABDULRAHIM_KERIMBAKIEV",
    "ADIS_KERIMSHIYEV",
    "AHMAD_BEKMIRZAEV",
    "AIDOS_USMONOV",
    "ALEXANDER_SHUSHANNIKOV",
    "ALTYNBEK",
    "ANDREI_DENISOV",
    "ASKAR_AMERKHANOV",
    "ASKAR_MUSINOV",
    "ATAL_BIHARI_VAJPAYEE",
    "AVAZ_SHOYUSUPOV",
    "BEIBUT_SAPARALY",
    "BEKSULTAN_SARSENOV",
    "BORIS_MYLNIKOV",
    "BRUCE_PANNIER",
    "CONRAD_BURNS",
    "DENNIS_REHBERG",
    "DONALD_RUMSFELD",
    "DUTBAYEV",
    "EMOMALI_RAHMONOV",
    "ERIK_ROSLYAKOV",
    "FAYOZ_TOJIHALILOV",
    "GARY_ACKERMAN",
    "GENNADY_SELEZNEV",
    "GEORGE_W_BUSH",
    "HAROUT_SEMERDJIAN",
    "HENRY_WAXMAN",
    "HIBRATULLA_DOSKALIYEV",
    "HOLLY_CARTNER",
    "HU_JINTAO",
    "IBRAGIM_ALIBEKOV",
    "ILKHAM_TURDBYAVICH_BATAYEV",
    "ISA_ERUOV",
    "ISLAM_DOSMAILULY",
    "ISLAM_KARIMOV",
    "JACQUES_CHIRAC",
    "JAHONGIR_MAQSUDOV",
    "JOHN_ABIZAID",
    "JOHN_MACLEOD",
    "JOSEPH_PITTS",
    "KAIRAT_TULESOV",
    "KENZHENBULAT_BEKNAZAROV",
    "KONSTANTIN_SYROYEZHKIN",
    "KRISHAN_KANT",
    "KUANYSH_BEKZHANOV",
    "KURMANBEK_BAKIYEV",
    "K_R_NARAYANAN",
    "LARISA_DMITRIYUK",
    "LUTFULLO_SHAMSUDINOV",
    "MAKHIRA_IBRAGIMOVA",
    "MALCOLM_HOENLEIN",
    "MARAT_TAZHIN",
    "MARAT_YERMUKANOV",
    "MARY_LANDRIEU",
    "MENG_HONGWEI",
    "MORTIMER_ZUCKERMAN",
    "MUKHTAR_ALTYNBAYEV",
    "MURAT_ABDIROV",
    "NURSULTAN_NAZARBAYEV",
    "OBIDKHON_QORI_NAZAROV",
    "ODILJON_RAHIMOV",
    "ORAL_MUKHAMEDZHANOV",
    "ORRIN_HATCH",
    "OSAMA_BIN_LADEN",
    "RACHEL_DENBER",
    "RAHIMJAN_MAKHATOV",
    "RAO",
    "RASHID_TUSUPBEKOV",
    "RASULJON_PIRMATOV",
    "ROBERT_WEXLER",
    "RUSTAM_CHAGILOV",
    "RUSTAM_MUMINOV",
    "SAM_BROWNBACK",
    "SAULEBEK_ZHAMKENULY",
    "SAYF_BIN_ZAYID_AL_NUHAYYAN",
    "SELLAPAN_RAMANATHAN",
    "SERGEI_IVANOV",
    "SERGEI_MINENKOV",
    "SERIKBAI_ALIBAYEV",
    "SONIA_GANDHI",
    "TANYA_COSTELLO",
    "USMAN",
    "VAKHA_IZMAILOV",
    "VLADIMIR_BOZHKO",
    "VLADIMIR_KAZIMIRCHUK",
    "VYACHESLAV_KASYMOV",
    "YAQUB_ABAHANOV",
    "YOQUB_TOSHBOEV",
    "YURY_BALUYEVSKY",
    "ZAMANBEK",
    "ZAURESH_BATTALOVA",
    "ZHAKSHYBEK_BIIMURZAEV",
]

ABDALLAH_TOHTASINOVICH_MAGRUPOV: Final[Person] = get_typed("person:abdallah-tohtasinovich-magrupov", Person)
"""Abdallah Tohtasinovich Magrupov"""
ABDULLAH_TARMUGI: Final[Person] = get_typed("person:abdullah-tarmugi", Person)
"""Abdullah Tarmugi"""
ABDULRAHIM_KERIMBAKIEV: Final[Person] = get_typed("person:abdulrahim-kerimbakiev", Person)
"""Abdulrahim Kerimbakiev"""
ADIS_KERIMSHIYEV: Final[Person] = get_typed("person:adis-kerimshiyev", Person)
"""Adis Kerimshiyev"""
AHMAD_BEKMIRZAEV: Final[Person] = get_typed("person:ahmad-bekmirzaev", Person)
"""Ahmad Bekmirzaev"""
AIDOS_USMONOV: Final[Person] = get_typed("person:aidos-usmonov", Person)
"""Aidos Usmonov"""
ALEXANDER_SHUSHANNIKOV: Final[Person] = get_typed("person:alexander-shushannikov", Person)
"""Alexander Shushannikov"""
ALTYNBEK: Final[Person] = get_typed("person:altynbek", Person)
"""Altynbek"""
ANDREI_DENISOV: Final[Person] = get_typed("person:andrei-denisov", Person)
"""Andrei Denisov"""
ASKAR_AMERKHANOV: Final[Person] = get_typed("person:askar-amerkhanov", Person)
"""Askar Amerkhanov"""
ASKAR_MUSINOV: Final[Person] = get_typed("person:askar-musinov", Person)
"""Askar Musinov"""
ATAL_BIHARI_VAJPAYEE: Final[Person] = get_typed("person:atal-bihari-vajpayee", Person)
"""Atal Bihari Vajpayee"""
AVAZ_SHOYUSUPOV: Final[Person] = get_typed("person:avaz-shoyusupov", Person)
"""Avaz Shoyusupov"""
BEIBUT_SAPARALY: Final[Person] = get_typed("person:beibut-saparaly", Person)
"""Beibut Saparaly"""
BEKSULTAN_SARSENOV: Final[Person] = get_typed("person:beksultan-sarsenov", Person)
"""Beksultan Sarsenov"""
BORIS_MYLNIKOV: Final[Person] = get_typed("person:boris-mylnikov", Person)
"""Boris Mylnikov"""
BRUCE_PANNIER: Final[Person] = get_typed("person:bruce-pannier", Person)
"""Bruce Pannier"""
CONRAD_BURNS: Final[Person] = get_typed("person:conrad-burns", Person)
"""Conrad Burns"""
DENNIS_REHBERG: Final[Person] = get_typed("person:dennis-rehberg", Person)
"""Dennis Rehberg"""
DONALD_RUMSFELD: Final[Person] = get_typed("person:donald-rumsfeld", Person)
"""Donald Rumsfeld"""
DUTBAYEV: Final[Person] = get_typed("person:dutbayev", Person)
"""Dutbayev"""
EMOMALI_RAHMONOV: Final[Person] = get_typed("person:emomali-rahmonov", Person)
"""Emomali Rahmonov"""
ERIK_ROSLYAKOV: Final[Person] = get_typed("person:erik-roslyakov", Person)
"""Erik Roslyakov"""
FAYOZ_TOJIHALILOV: Final[Person] = get_typed("person:fayoz-tojihalilov", Person)
"""Fayoz Tojihalilov"""
GARY_ACKERMAN: Final[Person] = get_typed("person:gary-ackerman", Person)
"""Gary Ackerman"""
GENNADY_SELEZNEV: Final[Person] = get_typed("person:gennady-seleznev", Person)
"""Gennady Seleznev"""
GEORGE_W_BUSH: Final[Person] = get_typed("person:george-w-bush", Person)
"""George W. Bush"""
HAROUT_SEMERDJIAN: Final[Person] = get_typed("person:harout-semerdjian", Person)
"""Harout Semerdjian"""
HENRY_WAXMAN: Final[Person] = get_typed("person:henry-waxman", Person)
"""Henry Waxman"""
HIBRATULLA_DOSKALIYEV: Final[Person] = get_typed("person:hibratulla-doskaliyev", Person)
"""Hibratulla Doskaliyev"""
HOLLY_CARTNER: Final[Person] = get_typed("person:holly-cartner", Person)
"""Holly Cartner"""
HU_JINTAO: Final[Person] = get_typed("person:hu-jintao", Person)
"""Hu Jintao"""
IBRAGIM_ALIBEKOV: Final[Person] = get_typed("person:ibragim-alibekov", Person)
"""Ibragim Alibekov"""
ILKHAM_TURDBYAVICH_BATAYEV: Final[Person] = get_typed("person:ilkham-turdbyavich-batayev", Person)
"""Ilkham Turdbyavich Batayev"""
ISA_ERUOV: Final[Person] = get_typed("person:isa-eruov", Person)
"""Isa Eruov"""
ISLAM_DOSMAILULY: Final[Person] = get_typed("person:islam-dosmailuly", Person)
"""Islam Dosmailuly"""
ISLAM_KARIMOV: Final[Person] = get_typed("person:islam-karimov", Person)
"""Islam Karimov"""
JACQUES_CHIRAC: Final[Person] = get_typed("person:jacques-chirac", Person)
"""Jacques Chirac"""
JAHONGIR_MAQSUDOV: Final[Person] = get_typed("person:jahongir-maqsudov", Person)
"""Jahongir Maqsudov"""
JOHN_ABIZAID: Final[Person] = get_typed("person:john-abizaid", Person)
"""John Abizaid"""
JOHN_MACLEOD: Final[Person] = get_typed("person:john-macleod", Person)
"""John MacLeod"""
JOSEPH_PITTS: Final[Person] = get_typed("person:joseph-pitts", Person)
"""Joseph Pitts"""
K_R_NARAYANAN: Final[Person] = get_typed("person:k-r-narayanan", Person)
"""K. R. Narayanan"""
KAIRAT_TULESOV: Final[Person] = get_typed("person:kairat-tulesov", Person)
"""Kairat Tulesov"""
KENZHENBULAT_BEKNAZAROV: Final[Person] = get_typed("person:kenzhenbulat-beknazarov", Person)
"""Kenzhenbulat Beknazarov"""
KONSTANTIN_SYROYEZHKIN: Final[Person] = get_typed("person:konstantin-syroyezhkin", Person)
"""Konstantin Syroyezhkin"""
KRISHAN_KANT: Final[Person] = get_typed("person:krishan-kant", Person)
"""Krishan Kant"""
KUANYSH_BEKZHANOV: Final[Person] = get_typed("person:kuanysh-bekzhanov", Person)
"""Kuanysh Bekzhanov"""
KURMANBEK_BAKIYEV: Final[Person] = get_typed("person:kurmanbek-bakiyev", Person)
"""Kurmanbek Bakiyev"""
LARISA_DMITRIYUK: Final[Person] = get_typed("person:larisa-dmitriyuk", Person)
"""Larisa Dmitriyuk"""
LUTFULLO_SHAMSUDINOV: Final[Person] = get_typed("person:lutfullo-shamsudinov", Person)
"""Lutfullo Shamsudinov"""
MAKHIRA_IBRAGIMOVA: Final[Person] = get_typed("person:makhira-ibragimova", Person)
"""Makhira Ibragimova"""
MALCOLM_HOENLEIN: Final[Person] = get_typed("person:malcolm-hoenlein", Person)
"""Malcolm Hoenlein"""
MARAT_TAZHIN: Final[Person] = get_typed("person:marat-tazhin", Person)
"""Marat Tazhin"""
MARAT_YERMUKANOV: Final[Person] = get_typed("person:marat-yermukanov", Person)
"""Marat Yermukanov"""
MARY_LANDRIEU: Final[Person] = get_typed("person:mary-landrieu", Person)
"""Mary Landrieu"""
MENG_HONGWEI: Final[Person] = get_typed("person:meng-hongwei", Person)
"""Meng Hongwei"""
MORTIMER_ZUCKERMAN: Final[Person] = get_typed("person:mortimer-zuckerman", Person)
"""Mortimer Zuckerman"""
MUKHTAR_ALTYNBAYEV: Final[Person] = get_typed("person:mukhtar-altynbayev", Person)
"""Mukhtar Altynbayev"""
MURAT_ABDIROV: Final[Person] = get_typed("person:murat-abdirov", Person)
"""Murat Abdirov"""
NURSULTAN_NAZARBAYEV: Final[Person] = get_typed("person:nursultan-nazarbayev", Person)
"""Nursultan Nazarbayev"""
OBIDKHON_QORI_NAZAROV: Final[Person] = get_typed("person:obidkhon-qori-nazarov", Person)
"""Obidkhon Qori Nazarov"""
ODILJON_RAHIMOV: Final[Person] = get_typed("person:odiljon-rahimov", Person)
"""Odiljon Rahimov"""
ORAL_MUKHAMEDZHANOV: Final[Person] = get_typed("person:oral-mukhamedzhanov", Person)
"""Oral Mukhamedzhanov"""
ORRIN_HATCH: Final[Person] = get_typed("person:orrin-hatch", Person)
"""Orrin Hatch"""
OSAMA_BIN_LADEN: Final[Person] = get_typed("person:osama-bin-laden", Person)
"""Osama bin Laden"""
RACHEL_DENBER: Final[Person] = get_typed("person:rachel-denber", Person)
"""Rachel Denber"""
RAHIMJAN_MAKHATOV: Final[Person] = get_typed("person:rahimjan-makhatov", Person)
"""Rahimjan Makhatov"""
RAO: Final[Person] = get_typed("person:rao", Person)
"""Rao"""
RASHID_TUSUPBEKOV: Final[Person] = get_typed("person:rashid-tusupbekov", Person)
"""Rashid Tusupbekov"""
RASULJON_PIRMATOV: Final[Person] = get_typed("person:rasuljon-pirmatov", Person)
"""Rasuljon Pirmatov"""
ROBERT_WEXLER: Final[Person] = get_typed("person:robert-wexler", Person)
"""Robert Wexler"""
RUSTAM_CHAGILOV: Final[Person] = get_typed("person:rustam-chagilov", Person)
"""Rustam Chagilov"""
RUSTAM_MUMINOV: Final[Person] = get_typed("person:rustam-muminov", Person)
"""Rustam Muminov"""
SAM_BROWNBACK: Final[Person] = get_typed("person:sam-brownback", Person)
"""Sam Brownback"""
SAULEBEK_ZHAMKENULY: Final[Person] = get_typed("person:saulebek-zhamkenuly", Person)
"""Saulebek Zhamkenuly"""
SAYF_BIN_ZAYID_AL_NUHAYYAN: Final[Person] = get_typed("person:sayf-bin-zayid-al-nuhayyan", Person)
"""Sayf Bin-Zayid al Nuhayyan"""
SELLAPAN_RAMANATHAN: Final[Person] = get_typed("person:sellapan-ramanathan", Person)
"""Sellapan Ramanathan"""
SERGEI_IVANOV: Final[Person] = get_typed("person:sergei-ivanov", Person)
"""Sergei Ivanov"""
SERGEI_MINENKOV: Final[Person] = get_typed("person:sergei-minenkov", Person)
"""Sergei Minenkov"""
SERIKBAI_ALIBAYEV: Final[Person] = get_typed("person:serikbai-alibayev", Person)
"""Serikbai Alibayev"""
SONIA_GANDHI: Final[Person] = get_typed("person:sonia-gandhi", Person)
"""Sonia Gandhi"""
TANYA_COSTELLO: Final[Person] = get_typed("person:tanya-costello", Person)
"""Tanya Costello"""
USMAN: Final[Person] = get_typed("person:usman", Person)
"""Usman"""
VAKHA_IZMAILOV: Final[Person] = get_typed("person:vakha-izmailov", Person)
"""Vakha Izmailov"""
VLADIMIR_BOZHKO: Final[Person] = get_typed("person:vladimir-bozhko", Person)
"""Vladimir Bozhko"""
VLADIMIR_KAZIMIRCHUK: Final[Person] = get_typed("person:vladimir-kazimirchuk", Person)
"""Vladimir Kazimirchuk"""
VYACHESLAV_KASYMOV: Final[Person] = get_typed("person:vyacheslav-kasymov", Person)
"""Vyacheslav Kasymov"""
YAQUB_ABAHANOV: Final[Person] = get_typed("person:yaqub-abahanov", Person)
"""Yaqub Abahanov"""
YOQUB_TOSHBOEV: Final[Person] = get_typed("person:yoqub-toshboev", Person)
"""Yoqub Toshboev"""
YURY_BALUYEVSKY: Final[Person] = get_typed("person:yury-baluyevsky", Person)
"""Yury Baluyevsky"""
ZAMANBEK: Final[Person] = get_typed("person:zamanbek", Person)
"""Zamanbek"""
ZAURESH_BATTALOVA: Final[Person] = get_typed("person:zauresh-battalova", Person)
"""Zauresh Battalova"""
ZHAKSHYBEK_BIIMURZAEV: Final[Person] = get_typed("person:zhakshybek-biimurzaev", Person)
"""Zhakshybek Biimurzaev"""
