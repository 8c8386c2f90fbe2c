#!/usr/bin/env python3
"""Write synthetic but realistic collaborations for the samw benchmark.

Each collaboration has four parties (each with a name, a Chamber of Commerce
number, an interest, contributions, something it gives up and two people),
one agreement between all four that shares risks, costs and revenues, a
governance body, a term with a review, an exit clause, two results and
comments. About one in five is written with the Dutch keywords. Every
collaboration checks with 0 errors, 0 warnings and 0 notes under
`samw check`.

With --profile dense the collaborations are statement-dense instead: the
same kind of content in about 2 KB rather than 3, with short texts, four or
five parties with two or three people each, two or three agreements and a
body of all members, one statement per line and some lines of several
statements joined by ';', about three in ten in Dutch. The cost of checking
these is per statement rather than per byte of text.

The output is deterministic: collaboration i depends only on the seed and
on i, so the first 10,000 collaborations of a 100,000-collaboration file are
the same 10,000 that --split writes one per file.

  gen.py [--profile text|dense] --count N [--seed S] --samw OUT.samw [--json OUT.json]
  gen.py [--profile text|dense] --count N [--seed S] --split DIR   one file per collaboration
  gen.py --count N --orgs K [--seed S] --register DIR
      a repository of K organisations and N collaborations, one per file,
      twice: DIR/register/ (organisations.samw, and collaborations that
      `use` it and name their parties with `party ID`) and DIR/full/ (the
      same collaborations with every party declared in full)

The JSON holds the same content (comments included, keywords as English
names), indented by two spaces: {"collaborations": [ {...}, ... ]}.
"""
import argparse
import json
import os
import random
import subprocess
import sys

TOWNS = [
    "Groningen", "Assen", "Emmen", "Leeuwarden", "Drachten", "Zwolle",
    "Deventer", "Enschede", "Hengelo", "Almelo", "Apeldoorn", "Arnhem",
    "Nijmegen", "Utrecht", "Amersfoort", "Ede", "Tiel", "Den Bosch",
    "Eindhoven", "Tilburg", "Breda", "Venlo", "Roermond", "Maastricht",
    "Heerlen", "Middelburg", "Goes", "Dordrecht", "Gouda", "Leiden",
    "Delft", "Haarlem", "Alkmaar", "Hoorn", "Lelystad", "Almere",
    "Meppel", "Hoogeveen", "Sneek", "Heerenveen", "Winterswijk", "Doetinchem",
]

SURNAMES = [
    "de Vries", "Bakker", "Jansen", "Visser", "Smit", "Meijer", "de Boer",
    "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen",
    "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf",
    "van der Meer", "van der Linden", "Kok", "Jacobs", "de Haan", "Vermeulen",
    "van den Berg", "van Dijk", "Schouten", "Willems", "Hoekstra", "Koster",
    "Prins", "Kuipers", "Postma", "Huisman", "Wijnands", "Kramer", "Verhoeven",
    "Timmermans",
]
INITIALS = "ABCDEFGHIJKLMNOPRSTW"

