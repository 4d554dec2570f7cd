"""Closed vocabularies: the types of entities, roles and relations kzref knows.

Closed on purpose: a typo in a record is a validation error, not a new type.
Add a word here, with a comment, when the source needs one.
"""

from __future__ import annotations

from typing import Literal

OrganizationType = Literal[
    "terrorist-organization",  # designated or described as terrorist
    "extremist-group",
    "militant-group",
    "separatist-group",
    "religious-organization",
    "political-coalition",
    "government",
    "court",
    "prosecutor",
    "ministry",
    "security-service",
    "police",
    "military",
    "legislature",
    "government-agency",
    "international-organization",
    "programme",  # an international programme run as a body (e.g. a UN programme)
    "ngo",
    "media",
    "think-tank",
    "university",
    "educational-institution",
    "company",
    "other",
]

PlaceType = Literal[
    "country",
    "region",  # a province, oblast, prefecture, autonomous region or district
    "city",
    "town",
    "site",  # a square, building, camp, base, valley …
    "body-of-water",
    "supranational-region",  # Central Asia, Western Europe …
    "infrastructure",  # a pipeline, a border fence …
]

EventType = Literal[
    "attack",
    "bombing",
    "suicide-bombing",
    "shooting",
    "killing",
    "plot",
    "arrest",
    "detention",
    "raid",
    "seizure",
    "dismantling",
    "charge",
    "court-ruling",
    "sentencing",
    "ban",
    "designation",
    "extradition",
    "deportation",
    "transfer",
    "refugee-protection",
    "resettlement",
    "drill",
    "conference",
    "meeting",
    "visit",
    "speech",
    "statement",
    "press-conference",
    "correspondence",
    "interview",
    "publication",
    "criticism",
    "accusation",
    "denial",
    "request",
    "aid",
    "discovery",
    "investigation",
    "founding",
    "construction",
    "unrest",
    "firefight",
    "theft",
    "arson",
    "ranking",
    "military-operation",
    "other",
]

Role = Literal[
    "perpetrator",
    "suspect",
    "target",
    "victim",
    "killed",
    "injured",
    "authority",  # the body that acts officially: arrests, bans, rules
    "investigator",
    "arrested",
    "detained",
    "charged",
    "convicted",
    "sentenced",
    "judge",
    "extradited",
    "deported",
    "sending-state",
    "receiving-state",
    "host",
    "organizer",
    "attendee",
    "participant",
    "chair",
    "speaker",
    "author",
    "recipient",
    "subject",  # what a ban, statement, ruling or report is about
    "claimant",  # claims responsibility or a right
    "accuser",
    "accused",
    "critic",
    "criticized",
    "denier",
    "commander",
    "observer",
    "donor",
    "beneficiary",
    "requester",
    "reporter",  # the outlet or party through whom the article knows it
    "supporter",
    "protector",
    "party",  # party to an agreement
    "instrument",  # a document produced, seized or cited in the event
    "member",
]

RelationType = Literal[
    "ties-with",
    "affiliated-with",
    "member-of",
    "splinter-of",
    "part-of",
    "subordinate-to",
    "banned-in",
    "operates-in",
    "based-in",
    "located-in",
    "holds-position",  # person → organization, with a title
    "leads",
    "spokesperson-for",
    "represents",
    "works-for",
    "born-in",
    "citizen-of",
    "resident-of",
    "family-of",
    "aide-of",
    "successor-of",
    "controls",
    "supports",
    "opposes",
    "criticizes",
    "party-to",
    "published-by",
    "refers-to",
]

AgreementType = Literal[
    "declaration",
    "convention",
    "programme",
    "initiative",
    "action-plan",
    "working-group",
    "resolution",
    "forum",
    "partnership",
    "cooperation",
    "pledge",
]

DocumentType = Literal[
    "list",
    "letter",
    "report",
    "literature",
    "index",
    "press-release",
    "statement",
    "speech",
    "interview",
    "law",
    "charge-sheet",
    "recording",
    "map",
    "instructions",
    "profile",
    "article",
    "other",
]

DesignationAction = Literal[
    "requested",  # someone asked for the listing
    "added",  # added to a list
    "approved",  # a list approved or re-approved
    "banned",  # banned by a government, no list named
    "declined",  # explicitly not designated
]
