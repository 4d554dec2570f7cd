"""Agreements in kzref, one typed constant per record.

Generated from the records by ``python -m kzref.maintain.codegen``; do not edit by hand.
"""

from __future__ import annotations

from typing import Final

from kzref.model.entities import Agreement
from kzref.registry import get_typed

__all__ = [
    "ACTION_PLAN",
    "DECLARATION_ON_ELIMINATING_TERRORISM_AND_PROMOTING_DIALOGUE_AMONG_CIVILIZATIONS",
    "FORUM_FOR_PEACE_AND_STABILITY",
    "GLOBAL_INITIATIVE_TO_COMBAT_NUCLEAR_TERRORISM",
    "INDIA_KAZAKHSTAN_JOINT_DECLARATION",
    "INDIA_KAZAKHSTAN_JOINT_WORKING_GROUP_ON_COUNTER_TERRORISM",
    "KAZAKHSTAN_UZBEKISTAN_COUNTER_TERRORISM_COOPERATION",
    "KAZAKH_PLEDGE_OF_HUMANITARIAN_ASSISTANCE_TO_AFGHANS",
    "KAZAKH_PLEDGE_TO_DEPORT_ILLEGAL_MIGRANTS",
    "KAZAKH_PLEDGE_TO_FREEZE_TERRORIST_ASSETS",
    "KAZAKH_UZBEK_POLICE_COOPERATION_ON_TASHKENT_BOMBINGS",
    "NUNN_LUGAR_COOPERATIVE_THREAT_REDUCTION",
    "PARTNERSHIP_FOR_PEACE",
    "UN_ANTI_TERRORIST_CONVENTIONS",
    "UN_SECURITY_COUNCIL_RESOLUTION_1373",
]

ACTION_PLAN: Final[Agreement] = get_typed("agreement:action-plan", Agreement)
"""Action Plan"""
DECLARATION_ON_ELIMINATING_TERRORISM_AND_PROMOTING_DIALOGUE_AMONG_CIVILIZATIONS: Final[Agreement] = get_typed("agreement:declaration-on-eliminating-terrorism-and-promoting-dialogue-among-civilizations", Agreement)
"""Declaration on Eliminating Terrorism and Promoting Dialogue among Civilizations"""
FORUM_FOR_PEACE_AND_STABILITY: Final[Agreement] = get_typed("agreement:forum-for-peace-and-stability", Agreement)
"""Forum for Peace and Stability"""
GLOBAL_INITIATIVE_TO_COMBAT_NUCLEAR_TERRORISM: Final[Agreement] = get_typed("agreement:global-initiative-to-combat-nuclear-terrorism", Agreement)
"""Global Initiative to Combat Nuclear Terrorism"""
INDIA_KAZAKHSTAN_JOINT_DECLARATION: Final[Agreement] = get_typed("agreement:india-kazakhstan-joint-declaration", Agreement)
"""India-Kazakhstan joint declaration"""
INDIA_KAZAKHSTAN_JOINT_WORKING_GROUP_ON_COUNTER_TERRORISM: Final[Agreement] = get_typed("agreement:india-kazakhstan-joint-working-group-on-counter-terrorism", Agreement)
"""bilateral joint working group on counter-terrorism"""
KAZAKH_PLEDGE_OF_HUMANITARIAN_ASSISTANCE_TO_AFGHANS: Final[Agreement] = get_typed("agreement:kazakh-pledge-of-humanitarian-assistance-to-afghans", Agreement)
"""commitment to humanitarian assistance to Afghans"""
KAZAKH_PLEDGE_TO_DEPORT_ILLEGAL_MIGRANTS: Final[Agreement] = get_typed("agreement:kazakh-pledge-to-deport-illegal-migrants", Agreement)
"""pledge of tougher measures to deport illegal migrants"""
KAZAKH_PLEDGE_TO_FREEZE_TERRORIST_ASSETS: Final[Agreement] = get_typed("agreement:kazakh-pledge-to-freeze-terrorist-assets", Agreement)
"""pledge to freeze terrorist assets"""
KAZAKH_UZBEK_POLICE_COOPERATION_ON_TASHKENT_BOMBINGS: Final[Agreement] = get_typed("agreement:kazakh-uzbek-police-cooperation-on-tashkent-bombings", Agreement)
"""police cooperation on the Tashkent bombing investigation"""
KAZAKHSTAN_UZBEKISTAN_COUNTER_TERRORISM_COOPERATION: Final[Agreement] = get_typed("agreement:kazakhstan-uzbekistan-counter-terrorism-cooperation", Agreement)
"""cooperation between Kazakhstan and Uzbekistan"""
NUNN_LUGAR_COOPERATIVE_THREAT_REDUCTION: Final[Agreement] = get_typed("agreement:nunn-lugar-cooperative-threat-reduction", Agreement)
"""Nunn-Lugar Cooperative Threat Reduction"""
PARTNERSHIP_FOR_PEACE: Final[Agreement] = get_typed("agreement:partnership-for-peace", Agreement)
"""Partnership for Peace"""
UN_ANTI_TERRORIST_CONVENTIONS: Final[Agreement] = get_typed("agreement:un-anti-terrorist-conventions", Agreement)
"""UN anti-terrorist conventions"""
UN_SECURITY_COUNCIL_RESOLUTION_1373: Final[Agreement] = get_typed("agreement:un-security-council-resolution-1373", Agreement)
"""UN Security Council Resolution 1373"""