# Sectors: kinds of organisations (id prefix, name pattern), goals, and
# phrases for interests, contributions, what a party gives up, results.
SECTORS = [
    {
        "topic": "planned care",
        "orgs": [("hosp", "{t} Hospital"), ("gp", "GP cooperative {t}"),
                 ("care", "Home care {t}"), ("rehab", "Rehabilitation centre {t}"),
                 ("ins", "Health insurer {t}"), ("mun", "Municipality of {t}")],
        "goals": ["Halve waiting times for planned care in the region",
                  "Keep low-complexity care close to where patients live",
                  "Shorten the stay in hospital after hip and knee surgery"],
        "interests": ["Better use of its operating-room capacity",
                      "Fewer avoidable admissions",
                      "A stable flow of patients for its outpatient clinic",
                      "Less pressure on its emergency department"],
        "contributes": ["Two operating-room days a week", "2 FTE case management",
                        "The regional waiting-list system", "A nursing team of six",
                        "Funding for a shared planning office"],
        "gives_up": ["Sole control over its referral protocol",
                     "The freedom to plan its operating rooms on its own",
                     "Its own waiting list for orthopaedics"],
        "results": ["Orthopaedic waiting time under four weeks by {y}",
                    "At least {n} patients a year treated close to home"],
    },
    {
        "topic": "youth care",
        "orgs": [("mun", "Municipality of {t}"), ("youth", "Youth care {t}"),
                 ("school", "School board {t}"), ("ggz", "Mental health {t}"),
                 ("police", "Police district {t}"), ("team", "Neighbourhood teams {t}")],
        "goals": ["One plan per family, with one coordinator",
                  "Fewer young people placed outside their home",
                  "Help for children within two weeks of the first signal"],
        "interests": ["Lower spending on specialised youth care",
                      "Earlier signals from schools",
                      "Fewer handovers between care workers",
                      "A clear picture of the families it serves"],
        "contributes": ["Three family coaches", "Office space in the town hall",
                        "The shared client file", "A budget for training",
                        "One school social worker per district"],
        "gives_up": ["Its own intake procedure",
                     "The choice of provider for light care",
                     "Separate reporting to its own council"],
        "results": ["Waiting list for youth care gone by {y}",
                    "At least {n} families helped with one plan a year"],
    },
    {
        "topic": "energy",
        "orgs": [("coop", "Energy cooperative {t}"), ("mun", "Municipality of {t}"),
                 ("grid", "Grid operator {t}"), ("housing", "Housing association {t}"),
                 ("water", "Water board {t}"), ("farm", "Farmers' association {t}")],
        "goals": ["Generate the region's household electricity locally",
                  "Insulate every rented home built before 1980",
                  "Keep the grid open for new solar fields"],
        "interests": ["Lower energy bills for its tenants",
                      "Room on the grid for local producers",
                      "Meeting the regional climate targets",
                      "Income for its members from local energy"],
        "contributes": ["Roofs of 400 rented homes", "A project manager for two days a week",
                        "Land for a solar field", "Grid capacity studies",
                        "A revolving fund for insulation"],
        "gives_up": ["The sole say over its roofs",
                     "Its own order of grid connections",
                     "Free use of the land for twenty years"],
        "results": ["{n} homes insulated by {y}",
                    "A solar field of {n} panels connected by {y}"],
    },
    {
        "topic": "education",
        "orgs": [("vo", "Secondary school {t}"), ("mbo", "Vocational college {t}"),
                 ("hbo", "University of applied sciences {t}"),
                 ("emp", "Employers' association {t}"), ("mun", "Municipality of {t}"),
                 ("lib", "Library {t}")],
        "goals": ["No pupil leaves school without a qualification",
                  "A continuous learning route from school to work",
                  "Enough teachers for every class in the region"],
        "interests": ["Fewer early school leavers",
                      "Students who know the regional labour market",
                      "Trained staff for its member companies",
                      "A stronger intake of students"],
        "contributes": ["Two teachers for the shared programme", "Work placements for 60 students",
                        "Classrooms on Friday afternoons", "A careers adviser",
                        "Funding for the transition coach"],
        "gives_up": ["Its own timetable for the final year",
                     "Part of the say over its curriculum",
                     "Separate recruitment of teachers"],
        "results": ["Early school leaving under {p} percent by {y}",
                    "{n} students a year in a work placement"],
    },
    {
        "topic": "water and land",
        "orgs": [("water", "Water board {t}"), ("prov", "Province of {t}"),
                 ("mun", "Municipality of {t}"), ("nature", "Nature trust {t}"),
                 ("farm", "Farmers' association {t}"), ("drink", "Drinking water company {t}")],
        "goals": ["Keep the dikes along the river safe until 2050",
                  "Restore the peat meadows and raise the water table",
                  "Clean ground water for the drinking-water wells"],
        "interests": ["Safe dikes at lower maintenance cost",
                      "Room for nature along the river",
                      "Farming that stays profitable",
                      "Clean sources for drinking water"],
        "contributes": ["Engineers for the dike survey", "Land along the river",
                        "A fund for farmers who change their methods",
                        "Monitoring of ground-water quality", "Two area coordinators"],
        "gives_up": ["Its own planning of dike works",
                     "Part of its land use for thirty years",
                     "The sole say over the water levels"],
        "results": ["{n} kilometres of dike reinforced by {y}",
                    "Nitrate in the wells under the norm by {y}"],
    },
]

