"""Closed vocabularies: the types of entities, roles and relations kzref knows.

Closed on purpose: a typo in a record is a validation error, not a new type.
Each word is defined once, in the tables below (:data:`VOCABULARIES`): what it
means, when to use it, and what it is not, so that two people typing the same
passage pick the same word.  The test suite fails when a word has no
definition, and the codebook page of the docs is generated from these tables.

A word is added here, with its definition, when the source needs one.  A word
that was ever published is never removed: retiring one would make old exports
unreadable.  Where two words overlapped, the definitions below draw the line
between them instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

OrganizationType = Literal[
    "terrorist-organization",
    "extremist-group",
    "militant-group",
    "separatist-group",
    "group",
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
    "programme",
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
    "region",
    "city",
    "town",
    "locality",
    "site",
    "body-of-water",
    "supranational-region",
    "infrastructure",
]

EventType = Literal[
    "attack",
    "bombing",
    "suicide-bombing",
    "shooting",
    "killing",
    "death",
    "plot",
    "recruitment",
    "training",
    "activity",
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
    "invitation",
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
    "security-measure",
    "discovery",
    "investigation",
    "founding",
    "reorganization",
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
    "authority",
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
    "subject",
    "claimant",
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
    "reporter",
    "supporter",
    "protector",
    "party",
    "instrument",
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
    "holds-position",
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
    "uses",
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
    "requested",
    "added",
    "approved",
    "banned",
    "declined",
]


@dataclass(frozen=True, slots=True)
class Term:
    """The definition of one word of a vocabulary."""

    meaning: str
    """What the word means."""
    use: str
    """When to use it: the words or situation in the article that call for it."""
    not_: str = ""
    """What it is not: the neighbouring word to use instead, where one is close."""


T = Term

ORGANIZATION_TYPES: dict[str, Term] = {
    "terrorist-organization": T(
        "A group the article calls terrorist, or that is on a list of banned terrorist "
        "organizations it reports.",
        "The article's own words call it terrorist (in a name or in its prose), or it is "
        "named on such a list.",
        "Not for a group that only sits under a heading about terrorism, nor one that a "
        "party merely accuses (record the accusation as a claim): use group.",
    ),
    "extremist-group": T(
        "A group the article calls extremist and does not call terrorist.",
        "The article's words are 'extremist group' or similar.",
        "Not terrorist-organization (the article says terrorist or lists it as such).",
    ),
    "militant-group": T(
        "A group the article shows claiming or carrying out armed attacks, without calling "
        "it terrorist or extremist.",
        "The article says it claimed responsibility for, or carried out, an attack.",
        "Not terrorist-organization or extremist-group, which need the article's word.",
    ),
    "separatist-group": T(
        "A group the article says seeks to split territory from a state.",
        "The article states the aim of the group itself, not of one member.",
        "Not a group whose leader is only alleged to have had such an aim: use group.",
    ),
    "group": T(
        "A group of people the article names or describes without characterizing it.",
        "The article gives no word (terrorist, extremist, militant, separatist) for what "
        "kind of group it is.",
        "Not a formal body of a state (government, police, …) nor a loose category of "
        "people who form no group (other).",
    ),
    "religious-organization": T(
        "An organization the article describes by its religious purpose.",
        "The article calls it missionary, Muslim, religious and the like.",
        "Not educational-institution (a religious school or centre of teaching).",
    ),
    "political-coalition": T(
        "An alliance of parties or politicians.",
        "The article says coalition, opposition alliance and the like.",
    ),
    "government": T(
        "The government of a state or locality as a whole, or its administration.",
        "The article says 'the Kazakh government', 'the governments of …', 'administration'.",
        "Not a single ministry, agency, court or legislature, which have their own types.",
    ),
    "court": T(
        "A court of law.",
        "The article names a court (Supreme Court, city court, municipal court).",
        "Not prosecutor.",
    ),
    "prosecutor": T(
        "A prosecution office.",
        "The article names a prosecutor's office or the prosecutor general's office.",
        "Not court.",
    ),
    "ministry": T(
        "A government ministry.",
        "The article names a ministry (Interior, Foreign, Defense …).",
        "Not government-agency (a committee, centre or department that is not a ministry).",
    ),
    "security-service": T(
        "A state security or intelligence service or its units.",
        "The article names a security committee or service, an intelligence agency or "
        "security forces.",
        "Not police (the article says police) nor military (armed forces, army, command).",
    ),
    "police": T(
        "A police force.",
        "The article says police or law-enforcement forces.",
        "Not security-service.",
    ),
    "military": T(
        "Armed forces or a military command.",
        "The article names an army, armed forces, a general staff or a military command.",
        "Not security-service nor police.",
    ),
    "legislature": T(
        "A parliament, chamber of parliament or elected council.",
        "The article names a parliament, house, duma or council.",
    ),
    "government-agency": T(
        "A state body that is not a ministry, court, prosecutor, police, military or "
        "security service: a committee, centre, department, administration or embassy.",
        "No more specific state type fits.",
        "Not ministry.",
    ),
    "international-organization": T(
        "An organization of several states, or one of its organs.",
        "The article names a body of several states (UN, SCO, CSTO, CIS …) or an organ of one.",
        "Not ngo (a private organization working internationally).",
    ),
    "programme": T(
        "An international programme that the article treats as a body with officials.",
        "The article has officials 'from' the programme.",
        "Not the agreement kind's programme (a scheme states take part in).",
    ),
    "ngo": T(
        "A non-governmental organization: an association, coalition or rights group.",
        "The article shows a body that is neither a state's nor several states'.",
        "Not media, think-tank or religious-organization, which are more specific.",
    ),
    "media": T(
        "A news outlet or publication.",
        "The article cites it as reporting, publishing or interviewing.",
        "Not think-tank.",
    ),
    "think-tank": T(
        "A research or analysis organization.",
        "The article names its analysts or a profile, index or analysis it publishes.",
        "Not media (reporting) nor university.",
    ),
    "university": T(
        "A university.",
        "The article names a university.",
        "Not educational-institution (an institute or centre of teaching).",
    ),
    "educational-institution": T(
        "A school, institute or centre of teaching that is not a university.",
        "The article names an institute, a religious education centre and the like.",
    ),
    "company": T(
        "A business.",
        "The article calls it a company or describes its commercial claims.",
    ),
    "other": T(
        "An organization, delegation or loose body that fits no other type.",
        "Only with a reason recorded in kzref/data/unclassified.json.",
        "Not a way to avoid choosing: a type above that fits must be used.",
    ),
}

PLACE_TYPES: dict[str, Term] = {
    "country": T("A state, present or former.", "The article names a country."),
    "region": T(
        "A part of a country: province, oblast, prefecture, autonomous region, district, "
        "or a border area.",
        "The article names an area within or along a country.",
        "Not supranational-region (several countries).",
    ),
    "city": T(
        "A city.",
        "The article calls it a city (or a capital), or names its city court, city police, "
        "city prosecutor or municipal council.",
        "Not locality (a settlement the article does not call a city).",
    ),
    "town": T(
        "A town.",
        "The article calls it a town.",
        "Not locality (a settlement the article does not call a town).",
    ),
    "locality": T(
        "A named settlement the article does not call a city or a town.",
        "The article names the place (Tashkent, Kentai, Kyzylorda) without saying what kind "
        "of settlement it is.",
        "Not city or town, which need the article's word; knowing it is a city from "
        "elsewhere is not enough.",
    ),
    "site": T(
        "A single site: a square, building, camp, base, valley.",
        "The article names or describes one place smaller than a town.",
        "Not infrastructure (a long structure such as a pipeline or fence).",
    ),
    "body-of-water": T("A sea, lake or river.", "The article names one."),
    "supranational-region": T(
        "A region spanning several countries (Central Asia, Western Europe).",
        "The article names such a region.",
        "Not region.",
    ),
    "infrastructure": T(
        "A long-built structure: a pipeline, a border fence.",
        "The article describes a structure that runs across places.",
        "Not site.",
    ),
}

EVENT_TYPES: dict[str, Term] = {
    "attack": T(
        "A violent attack by unspecified or mixed means, or a series of acts told as one attack.",
        "The article says attack(s) without saying bomb or shooting, or the act combines "
        "several means.",
        "Not bombing, suicide-bombing, shooting or killing when the article names the means.",
    ),
    "bombing": T(
        "An attack with explosives where the article does not say the bomber died by it.",
        "The article says bombing(s) or bombs set off.",
        "Not suicide-bombing (the article says suicide or that the bomber blew himself up).",
    ),
    "suicide-bombing": T(
        "An attack in which the bomber dies by his or her own explosives.",
        "The article says suicide bombers, suicide bombing or that the attacker blew himself up.",
        "Not bombing.",
    ),
    "shooting": T(
        "Gunfire at people, one-sided.",
        "The article says someone shot at or shot someone.",
        "Not firefight (an exchange of fire) nor killing (means not given).",
    ),
    "killing": T(
        "The killing of named or counted people where the article gives the killer but "
        "not the means, or a shoot-out named as a killing.",
        "The article says killed, with someone doing the killing.",
        "Not death (no one is said to have caused it).",
    ),
    "death": T(
        "A person's death that the article mentions without saying how or by whom.",
        "The article names a death and nothing more.",
        "Not killing.",
    ),
    "plot": T(
        "A planned attack, overthrow or crime that did not (or not yet) happen, or an order "
        "to commit one.",
        "The article says planned, plot, planning, ordered to assassinate.",
        "Not attack (it happened).",
    ),
    "recruitment": T(
        "A group enlisting people.",
        "The article says recruited or recruiting.",
        "Not activity (presence or other ongoing work).",
    ),
    "training": T(
        "People being trained for violence, at a camp or elsewhere.",
        "The article says trained, training camp.",
        "Not drill (an exercise of state forces).",
    ),
    "activity": T(
        "The presence or ongoing activity of a group or person somewhere, told as a state "
        "of affairs rather than one act: appearing, spreading, distributing material, "
        "living somewhere, watching events.",
        "The article describes what a group did or where it was over a period.",
        "Not recruitment or training, which are more specific.",
    ),
    "arrest": T(
        "Taking someone into custody on suspicion of a crime.",
        "The article says arrested, caught, or detained in the course of breaking up a cell.",
        "Not detention (holding someone, or custody the article does not call an arrest).",
    ),
    "detention": T(
        "Holding someone in custody: a detention the article calls so, or custody outside "
        "a judicial process.",
        "The article says detained or held.",
        "Not arrest (the article says arrested or caught).",
    ),
    "raid": T(
        "Police or security forces entering a place to shut down what is there.",
        "The article says shut down a facility, raided.",
        "Not seizure (what was taken) nor dismantling (a group broken up).",
    ),
    "seizure": T(
        "Material found and taken by the authorities.",
        "The article says seized, confiscated, found (material), took.",
        "Not discovery (something found that is not taken, such as a phone or a bomb).",
    ),
    "dismantling": T(
        "Security forces breaking up, or preventing the forming of, a group, cell, "
        "network or route.",
        "The article says dismantled, shut down (a group), broke up, prevented from forming.",
        "Not raid (a place) nor arrest (people).",
    ),
    "charge": T(
        "Formal charges brought against someone.",
        "The article says charged or charges.",
        "Not accusation (a claim made outside a legal process).",
    ),
    "court-ruling": T(
        "A court's decision, including a verdict.",
        "The article says ruled, found guilty.",
        "Not sentencing (the penalty).",
    ),
    "sentencing": T(
        "A court imposing a penalty.",
        "The article says sentenced.",
        "Not court-ruling.",
    ),
    "ban": T(
        "An authority outlawing an organization, outside any list the article names.",
        "The article says banned, without a list.",
        "Not designation (putting a group on a list).",
    ),
    "designation": T(
        "An authority adding organizations to, or approving, a list of banned groups.",
        "The article says added to the list, approved the list.",
        "Not ban; not request (asking for a listing).",
    ),
    "extradition": T(
        "A state handing a suspect or accused person to another state.",
        "The article says extradited.",
        "Not deportation (expelling a foreigner) nor transfer (one agency to another).",
    ),
    "deportation": T(
        "A state expelling people to another country.",
        "The article says deported.",
        "Not extradition.",
    ),
    "transfer": T(
        "An agency handing a person to another agency.",
        "The article says transferred.",
        "Not extradition.",
    ),
    "refugee-protection": T(
        "Refugee status or protection being granted.",
        "The article says gave refugee status, under the protection of.",
        "Not resettlement.",
    ),
    "resettlement": T(
        "A refugee being moved to a third country.",
        "The article says flown out, resettle, third-country settlement.",
    ),
    "drill": T(
        "An exercise of state forces, or a phase of one.",
        "The article says drill, exercises, maneuvers, simulation.",
        "Not training (people trained for violence).",
    ),
    "conference": T(
        "A conference or workshop, or one session of it.",
        "The article says conference or workshop.",
        "Not meeting (a smaller gathering, two or a few parties).",
    ),
    "meeting": T(
        "A meeting between persons or delegations.",
        "The article says met, meeting, session.",
        "Not conference; not visit (travel to a country).",
    ),
    "visit": T(
        "Someone travelling to a country or city.",
        "The article says visited, state visit, led a delegation to.",
        "Not meeting.",
    ),
    "invitation": T(
        "Someone inviting someone else to come.",
        "The article says invited.",
        "Not visit (whether the visit followed is a separate event).",
    ),
    "speech": T(
        "A speech given to an audience.",
        "The article says speech.",
        "Not statement.",
    ),
    "statement": T(
        "Something said or written by a party: a declaration, assessment, warning, "
        "recommendation or claim.",
        "The article says said, announced, warned, recommended, described.",
        "Not speech, interview, press-conference, correspondence or publication, which are "
        "more specific; not accusation, criticism or denial, which have their own types.",
    ),
    "press-conference": T(
        "A press conference.",
        "The article says press conference.",
        "Not statement.",
    ),
    "correspondence": T(
        "A letter or message sent from one party to another.",
        "The article says letter, message, wrote.",
        "Not publication (an open letter to the public).",
    ),
    "interview": T(
        "An interview given to an outlet.",
        "The article says interviewed.",
        "Not statement.",
    ),
    "publication": T(
        "A report, article, open letter or other text made public.",
        "The article says published, reported, released, wrote (in an outlet).",
        "Not correspondence.",
    ),
    "criticism": T(
        "A party faulting another's actions or policy.",
        "The article says criticized, complained, opposes.",
        "Not accusation (alleging wrongdoing or a crime).",
    ),
    "accusation": T(
        "A party alleging that another did wrong or committed a crime.",
        "The article says accused, attributed, blamed, complained that (a wrong was done).",
        "Not criticism; not charge (a formal legal charge).",
    ),
    "denial": T(
        "A party rejecting an allegation.",
        "The article says denied, rejected.",
        "Not criticism.",
    ),
    "request": T(
        "A party asking another for something: a ban, a listing, an extradition, bases.",
        "The article says asked, requested, called upon.",
        "Not invitation.",
    ),
    "aid": T(
        "Money, facilities or other assistance given or offered.",
        "The article says gave, spent (on assistance), offered the use of.",
        "Not security-measure (a state strengthening its own security).",
    ),
    "security-measure": T(
        "A step by an authority to strengthen security: more staff, more spending, "
        "guarding sites, disposing of a bomb.",
        "The article says increased personnel, spending, protect, destroyed the package.",
        "Not dismantling or raid, which act against a group or place.",
    ),
    "discovery": T(
        "Something found: a cell, a phone, a bomb, contacts.",
        "The article says found, discovered, uncovered.",
        "Not seizure (material taken).",
    ),
    "investigation": T(
        "An inquiry into events or into a group's teachings.",
        "The article says investigating, studied.",
    ),
    "founding": T(
        "A body or forum being created.",
        "The article says created, established.",
        "Not reorganization (a change to an existing body).",
    ),
    "reorganization": T(
        "A change in an existing body's status or in who controls it.",
        "The article says raised in status, regained control.",
        "Not founding.",
    ),
    "construction": T(
        "Building something.",
        "The article says building.",
    ),
    "unrest": T(
        "Civil unrest.",
        "The article says unrest.",
        "Not attack.",
    ),
    "firefight": T(
        "An exchange of fire between two sides.",
        "The article says firefight, shoot-out told as a fight.",
        "Not shooting (one-sided).",
    ),
    "theft": T("Something stolen.", "The article says stolen."),
    "arson": T("An act of arson.", "The article says arson."),
    "ranking": T(
        "A country being ranked in an index.",
        "The article gives a place in a ranking.",
    ),
    "military-operation": T(
        "A military campaign, war or operation.",
        "The article says war, operation, airstrikes, military operations.",
        "Not drill (an exercise).",
    ),
    "other": T(
        "An event that fits no type above.",
        "Only with a reason recorded in kzref/data/unclassified.json.",
        "Not a way to avoid choosing: a type above that fits must be used.",
    ),
}

ROLES: dict[str, Term] = {
    "perpetrator": T(
        "Who carried out (or, with a certainty below stated, is said to have carried out) the act.",
        "The article says who did it, or a party claims or alleges who did.",
        "Not suspect (under suspicion without being named as the doer).",
    ),
    "suspect": T(
        "Someone suspected of taking part.",
        "The article says suspected, or a party points to them as possibly involved.",
        "Not perpetrator.",
    ),
    "target": T(
        "What the act was aimed at.",
        "The article says the attack, plot or raid was against it.",
        "Not a place where an act merely happened (use the event's places) nor victim.",
    ),
    "victim": T(
        "Someone harmed by the act.",
        "The article says they suffered from it.",
        "Not killed or injured, which are more specific.",
    ),
    "killed": T("Someone who died in the event.", "The article says killed or died."),
    "injured": T("Someone injured in the event.", "The article says injured or wounded."),
    "authority": T(
        "The body acting officially: arresting, banning, ruling, seizing, deporting.",
        "The article says the body did it in its official capacity.",
        "Not organizer (of a meeting or drill) nor judge (a person on the bench).",
    ),
    "investigator": T(
        "Who investigates or discovers.",
        "The article says found, traced, investigated, studied.",
    ),
    "arrested": T(
        "Who was arrested.",
        "The event is an arrest.",
        "Not detained.",
    ),
    "detained": T(
        "Who was detained or held.",
        "The article says detained or held.",
        "Not arrested.",
    ),
    "charged": T("Who was charged.", "The article says charged."),
    "convicted": T("Who was found guilty.", "The article says convicted, found guilty."),
    "sentenced": T("Who was sentenced.", "The article says sentenced."),
    "judge": T("The judge of a ruling.", "The article names the judge."),
    "extradited": T(
        "Who was extradited.",
        "The event is an extradition; the certainty is about the extradition, not about "
        "the person's guilt.",
    ),
    "deported": T("Who was deported.", "The event is a deportation."),
    "sending-state": T(
        "The state that hands over or expels someone.",
        "Extraditions, deportations, transfers.",
    ),
    "receiving-state": T(
        "The state that receives someone handed over or expelled.",
        "Extraditions, deportations, transfers.",
    ),
    "host": T(
        "Who hosts a visit or meeting, or extends an invitation.",
        "The article says invited, hosted, or the event is a visit to them.",
        "Not organizer.",
    ),
    "organizer": T(
        "Who organizes, runs or orders an event.",
        "The article says held, organized, organised.",
        "Not host.",
    ),
    "attendee": T("Who attended.", "The article says attended, met at, sent representatives."),
    "participant": T(
        "Who took part, where no more specific role fits.",
        "The article says participated, took part, involved.",
        "Not attendee (of a meeting or conference).",
    ),
    "chair": T("Who chaired.", "The article says chaired."),
    "speaker": T("Who spoke.", "Statements, speeches, press conferences."),
    "author": T("Who wrote or issued a text.", "Letters, reports, publications."),
    "recipient": T("Who received a text, request or invitation.", "The article says to whom."),
    "subject": T(
        "What a ban, statement, ruling, report or request is about.",
        "The event is about the entity without acting on it.",
        "Not target (an act aimed at it).",
    ),
    "claimant": T(
        "Who claims responsibility or a right.",
        "The article says claimed responsibility or a claim.",
    ),
    "accuser": T("Who accuses.", "Accusations."),
    "accused": T("Who is accused.", "Accusations."),
    "critic": T("Who criticizes.", "Criticism."),
    "criticized": T("Who is criticized.", "Criticism."),
    "denier": T("Who denies.", "Denials."),
    "commander": T(
        "Who commands or orders others in the event.",
        "The article says commander, ordered, on the instruction of, led (a war).",
    ),
    "observer": T("Who observed.", "The article says observers."),
    "donor": T("Who gives aid.", "Aid."),
    "beneficiary": T("Who receives aid, protection or a benefit.", "Aid, refugee protection."),
    "requester": T("Who asks.", "Requests."),
    "reporter": T(
        "The outlet or party through whom the article knows of the event.",
        "The article says according to, reported.",
    ),
    "supporter": T("Who supports.", "The article says supports, backed, offered."),
    "protector": T("Who protects.", "Refugee protection, guarding sites."),
    "party": T("A party to an agreement.", "Agreements."),
    "instrument": T(
        "A document or agreement produced, seized, cited or used in the event.",
        "Documents and agreements taking part in an event.",
    ),
    "member": T("A member taking part as such.", "The article says members."),
}

RELATION_TYPES: dict[str, Term] = {
    "ties-with": T(
        "The two have ties or connections.",
        "The article says ties, connections.",
        "Not affiliated-with (the article says affiliated).",
    ),
    "affiliated-with": T(
        "The subject is affiliated with the object.",
        "The article says affiliated, or 'of' an outlet for a writer.",
        "Not member-of.",
    ),
    "member-of": T(
        "The subject is a member of the object.",
        "The article says member, served in, of (a coalition), nation-members.",
    ),
    "splinter-of": T("The subject split from the object.", "The article says splinter."),
    "part-of": T(
        "The subject is a part or organ of the object.",
        "The article names one body as belonging to another ('the X's Y').",
    ),
    "subordinate-to": T(
        "The subject acts under the object's instruction or authority.",
        "The article says on the instruction of, or that the object answers for the subject.",
        "Not part-of.",
    ),
    "banned-in": T("The organization is banned in the place.", "The article says banned in."),
    "operates-in": T(
        "The organization is active or has members in the place.",
        "The article says operated in, members in, presence, headed operations in.",
        "Not based-in.",
    ),
    "based-in": T("The body is based in the place.", "The article says based, headquarters."),
    "located-in": T("The subject lies in the place.", "The article places it."),
    "holds-position": T(
        "A person holds a post in an organization (or a state), with the title as the "
        "article gives it.",
        "The article gives a title: president, spokesman, head of operations in a country.",
        "Not leads (keep the scope of a limited post in the title).",
    ),
    "leads": T(
        "A person leads the whole of a group, delegation or state.",
        "The article says leader, led, president.",
        "Not holds-position with a limited scope ('headed its operations in one country').",
    ),
    "spokesperson-for": T("A person speaks for a body.", "The article says spokesman."),
    "represents": T("A person represents a state.", "The article says ambassador."),
    "works-for": T(
        "A person works for an organization.",
        "The article says of, for (a writer), recruited for.",
    ),
    "born-in": T("A person was born in the place.", "The article says born in, birthplace."),
    "citizen-of": T("A person is a citizen of the state.", "The article says citizen."),
    "resident-of": T("A person lives in the place.", "The article says resident of."),
    "family-of": T("Family ties.", "The article says wife, son, brother."),
    "aide-of": T("A person is another's aide.", "The article says aide."),
    "successor-of": T("The subject succeeded the object.", "The article says succeeded."),
    "controls": T(
        "The subject has control or possession of the object.",
        "The article says control, or possession ('the United States' camp').",
        "Not uses (the article says only that the subject used it).",
    ),
    "uses": T(
        "The subject used or uses the object (a site, a facility).",
        "The article says used by.",
        "Not controls.",
    ),
    "supports": T(
        "The subject supports the object.",
        "The article says support, applauds, giving refuge.",
        "Not ties-with.",
    ),
    "opposes": T("The subject opposes the object.", "The article says opposes."),
    "criticizes": T(
        "The subject criticizes the object.",
        "The article says criticized, accused, faulted.",
    ),
    "party-to": T("The subject is a party to an agreement.", "Agreements."),
    "published-by": T("A document is published by a body.", "The article says published by."),
    "refers-to": T(
        "One record refers to another: a title names a place, a statement answers another.",
        "The article links the two without a more specific tie.",
    ),
}

AGREEMENT_TYPES: dict[str, Term] = {
    "declaration": T("A joint declaration.", "The article says declaration."),
    "convention": T("A convention.", "The article says convention."),
    "programme": T(
        "A programme states take part in.",
        "The article says program under which.",
        "Not the organization kind's programme (a body with officials).",
    ),
    "initiative": T("An international initiative.", "The article says initiative."),
    "action-plan": T("An action plan.", "The article says action plan."),
    "working-group": T("A working group.", "The article says working group."),
    "resolution": T("A resolution.", "The article says resolution."),
    "forum": T("A permanent forum.", "The article says forum."),
    "partnership": T("A partnership.", "The article says partnership."),
    "cooperation": T(
        "Cooperation the article describes without a named instrument.",
        "The article says agreed to work together, cooperation.",
    ),
    "pledge": T("A promise or commitment.", "The article says pledged, commit."),
}

DOCUMENT_TYPES: dict[str, Term] = {
    "list": T("A list of organizations or people.", "The article says list."),
    "letter": T("A letter or message.", "The article says letter, message."),
    "report": T("A report.", "The article says report."),
    "literature": T(
        "Books, leaflets, pamphlets or propaganda.",
        "The article says literature, books, leaflets, pamphlets, propaganda.",
    ),
    "index": T("An index or ranking.", "The article names an index."),
    "press-release": T("A press release.", "The article says press release."),
    "statement": T("A written statement.", "The article says statement."),
    "speech": T("The text of a speech.", "The article says speech (as a text)."),
    "interview": T("A published interview.", "The article says interview."),
    "law": T("A law, code or constitution.", "The article says law, code, constitution."),
    "charge-sheet": T("A charge sheet.", "The article names charges as a document."),
    "recording": T("A recording.", "The article says videotape, tapes."),
    "map": T("A map.", "The article says maps."),
    "instructions": T("Instructions.", "The article says instructions."),
    "profile": T("A country profile.", "The article says profile."),
    "article": T("A newspaper article or report.", "The article says an outlet reported."),
    "other": T(
        "A document that fits no type above.",
        "Only with a reason recorded in kzref/data/unclassified.json.",
    ),
}

DESIGNATION_ACTIONS: dict[str, Term] = {
    "requested": T("Someone asked for the listing or ban.", "The article says asked."),
    "added": T("The organization was added to a list.", "The article says added."),
    "approved": T(
        "A list that includes the organization was approved or re-approved.",
        "The article says approved a list.",
    ),
    "banned": T("Banned by a government, no list named.", "The article says banned in."),
    "declined": T(
        "Explicitly not designated.",
        "The article says not considered terrorist.",
    ),
}

VOCABULARIES: dict[str, tuple[object, dict[str, Term]]] = {
    "OrganizationType": (OrganizationType, ORGANIZATION_TYPES),
    "PlaceType": (PlaceType, PLACE_TYPES),
    "EventType": (EventType, EVENT_TYPES),
    "Role": (Role, ROLES),
    "RelationType": (RelationType, RELATION_TYPES),
    "AgreementType": (AgreementType, AGREEMENT_TYPES),
    "DocumentType": (DocumentType, DOCUMENT_TYPES),
    "DesignationAction": (DesignationAction, DESIGNATION_ACTIONS),
}
"""Each closed vocabulary: its ``Literal`` type and the definition of every word."""

CERTAINTIES: dict[str, Term] = {
    "stated": T(
        "The article states it as fact.",
        "No one is named as the source and no hedge is given.",
        "Not for what the article attributes to someone ('X said').",
    ),
    "reported": T(
        "The article reports what a named outlet or party reported.",
        "The article says according to, reported, reportedly.",
        "Not claimed (a party's own assertion about itself or others).",
    ),
    "claimed": T(
        "A party claims it.",
        "The article says claimed, said (of a contested point), credited.",
        "Not alleged (an accusation of wrongdoing).",
    ),
    "alleged": T(
        "A party alleges it, typically wrongdoing.",
        "The article says allegedly, accused, alleged.",
        "Not charged (a formal charge).",
    ),
    "suspected": T(
        "A party suspects it.",
        "The article says suspected, or some interpret it so.",
    ),
    "charged": T("Formally charged by an authority.", "The article says charged."),
    "convicted": T("Found guilty by a court.", "The article says convicted, found guilty."),
    "denied": T("A party denies it.", "The article says denied."),
    "disputed": T("A party disputes it.", "The article says disputed, disagreed."),
}

APPROXIMATIONS: dict[str, Term] = {
    "exact": T("The number as given, with no hedge.", "The article gives a plain number."),
    "about": T("Roughly the number.", "The article says about."),
    "some": T("Roughly the number.", "The article says some."),
    "more-than": T("Strictly more than the number.", "The article says more than."),
    "over": T("Strictly more than the number.", "The article says over."),
    "at-least": T("The number or more.", "The article says at least."),
    "up-to": T("The number or fewer.", "The article says up to."),
    "nearly": T("A little under the number.", "The article says nearly."),
    "range": T(
        "Between the value and the upper end.",
        "The article gives a range ('eight to twenty-five').",
    ),
}
"""The hedges of :class:`kzref.model.figures.Figure`."""