STRATEGIES = [
    "Work from the shared goal first and divide the tasks after",
    "Start small with one district, learn, and then scale up to the region",
    "Pool the scarce staff and plan them centrally",
    "Agree on one way of working and one shared file for every case",
]
PROCESSES = [
    "A monthly meeting of the coordinators and a yearly plan",
    "A weekly planning table and a quarterly review with the directors",
    "Working groups per theme that report to the steering committee",
]
STYLES = [
    "Consensus-seeking, with a facilitating alliance manager",
    "Facilitating: a programme manager who connects and does not direct",
    "Directive on deadlines, open on content",
]
EXITS = [
    "Any party may leave at the end of a calendar year with six months' written notice",
    "A party may leave after a decision of the steering committee; the others go on",
    "The collaboration ends at the end of its term unless all parties extend it",
]
ESCALATIONS = [
    "Disputes go to the steering committee, then to an independent mediator",
    "Disagreement goes to the directors, then to mediation",
]
HEADER = [
    "{topic} in and around {t}: {n} organisations work together",
    "Synthetic benchmark collaboration {i}, modelled on a regional {topic} {form}",
    "The covenant was signed on {signed}; reviews follow the yearly plan",
]

FORMS = ["alliance"] * 6 + ["network"] * 2 + ["cooperative", "joint-venture"]
PHASES = ["exploring", "sharing", "agreeing", "shaping", "executing", "executing"]
DECIDES = ["consensus", "consensus", "majority", "unanimity"]

def keyword_table():
    """The Dutch spelling of every English keyword and value, from the
    keyword table itself (`samw keywords --format json`), so that the
    generator writes what the language reads."""
    samw = os.environ.get("SAMW") or os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "build", "samw")
    out = subprocess.run([samw, "keywords", "--format", "json"], check=True,
                         capture_output=True, text=True).stdout
    return {k["en"]: k["nl"] for k in json.loads(out)["keywords"]}


NL = keyword_table()


def slug(s):
    out = []
    for ch in s.lower():
        if ch.isascii() and ch.isalnum():
            out.append(ch)
        elif out and out[-1] != "_":
            out.append("_")
    return "".join(out).strip("_")


def date(y, m, d):
    return "%04d-%02d-%02d" % (y, m, d)


def collaboration(seed, i):
    """The content of collaboration i, as the dict the JSON holds."""
    r = random.Random("%d:%d" % (seed, i))
    sec = SECTORS[r.randrange(len(SECTORS))]
    form = r.choice(FORMS)
    towns = r.sample(TOWNS, 4)
    kinds = r.sample(sec["orgs"], 4)
    surnames = r.sample(SURNAMES, 8)
    inits = [r.choice(INITIALS) for _ in range(8)]
    y0 = r.randrange(2022, 2027)
    years = r.randrange(2, 7)
    start = date(y0, r.randrange(1, 13), 1)
    until = date(y0 + years, 12, 31)
    signed = date(y0 - 1, r.randrange(1, 13), r.randrange(1, 29))
    review = date(y0 + 1, r.randrange(1, 13), r.randrange(1, 29))
    fill = {"y": y0 + years, "n": r.randrange(50, 5000), "p": r.randrange(2, 9)}
    cid = "c%06d_%s" % (i, slug(sec["topic"]) + "_" + slug(towns[0]))
    title = "%s %s %s" % (towns[0], sec["topic"].capitalize(),
                          {"alliance": "Alliance", "network": "Network",
                           "cooperative": "Cooperative",
                           "joint-venture": "Joint Venture"}[form])
    parties = []
    for k in range(4):
        prefix, pattern = kinds[k]
        name = pattern.format(t=towns[k])
        pid = "%s_%s" % (prefix, slug(towns[k]))
        parties.append({
            "comments": ["%s brings %s" % (name, sec["topic"]) + " expertise"] if k == 0 else [],
            "id": pid,
            "name": name,
            "kvk": "%08d" % r.randrange(10**7, 10**8),
            "interests": [r.choice(sec["interests"])],
            "contributes": r.sample(sec["contributes"], 1 + (k % 2)),
            "gives_up": [r.choice(sec["gives_up"])],
            "people": [
                {"name": "%s. %s" % (inits[2 * k], surnames[2 * k]), "role": "director"},
                {"name": "%s. %s" % (inits[2 * k + 1], surnames[2 * k + 1]),
                 "role": r.choice(["manager", "professional"])},
            ],
        })
    ids = [p["id"] for p in parties]
    entity = form in ("cooperative", "joint-venture")
    agreement = {
        "comments": ["All four parties signed; the text lies with the secretary"],
        "id": "covenant",
        "title": "Covenant %s" % title,
        "kind": "entity" if entity else "contract",
        "between": ids,
        "about": "Shared %s in the region of %s" % (sec["topic"], towns[0]),
        "entity": ("%s %s B.V." % (towns[0], sec["topic"].title())) if entity else None,
        "shares": ["risks", "costs", "revenues"],
        "signed": signed,
    }
    body = {
        "id": "steering",
        "name": "Steering committee",
        "members": ids,
        "decides": r.choice(DECIDES),
        "chair": ids[r.randrange(4)],
    }
    header = [h.format(topic=sec["topic"].capitalize(), t=towns[0], n=4, i=i,
                       form=form.replace("-", " "), signed=signed) for h in HEADER]
    return {
        "comments": header,
        "lang": "nl" if r.random() < 0.2 else "en",
        "id": cid,
        "title": title,
        "form": form,
        "phase": r.choice(PHASES),
        "goals": r.sample(sec["goals"], 2),
        "strategy": r.choice(STRATEGIES),
        "process": r.choice(PROCESSES),
        "style": r.choice(STYLES),
        "term": {"from": start, "until": until},
        "reviews": [review],
        "exit": r.choice(EXITS),
        "parties": parties,
        "agreements": [agreement],
        "governance": {
            "comments": ["The steering committee meets four times a year"],
            "bodies": [body],
            "escalation": r.choice(ESCALATIONS),
        },
        "results": [s.format(**fill) for s in sec["results"]],
    }

# ---- the statement-dense profile (--profile dense): the same kind of
# content in about 1.8 KB a collaboration, with short texts and more
# statements per kilobyte: five to eight parties with two or three people,
# two or three agreements, a body of all members, one statement per line
# and some lines of several statements joined by ';'.

SHORT = {
    "goals": ["Shorter waits", "Care close to home", "One plan per family",
              "Local energy", "Safe dikes", "No early leavers", "Clean wells"],
    "interests": ["Fewer admissions", "Lower costs", "Earlier signals", "Room on the grid",
                  "Trained staff", "Safe dikes", "Clean water", "Stable income"],
    "contributes": ["2 FTE", "Office space", "A planner", "Land", "Funding",
                    "Data", "A coach", "Two teachers", "Engineers"],
    "gives_up": ["Own intake", "Own planning", "Sole say", "Own timetable", "Own list"],
    "strategies": ["Start small", "Pool the staff", "Goal first", "One shared file"],
    "processes": ["Monthly meeting", "Weekly table", "Working groups"],
    "styles": ["Consensus", "Facilitating", "Directive"],
    "exits": ["Six months' notice", "By decision", "At the end of the term"],
    "escalations": ["Mediator", "The directors"],
    "results": ["{n} homes by {y}", "{n} patients a year", "Waits under {p} weeks",
                "{n} families helped", "{n} km of dike"],
}


def dense_collaboration(seed, i):
    """The content of statement-dense collaboration i, as the JSON holds it."""
    r = random.Random("dense:%d:%d" % (seed, i))
    sec = SECTORS[r.randrange(len(SECTORS))]
    form = r.choice(FORMS)
    nparties = r.randrange(4, 6)
    towns = r.sample(TOWNS, nparties)
    kinds = [r.choice(sec["orgs"]) for _ in range(nparties)]
    y0 = r.randrange(2022, 2027)
    years = r.randrange(2, 7)
    fill = {"y": y0 + years, "n": r.randrange(50, 5000), "p": r.randrange(2, 9)}
    parties = []
    for k in range(nparties):
        prefix, pattern = kinds[k]
        parties.append({
            "comments": ["member since the start"] if k % 3 == 0 else [],
            "id": "%s%d" % (prefix, k + 1),
            "name": pattern.format(t=towns[k]),
            "kvk": "%08d" % r.randrange(10**7, 10**8),
            "interests": [r.choice(SHORT["interests"])],
            "contributes": [r.choice(SHORT["contributes"])],
            "gives_up": [r.choice(SHORT["gives_up"])],
            "people": [{"name": "%s. %s" % (r.choice(INITIALS), r.choice(SURNAMES)),
                        "role": "director" if p == 0 else r.choice(["manager", "professional"])}
                       for p in range(2 + (k % 3 == 2))],
        })
    ids = [p["id"] for p in parties]
    agreements = []
    entity = form in ("cooperative", "joint-venture")
    for a in range(r.randrange(2, 4)):
        between = ids if a == 0 else r.sample(ids, r.randrange(2, len(ids)))
        agreements.append({
            "comments": ["signed by all"] if a == 0 else [],
            "id": "a%d" % (a + 1),
            "title": ["Covenant", "Data deal", "Staff pool"][a],
            "kind": "entity" if a == 0 and entity else "contract",
            "between": between,
            "about": None,
            "entity": ("%s %s B.V." % (towns[0], sec["topic"].title())) if a == 0 and entity else None,
            "shares": ["risks", "costs", "revenues"] if a == 0 else ["costs"],
            "signed": date(y0 - 1, r.randrange(1, 13), r.randrange(1, 29)),
        })
    body = {"id": "board", "name": "Board", "members": ids,
            "decides": r.choice(DECIDES), "chair": ids[r.randrange(nparties)]}
    return {
        "comments": ["%s %s: %d parties" % (sec["topic"].capitalize(), towns[0], nparties)],
        "lang": "nl" if r.random() < 0.3 else "en",
        "id": "c%06d" % i,
        "title": "%s %s" % (towns[0], sec["topic"]),
        "form": form,
        "phase": r.choice(PHASES),
        "goals": r.sample(SHORT["goals"], 2),
        "strategy": r.choice(SHORT["strategies"]),
        "process": r.choice(SHORT["processes"]),
        "style": r.choice(SHORT["styles"]),
        "term": {"from": date(y0, r.randrange(1, 13), 1), "until": date(y0 + years, 12, 31)},
        "reviews": [date(y0 + 1, r.randrange(1, 13), r.randrange(1, 29))],
        "exit": r.choice(SHORT["exits"]),
        "parties": parties,
        "agreements": agreements,
        "governance": {"comments": [], "bodies": [body],
                       "escalation": r.choice(SHORT["escalations"])},
        "results": [s.format(**fill) for s in r.sample(SHORT["results"], 2)],
    }


def samw_dense(c):
    """A statement-dense collaboration as .samw text: one statement per line,
    short ones joined by ';' on some lines."""
    k, o = begin(c, joined=True)
    w = o.append
    for n, p in enumerate(c["parties"]):
        party_head(p, k, w)
        if n % 2:
            w("        %s %s; %s %s" % (k("contributes"), q(p["contributes"][0]),
                                        k("gives-up"), q(p["gives_up"][0])))
        else:
            w("        %s %s" % (k("contributes"), q(p["contributes"][0])))
            w("        %s %s" % (k("gives-up"), q(p["gives_up"][0])))
        for pe in p["people"]:
            w("        %s %s %s %s" % (k("person"), q(pe["name"]), k("role"), k(pe["role"])))
        w("    }")
    for a in c["agreements"]:
        for line in a["comments"]:
            w("    # " + line)
        w("    %s %s %s {" % (k("agreement"), a["id"], q(a["title"])))
        w("        %s %s" % (k("kind"), k(a["kind"])))
        w("        %s %s" % (k("between"), ", ".join(a["between"])))
        if a["entity"]:
            w("        %s %s" % (k("entity"), q(a["entity"])))
        w("        %s %s; %s %s" % (k("shares"), ", ".join(k(s) for s in a["shares"]),
                                   k("signed"), a["signed"]))
        w("    }")
    g = c["governance"]
    w("    %s {" % k("governance"))
    for b in g["bodies"]:
        w("        %s %s %s {" % (k("body"), b["id"], q(b["name"])))
        w("            %s %s" % (k("members"), ", ".join(b["members"])))
        w("            %s %s; %s %s" % (k("decides"), k(b["decides"]), k("chair"), b["chair"]))
        w("        }")
    w("        %s %s" % (k("escalation"), q(g["escalation"])))
    w("    }")
    for s in c["results"]:
        w("    %s %s" % (k("result"), q(s)))
    w("}")
    return "\n".join(o) + "\n"



def organisation(j):
    """Organisation j of a generated register: a unique name and number."""
    kinds = sorted({o for sec in SECTORS for o in sec["orgs"]})
    prefix, pattern = kinds[j % len(kinds)]
    town = TOWNS[(j // len(kinds)) % len(TOWNS)]
    n = j // (len(kinds) * len(TOWNS)) + 1
    r = random.Random("org:%d" % j)
    return {
        "id": "o%05d_%s_%s" % (j, prefix, slug(town)),
        "name": "%s %d" % (pattern.format(t=town), n),
        "kvk": "%08d" % (10000000 + j),
        "people": [
            {"name": "%s. %s" % (r.choice(INITIALS), r.choice(SURNAMES)), "role": "director"},
            {"name": "%s. %s" % (r.choice(INITIALS), r.choice(SURNAMES)), "role": "manager"},
        ],
    }


def with_register(c, i, orgs):
    """Collaboration c with organisations of the register as its parties:
    collaboration i names organisations 4i .. 4i+3 (modulo their number),
    so that every organisation takes part in one at least."""
    ids = []
    for k, p in enumerate(c["parties"]):
        o = orgs[(4 * i + k) % len(orgs)]
        p.update({"id": o["id"], "name": o["name"], "kvk": o["kvk"], "people": o["people"]})
        ids.append(o["id"])
    c["agreements"][0]["between"] = ids
    body = c["governance"]["bodies"][0]
    body["members"] = ids
    body["chair"] = ids[0]
    return c


def register_text(orgs):
    o = ["# The register of the generated organisations", ""]
    for g in orgs:
        o.append("organisation %s %s {" % (g["id"], q(g["name"])))
        o.append("    kvk %s" % q(g["kvk"]))
        for pe in g["people"]:
            o.append("    person %s role %s" % (q(pe["name"]), pe["role"]))
        o.append("}")
        o.append("")
    return "\n".join(o)


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def begin(c, joined, registered=False):
    """The keyword speller of c's language, and the lines of c up to its
    parties: the comments above it, the `use` of the register (registered),
    and its first statements (joined: form and phase on one line)."""
    nl = c["lang"] == "nl"

    def k(word):
        return NL[word] if nl else word

    o = []
    w = o.append
    for line in c["comments"]:
        w("# " + line)
    if registered:
        w('%s "organisations.samw"' % k("use"))
        w("")
    w('%s %s %s {' % (k("collaboration"), c["id"], q(c["title"])))
    if joined:
        w("    %s %s; %s %s" % (k("form"), k(c["form"]), k("phase"), k(c["phase"])))
    else:
        w("    %s %s" % (k("form"), k(c["form"])))
        w("    %s %s" % (k("phase"), k(c["phase"])))
    for g in c["goals"]:
        w("    %s %s" % (k("goal"), q(g)))
    w("    %s %s" % (k("strategy"), q(c["strategy"])))
    w("    %s %s" % (k("process"), q(c["process"])))
    w("    %s %s" % (k("style"), q(c["style"])))
    w("    %s %s %s %s" % (k("term"), c["term"]["from"], k("until"), c["term"]["until"]))
    for rv in c["reviews"]:
        w("    %s %s" % (k("review"), rv))
    w("    %s %s" % (k("exit"), q(c["exit"])))
    return k, o


def party_head(p, k, w, registered=False):
    """The comments above a party, its first line, kvk and interests
    (registered: `party ID`, the rest is the register's)."""
    for line in p["comments"]:
        w("    # " + line)
    if registered:
        w("    %s %s {" % (k("party"), p["id"]))
    else:
        w("    %s %s %s {" % (k("party"), p["id"], q(p["name"])))
        w("        %s %s" % (k("kvk"), q(p["kvk"])))
    for s in p["interests"]:
        w("        %s %s" % (k("interest"), q(s)))


def samw(c, registered=False):
    """The collaboration as .samw text; registered: its parties refer to
    the register (`use`, then `party ID` with what belongs to this
    collaboration only)."""
    k, o = begin(c, joined=False, registered=registered)
    w = o.append
    for p in c["parties"]:
        w("")
        party_head(p, k, w, registered)
        for s in p["contributes"]:
            w("        %s %s" % (k("contributes"), q(s)))
        for s in p["gives_up"]:
            w("        %s %s" % (k("gives-up"), q(s)))
        for pe in ([] if registered else p["people"]):
            w("        %s %s %s %s" % (k("person"), q(pe["name"]), k("role"), k(pe["role"])))
        w("    }")
    for a in c["agreements"]:
        w("")
        for line in a["comments"]:
            w("    # " + line)
        w("    %s %s %s {" % (k("agreement"), a["id"], q(a["title"])))
        w("        %s %s" % (k("kind"), k(a["kind"])))
        w("        %s %s" % (k("between"), ", ".join(a["between"])))
        w("        %s %s" % (k("about"), q(a["about"])))
        if a["entity"]:
            w("        %s %s" % (k("entity"), q(a["entity"])))
        w("        %s %s" % (k("shares"), ", ".join(k(s) for s in a["shares"])))
        w("        %s %s" % (k("signed"), a["signed"]))
        w("    }")
    g = c["governance"]
    w("")
    w("    %s {" % k("governance"))
    for line in g["comments"]:
        w("        # " + line)
    for b in g["bodies"]:
        w("        %s %s %s {" % (k("body"), b["id"], q(b["name"])))
        w("            %s %s" % (k("members"), ", ".join(b["members"])))
        w("            %s %s" % (k("decides"), k(b["decides"])))
        w("            %s %s" % (k("chair"), b["chair"]))
        w("        }")
    w("        %s %s" % (k("escalation"), q(g["escalation"])))
    w("    }")
    w("")
    for s in c["results"]:
        w("    %s %s" % (k("result"), q(s)))
    w("}")
    return "\n".join(o) + "\n"


# the profiles: how each makes a collaboration, and how it writes one
PROFILES = {"text": (collaboration, samw), "dense": (dense_collaboration, samw_dense)}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, required=True, help="number of collaborations")
    ap.add_argument("--seed", type=int, default=2025)
    ap.add_argument("--samw", help="write all collaborations to this .samw file")
    ap.add_argument("--json", help="write the same content to this JSON file")
    ap.add_argument("--split", help="write one .samw file per collaboration into this directory")
    ap.add_argument("--profile", choices=sorted(PROFILES), default="text",
                    help="text: today's text-heavy collaborations (the default); "
                         "dense: statement-dense ones")
    ap.add_argument("--register", help="write a repository with a register into this directory")
    ap.add_argument("--orgs", type=int, default=1000, help="organisations of --register")
    a = ap.parse_args()
    if not (a.samw or a.json or a.split or a.register):
        ap.error("give --samw, --json, --split or --register")
    if a.register:
        orgs = [organisation(j) for j in range(a.orgs)]
        reg, full = os.path.join(a.register, "register"), os.path.join(a.register, "full")
        os.makedirs(reg, exist_ok=True)
        os.makedirs(full, exist_ok=True)
        with open(os.path.join(reg, "organisations.samw"), "w", encoding="utf-8", newline="\n") as f:
            f.write(register_text(orgs))
        for i in range(1, a.count + 1):
            c = with_register(collaboration(a.seed, i), i, orgs)
            for d, text in ((reg, samw(c, True)), (full, samw(c))):
                with open(os.path.join(d, "c%06d.samw" % i), "w", encoding="utf-8", newline="\n") as f:
                    f.write(text)
        return 0
    make, write = PROFILES[a.profile]
    if a.split:
        os.makedirs(a.split, exist_ok=True)
    fs = open(a.samw, "w", encoding="utf-8", newline="\n") if a.samw else None
    fj = open(a.json, "w", encoding="utf-8", newline="\n") if a.json else None
    if fj:
        fj.write('{\n  "collaborations": [\n')
    for i in range(1, a.count + 1):
        c = make(a.seed, i)
        text = write(c)
        if fs:
            if i > 1:
                fs.write("\n")
            fs.write(text)
        if a.split:
            with open(os.path.join(a.split, "c%06d.samw" % i), "w",
                      encoding="utf-8", newline="\n") as f:
                f.write(text)
        if fj:
            body = json.dumps(c, indent=2, ensure_ascii=False)
            fj.write("    " + body.replace("\n", "\n    "))
            fj.write(",\n" if i < a.count else "\n")
    if fj:
        fj.write("  ]\n}\n")
        fj.close()
    if fs:
        fs.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
