#!/usr/bin/env python3
"""gen_outside.py: write statement-dense, realistic .samw files (the
"outside" profile of `make bench`).

Written from the user documentation only (README.md, docs/language.md,
docs/checks.md), by a contributor who had not read samw's code, for
judging speed on files not tuned together with it: bench/gen.py and the
code were. Kept as it was written, but for its name.

Each collaboration has 6 to 15 parties (people, interests, contributions,
some KvK numbers and registrations), one or two stakeholders, two to four
agreements, a governance block with one to three bodies, and short texts.
There is one statement per line, some lines are joined with `;`, and there
are comments. Keywords are chosen per statement in English or Dutch, about
half and half. Amounts are written in forms that do not depend on the
file's language (no single separator before three digits). The dates are
consistent: phases, joining and effective dates fall within the term, and
extensions come after it.

    gen_outside.py N SEED OUT.samw [--json OUT.json] [--one-language en|nl]

The JSON holds the same content (one object per collaboration, with the
same texts, dates, amounts and references), so that `jq empty` can be timed
on the same information.
"""
import argparse
import datetime as dt
import json
import random
import sys

# (English, Dutch) spellings, all from docs/language.md keyword tables.
KW = {
    "collaboration": ("collaboration", "samenwerking"),
    "form": ("form", "vorm"),
    "phase": ("phase", "fase"),
    "since": ("since", "sinds"),
    "goal": ("goal", "doel"),
    "strategy": ("strategy", "strategie"),
    "process": ("process", "proces"),
    "style": ("style", "stijl"),
    "term": ("term", "looptijd"),
    "until": ("until", "tot"),
    "extended": ("extended", "verlengd"),
    "review": ("review", "evaluatie"),
    "exit": ("exit", "uittreding"),
    "result": ("result", "resultaat"),
    "budget": ("budget", "begroting"),
    "basis": ("basis", "grondslag"),
    "membership": ("membership", "ledental"),
    "party": ("party", "partij"),
    "stakeholder": ("stakeholder", "belanghebbende"),
    "agreement": ("agreement", "afspraak"),
    "governance": ("governance", "besturing"),
    "kind": ("kind", "soort"),
    "kvk": ("kvk", "kvk"),
    "registration": ("registration", "registratie"),
    "represents": ("represents", "vertegenwoordigt"),
    "joined": ("joined", "toegetreden"),
    "interest": ("interest", "belang"),
    "contributes": ("contributes", "inbreng"),
    "gives-up": ("gives-up", "levert-in"),
    "person": ("person", "persoon"),
    "role": ("role", "rol"),
    "title": ("title", "functie"),
    "between": ("between", "tussen"),
    "about": ("about", "over"),
    "entity": ("entity", "entiteit"),
    "shares": ("shares", "deelt"),
    "signed": ("signed", "getekend"),
    "effective": ("effective", "ingangsdatum"),
    "amends": ("amends", "wijzigt"),
    "body": ("body", "orgaan"),
    "members": ("members", "leden"),
    "decides": ("decides", "besluit"),
    "chair": ("chair", "voorzitter"),
    "secretary": ("secretary", "secretaris"),
    "veto": ("veto", "veto"),
    "escalation": ("escalation", "escalatie"),
    "mandate": ("mandate", "mandaat"),
}
VAL = {
    "network": ("network", "netwerk"),
    "alliance": ("alliance", "alliantie"),
    "public-body": ("public-body", "openbaar lichaam"),
    "cooperative": ("cooperative", "coöperatie"),
    "joint-venture": ("joint-venture", "joint venture"),
    "executing": ("executing", "uitvoeren"),
    "agreeing": ("agreeing", "overeenkomen"),
    "shaping": ("shaping", "vormgeven"),
    "exploring": ("exploring", "verkennen"),
    "director": ("director", "bestuurder"),
    "manager": ("manager", "manager"),
    "professional": ("professional", "professional"),
    "contract": ("contract", "convenant"),
    "entity": ("entity", "entiteit"),
    "framework": ("framework", "raamovereenkomst"),
    "oral": ("oral", "mondeling"),
    "subsidy": ("subsidy", "subsidiebeschikking"),
    "risks": ("risks", "risico's"),
    "costs": ("costs", "kosten"),
    "revenues": ("revenues", "opbrengsten"),
    "consensus": ("consensus", "bij consensus"),
    "majority": ("majority", "bij meerderheid"),
    "unanimity": ("unanimity", "unaniem"),
    "voluntary": ("voluntary", "vrijwillig"),
    "law": ("law", "wet"),
    "funder": ("funder", "financier"),
    "supervisor": ("supervisor", "toezichthouder"),
    "client": ("client", "opdrachtgever"),
    "other": ("other", "overig"),
    "organisation": ("organisation", "stichting"),
    "open": ("open", "onbepaalde tijd"),
}

PLACES = ["Linde", "Haarle", "Raalte", "Ommen", "Delden", "Markelo", "Rijssen",
          "Vriezen", "Beekdal", "Dalfsen", "Lemele", "Heino", "Wijhe", "Olst", "Diepen"]
ORG_KINDS = [
    ("gem", "Gemeente {p}", "Municipality of {p}"),
    ("woon", "Woonstichting {p}", "Housing {p}"),
    ("zorg", "Zorggroep {p}", "Care Group {p}"),
    ("ggz", "GGZ {p}", "Mental Health {p}"),
    ("welz", "Welzijn {p}", "Welfare {p}"),
    ("ws", "Waterschap {p}", "Water Board {p}"),
    ("coop", "Energiecoöperatie {p}", "Energy Coop {p}"),
    ("school", "Scholengroep {p}", "Schools {p}"),
    ("ha", "Huisartsen {p}", "GPs {p}"),
    ("bieb", "Bibliotheek {p}", "Library {p}"),
    ("sport", "Sportbedrijf {p}", "Sports {p}"),
    ("vb", "Voedselbank {p}", "Food Bank {p}"),
]
SUBJECTS = [
    ("zorg", "Care at home", "Zorg thuis"),
    ("wonen", "Affordable homes", "Betaalbaar wonen"),
    ("jeugd", "Youth care", "Jeugdhulp"),
    ("energie", "Local energy", "Lokale energie"),
    ("werk", "Jobs first", "Eerst werk"),
    ("armoede", "Child poverty", "Kinderarmoede"),
    ("water", "Climate-proof streets", "Klimaatadaptatie"),
    ("veilig", "Safe districts", "Veilige wijken"),
]
INTERESTS = [("Fewer admissions", "Minder opnames"),
             ("Shorter waits", "Kortere wachttijd"),
             ("Lower costs", "Lagere kosten"),
             ("Stable tenants", "Stabiele huurders"),
             ("Data for policy", "Data voor beleid"),
             ("More reach", "Meer bereik"),
             ("Shared peak risk", "Gedeeld risico"),
             ("Less double work", "Minder dubbel werk")]
GIVES = [("Own intake", "Eigen intake"),
         ("Own planning", "Eigen planning"),
         ("Own allocation", "Eigen toewijzing"),
         ("Own suppliers", "Eigen leveranciers")]
CONTRIB = [("Staff", "Mensen"), ("Annual fee", "Jaarbijdrage"),
           ("Offices", "Kantoren"), ("Data and ICT", "Data en ICT"),
           ("Case managers", "Casemanagers"),
           ("Volunteers", "Vrijwilligers"), ("Land", "Grond")]
SURN = ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer",
        "Mulder", "Bos", "Vos", "Peters", "Dekker", "Kaya", "Yilmaz", "Kok",
        "Wiersma", "Nijhuis", "Brouwer", "Aydin", "Haddou"]
# job titles per kind of organisation and role (all in the docs' table)
TITLES = {
    "gem": {"director": "wethouder", "manager": "teamleider", "professional": "beleidsadviseur"},
    "woon": {"director": "directeur-bestuurder", "manager": "projectleider", "professional": "adviseur"},
    "zorg": {"director": "lid raad van bestuur", "manager": "zorgmanager", "professional": "wijkverpleegkundige"},
    "ggz": {"director": "voorzitter raad van bestuur", "manager": "manager zorg", "professional": "casemanager"},
    "welz": {"director": "directeur-bestuurder", "manager": "coördinator", "professional": "consultant"},
    "ws": {"director": "dijkgraaf", "manager": "afdelingshoofd", "professional": "adviseur"},
    "coop": {"director": "voorzitter", "manager": "projectleider", "professional": "adviseur"},
    "school": {"director": "bestuurslid", "manager": "schoolleider", "professional": "intern begeleider"},
    "ha": {"director": "voorzitter", "manager": "praktijkmanager", "professional": "huisarts"},
    "bieb": {"director": "directeur", "manager": "coordinator", "professional": "adviseur"},
    "sport": {"director": "directeur", "manager": "teammanager", "professional": "consultant"},
    "vb": {"director": "voorzitter", "manager": "coördinator", "professional": "casemanager"},
}


def kvk_number(rng):
    return "%08d" % rng.randrange(10000000, 99999999)


def amount(rng, lo, hi):
    """An amount as (currency, text, cents), never ambiguous in either
    language: no grouping, two groupings, or with cents."""
    euros = rng.randrange(lo, hi) * 1000
    style = rng.randrange(4)
    grouped = "{:,}".format(euros)                        # 1,250,000
    if style == 1 and euros >= 1000000:
        txt = grouped.replace(",", ".")                   # 1.250.000
    elif style == 2:
        txt = grouped + ".00"                             # 1,250,000.00
    elif style == 3:
        txt = grouped.replace(",", ".") + ",00"           # 1.250.000,00
    else:
        txt = str(euros)                                  # 1250000
    cur = rng.choice(["EUR", "€"])
    return cur, txt, euros * 100


class Gen:
    def __init__(self, seed, one_language=None):
        self.rng = random.Random(seed)
        self.one = one_language

    def k(self, key):
        en, nl = KW[key]
        if self.one:
            return en if self.one == "en" else nl
        return en if self.rng.random() < 0.5 else nl

    def v(self, key):
        en, nl = VAL[key]
        if self.one:
            return en if self.one == "en" else nl
        return en if self.rng.random() < 0.5 else nl

    def t(self, pair):
        """A text: English or Dutch at random (texts are not keywords)."""
        return pair[0] if self.rng.random() < 0.5 else pair[1]

    def date(self, d):
        return d.isoformat()

    def collaboration(self, i):
        r = self.rng
        subj = r.choice(SUBJECTS)
        place = r.choice(PLACES)
        cid = "c%d_%s" % (i, subj[0])
        start = dt.date(2018 + r.randrange(8), 1 + r.randrange(12), 1)
        years = 3 + r.randrange(5)
        end = dt.date(start.year + years, start.month, 1) - dt.timedelta(days=1)
        form = r.choice(["network", "network", "alliance", "public-body",
                         "cooperative", "joint-venture"])
        # 6 to 15 parties, most often 6 to 9: keeps a collaboration at about 1.5-2 KB
        nparties = 6 + int(r.random() ** 4 * 10)
        c = {"id": cid, "title": "%s %s" % (self.t(subj[1:]), place),
             "form": form, "goal": self.t(subj[1:]) + " in " + place,
             "phases": [["agreeing", str(start - dt.timedelta(days=180))],
                        ["executing", str(start)]],
             "strategy": r.choice(["One plan per household", "Eén plan per huishouden",
                                   "Prevention first", "Eerst voorkomen"]),
             "process": r.choice(["Monthly table", "Maandelijks overleg",
                                  "Weekly case review", "Wekelijkse casustafel"]),
             "style": r.choice(["Open books", "Open boek", "Equal partners",
                                "Gelijkwaardig"]),
             "term": [str(start), str(end)],
             "extended": None, "review": None,
             "exit": r.choice(["Six months' notice", "Zes maanden opzegging",
                               "Leave per 1 January", "Uittreden per 1 januari"]),
             "basis": r.choice([None, None, "voluntary"]),
             "membership": None, "budget": None,
             "parties": [], "stakeholders": [], "agreements": [],
             "governance": {}, "results": []}
        if r.random() < 0.5:
            c["phases"] = c["phases"][1:]
        if r.random() < 0.3:
            c["extended"] = str(dt.date(end.year + 2, 12, 31))
        if r.random() < 0.5:
            c["review"] = str(dt.date(start.year + 2, 6, 30))
        if r.random() < 0.15:
            c["membership"] = nparties + 5 + r.randrange(30)
        # parties
        used = set()
        total = 0
        for j in range(nparties):
            while True:   # one organisation per (kind, place): no duplicates
                kind = ORG_KINDS[j % len(ORG_KINDS)] if j < 3 else r.choice(ORG_KINDS)
                p = place if j == 0 else r.choice(PLACES)
                if (kind[0], p) not in used:
                    used.add((kind[0], p))
                    break
            pid = "%s_%s" % (kind[0], p[:3].lower())
            n = 2
            while pid in used:
                pid = "%s_%s%d" % (kind[0], p[:3].lower(), n)
                n += 1
            used.add(pid)
            party = {"id": pid, "oneline": r.random() < 0.75, "title": self.t((kind[2].format(p=p), kind[1].format(p=p))),
                     "kvk": kvk_number(r) if r.random() < 0.2 else None,
                     "registration": "AGB %08d" % r.randrange(10 ** 7, 10 ** 8)
                     if kind[0] in ("zorg", "ggz", "ha") and r.random() < 0.3 else None,
                     "represents": None, "joined": None,
                     "interest": [self.t(r.choice(INTERESTS))],
                     "contributes": [], "gives_up": [], "people": []}
            if kind[0] == "coop" and r.random() < 0.5:
                party["represents"] = "%d leden" % (50 + r.randrange(900))
            if j >= nparties - 2 and r.random() < 0.4:
                party["joined"] = str(start + dt.timedelta(days=365 + r.randrange(300)))
            con = {"text": self.t(r.choice(CONTRIB)), "amount": None}
            if r.random() < 0.3:
                cur, txt, cents = amount(r, 10, 2500)
                con["amount"] = {"currency": cur, "text": txt}
                total += cents
            party["contributes"].append(con)
            if r.random() < 0.2:
                party["gives_up"].append(self.t(r.choice(GIVES)))
            for _ in range(1 + (r.random() < 0.1)):
                role = r.choice(["director", "manager", "professional"])
                party["people"].append({
                    "name": "%s. %s" % (chr(65 + r.randrange(26)), r.choice(SURN)),
                    "role": role,
                    "title": TITLES[kind[0]][role] if r.random() < 0.15 else None})
            c["parties"].append(party)
        ids = [p["id"] for p in c["parties"]]
        core = [p["id"] for p in c["parties"] if not p["joined"]]
        # stakeholders
        st = {"id": "sh_prov", "title": "Provincie %s" % r.choice(["Overijssel", "Drenthe", "Gelderland"]),
              "role": r.choice(["funder", "supervisor", "client"]),
              "interest": self.t(("Regional targets met", "Regionale doelen gehaald")),
              "contributes": None}
        if st["role"] == "funder":
            cur, txt, cents = amount(r, 50, 900)
            st["contributes"] = {"text": "Grant", "amount": {"currency": cur, "text": txt}}
            total += cents
        if st["role"] == "funder" or r.random() < 0.4:
            c["stakeholders"].append(st)
        if total and r.random() < 0.7:
            # a budget the contributions add up to, written without separators
            c["budget"] = {"currency": "EUR", "text": str(total // 100)}
        # agreements
        main_kinds = {"network": ["contract"], "alliance": ["contract"],
                      "public-body": ["contract", "entity"],
                      "cooperative": ["contract", "entity"],
                      "joint-venture": ["contract", "entity"]}[form]
        main = {"id": "main", "title": self.t(("Covenant", "Convenant")) + " " + place,
                "kinds": main_kinds, "between": core if len(core) <= 7 and r.random() < 0.5 else None,
                "about": self.t(("Roles, money and data sharing", "Rollen, geld en gegevensdeling"))
                if r.random() < 0.5 else None,
                "entity": ("%s %s BV" % (subj[0].capitalize(), place)) if "entity" in main_kinds else None,
                "shares": ["risks", "costs", "revenues"] if form == "alliance"
                else r.sample(["risks", "costs", "revenues"], 1 + r.randrange(2)),
                "signed": str(start - dt.timedelta(days=20 + r.randrange(60))),
                "effective": str(start), "amends": None}
        c["agreements"].append(main)
        late = [p["id"] for p in c["parties"] if p["joined"]]
        if late:
            c["agreements"].append({
                "id": "join", "title": "Accession", "kinds": ["contract"],
                "between": [core[0]] + late, "about": None, "entity": None,
                "shares": None, "signed": None,
                "effective": max(p["joined"] for p in c["parties"] if p["joined"]),
                "amends": "main"})
        if st["role"] == "funder":
            c["agreements"].append({
                "id": "grant", "title": self.t(("Grant decision", "Subsidiebeschikking")),
                "kinds": ["subsidy"], "between": ["sh_prov", core[0]],
                "about": None, "entity": None, "shares": None,
                "signed": str(start), "effective": None, "amends": None})
        if r.random() < 0.3:
            a, b = r.sample(core, 2)
            c["agreements"].append({
                "id": "data", "title": "Data", "kinds": ["oral"],
                "between": [a, b], "about": self.t(("Sharing client data", "Delen van cliëntgegevens")),
                "entity": None, "shares": None, "signed": None,
                "effective": None, "amends": None})
        # governance
        bodies = [{"id": "board", "title": self.t(("Steering group", "Stuurgroep")),
                   "members": core[:min(len(core), 8)],
                   "decides": r.choice(["consensus", "majority", "majority", "unanimity"]),
                   "ratio": None, "chair": core[0], "secretary": None, "veto": None}]
        if bodies[0]["decides"] == "majority" and r.random() < 0.6:
            bodies[0]["ratio"] = r.choice(["2/3", "3/4", "60%", "66,7%"])
        if r.random() < 0.5:
            bodies[0]["secretary"] = core[1]
        if r.random() < 0.3:
            bodies[0]["veto"] = core[:2]
        if r.random() < 0.3:
            bodies.append({"id": "team", "title": self.t(("Core team", "Kernteam")),
                           "members": r.sample(core, 3), "decides": "consensus",
                           "ratio": None, "chair": None, "secretary": None, "veto": None})
        c["governance"] = {"bodies": bodies,
                           "escalation": self.t(("To the boards", "Naar de besturen")),
                           "mandate": None}
        if r.random() < 0.2:
            c["governance"]["mandate"] = [core[0], self.t(("Contact with funders", "Contact met financiers"))]
        c["results"] = [self.t(("Waiting time halved", "Wachttijd gehalveerd")),
                        self.t(("200 households helped", "200 huishoudens geholpen"))][:1 + (r.random() < 0.3)]
        return c

    # ------------------------------------------------------------------ text
    def write(self, c, out):
        k, v, r = self.k, self.v, self.rng
        q = json.dumps  # a JSON string is a valid samw string for our texts
        L = []
        if r.random() < 0.3:
            L.append("# %s" % c["title"])
        L.append('%s %s %s {' % (k("collaboration"), c["id"], q(c["title"], ensure_ascii=False)))
        L.append("    %s %s" % (k("form"), v(c["form"])))
        if c["basis"]:
            L.append("    %s %s" % (k("basis"), v(c["basis"])))
        for ph, since in c["phases"]:
            L.append("    %s %s %s %s" % (k("phase"), v(ph), k("since"), since))
        L.append("    %s %s" % (k("goal"), q(c["goal"], ensure_ascii=False)))
        if r.random() < 0.85:  # a ;-joined line
            L.append("    %s %s; %s %s; %s %s" % (k("strategy"), q(c["strategy"], ensure_ascii=False),
                                                  k("process"), q(c["process"], ensure_ascii=False),
                                                  k("style"), q(c["style"], ensure_ascii=False)))
        else:
            L.append("    %s %s" % (k("strategy"), q(c["strategy"], ensure_ascii=False)))
            L.append("    %s %s" % (k("process"), q(c["process"], ensure_ascii=False)))
            L.append("    %s %s  # own dynamics" % (k("style"), q(c["style"], ensure_ascii=False)))
        L.append("    %s %s %s %s" % (k("term"), c["term"][0], k("until"), c["term"][1]))
        if c["extended"]:
            L.append("    %s %s %s" % (k("extended"), k("until"), c["extended"]))
        if c["review"]:
            L.append("    %s %s" % (k("review"), c["review"]))
        L.append("    %s %s" % (k("exit"), q(c["exit"], ensure_ascii=False)))
        if c["budget"]:
            L.append("    %s %s %s" % (k("budget"), c["budget"]["currency"], c["budget"]["text"]))
        if c["membership"]:
            L.append('    %s %d "%s"' % (k("membership"), c["membership"], "members"))
        for p in c["parties"]:
            if p["oneline"] and not (p["registration"] or p["represents"]
                                     or p["joined"] or p["gives_up"] or len(p["people"]) > 1):
                # a short block on one line, statements joined with ';'
                con = p["contributes"][0]
                cs = "%s %s" % (k("contributes"), q(con["text"], ensure_ascii=False))
                if con["amount"]:
                    cs += " %s %s" % (con["amount"]["currency"], con["amount"]["text"])
                pe = p["people"][0]
                ps = '%s "%s" %s %s' % (k("person"), pe["name"], k("role"), v(pe["role"]))
                if pe["title"]:
                    ps += ' %s "%s"' % (k("title"), pe["title"])
                kv = ('%s "%s"; ' % (k("kvk"), p["kvk"])) if p["kvk"] else ""
                L.append("    %s %s %s { %s%s %s; %s; %s }" % (
                    k("party"), p["id"], q(p["title"], ensure_ascii=False), kv,
                    k("interest"), q(p["interest"][0], ensure_ascii=False), cs, ps))
                continue
            L.append("    %s %s %s {" % (k("party"), p["id"], q(p["title"], ensure_ascii=False)))
            if p["kvk"] and p["interest"] and r.random() < 0.5:
                L.append('        %s "%s"; %s %s' % (k("kvk"), p["kvk"], k("interest"),
                                                     q(p["interest"][0], ensure_ascii=False)))
            else:
                if p["kvk"]:
                    L.append('        %s "%s"' % (k("kvk"), p["kvk"]))
                for it in p["interest"]:
                    L.append("        %s %s" % (k("interest"), q(it, ensure_ascii=False)))
            if p["registration"]:
                L.append('        %s %s "%s"' % (k("registration"), v("other"), p["registration"]))
            if p["represents"]:
                L.append('        %s "%s"' % (k("represents"), p["represents"]))
            if p["joined"]:
                L.append("        %s %s" % (k("joined"), p["joined"]))
            for con in p["contributes"]:
                s = "        %s %s" % (k("contributes"), q(con["text"], ensure_ascii=False))
                if con["amount"]:
                    s += " %s %s" % (con["amount"]["currency"], con["amount"]["text"])
                L.append(s)
            for g in p["gives_up"]:
                L.append("        %s %s" % (k("gives-up"), q(g, ensure_ascii=False)))
            for pe in p["people"]:
                s = '        %s "%s" %s %s' % (k("person"), pe["name"], k("role"), v(pe["role"]))
                if pe["title"]:
                    s += ' %s "%s"' % (k("title"), pe["title"])
                L.append(s)
            L.append("    }")
        for s in c["stakeholders"]:
            L.append("    %s %s %s {" % (k("stakeholder"), s["id"], q(s["title"], ensure_ascii=False)))
            L.append("        %s %s; %s %s" % (k("role"), v(s["role"]), k("interest"),
                                                q(s["interest"], ensure_ascii=False)))
            if s["contributes"]:
                L.append('        %s "%s" %s %s' % (k("contributes"), s["contributes"]["text"],
                                                   s["contributes"]["amount"]["currency"],
                                                   s["contributes"]["amount"]["text"]))
            L.append("    }")
        for a in c["agreements"]:
            L.append("    %s %s %s {" % (k("agreement"), a["id"], q(a["title"], ensure_ascii=False)))
            L.append("        %s %s" % (k("kind"), ", ".join(v(x) for x in a["kinds"])))
            if a["amends"]:
                L.append("        %s %s" % (k("amends"), a["amends"]))
            if a["between"]:      # without `between` it binds every party
                L.append("        %s %s" % (k("between"), ", ".join(a["between"])))
            if a["about"]:
                L.append("        %s %s" % (k("about"), q(a["about"], ensure_ascii=False)))
            if a["entity"]:
                L.append("        %s %s" % (k("entity"), q(a["entity"], ensure_ascii=False)))
            if a["shares"]:
                L.append("        %s %s" % (k("shares"), ", ".join(v(x) for x in a["shares"])))
            if a["signed"] and a["effective"]:
                L.append("        %s %s; %s %s" % (k("signed"), a["signed"], k("effective"), a["effective"]))
            elif a["signed"]:
                L.append("        %s %s" % (k("signed"), a["signed"]))
            elif a["effective"]:
                L.append("        %s %s" % (k("effective"), a["effective"]))
            L.append("    }")
        g = c["governance"]
        L.append("    %s {" % k("governance"))
        for b in g["bodies"]:
            L.append("        %s %s %s {" % (k("body"), b["id"], q(b["title"], ensure_ascii=False)))
            L.append("            %s %s" % (k("members"), ", ".join(b["members"])))
            d = "            %s %s" % (k("decides"), v(b["decides"]))
            if b["ratio"]:
                d += " " + b["ratio"]
            if b["chair"]:
                d += "; %s %s" % (k("chair"), b["chair"])
            L.append(d)
            if b["secretary"]:
                L.append("            %s %s" % (k("secretary"), b["secretary"]))
            if b["veto"]:
                L.append("            %s %s" % (k("veto"), ", ".join(b["veto"])))
            L.append("        }")
        if g["mandate"]:
            L.append("        # samw: allow mandate -- given and revocable under the covenant")
            L.append("        %s %s %s" % (k("mandate"), g["mandate"][0], q(g["mandate"][1], ensure_ascii=False)))
        L.append("        %s %s" % (k("escalation"), q(g["escalation"], ensure_ascii=False)))
        L.append("    }")
        for res in c["results"]:
            L.append("    %s %s" % (k("result"), q(res, ensure_ascii=False)))
        L.append("}")
        out.write("\n".join(L) + "\n")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", type=int, help="number of collaborations")
    ap.add_argument("seed", type=int)
    ap.add_argument("out", help="output .samw path ('-' for stdout)")
    ap.add_argument("--json", metavar="PATH", help="also write the same content as JSON")
    ap.add_argument("--one-language", choices=["en", "nl"],
                    help="all keywords in one language instead of mixed")
    a = ap.parse_args(argv)
    gen = Gen(a.seed, a.one_language)
    out = sys.stdout if a.out == "-" else open(a.out, "w", encoding="utf-8", newline="\n")
    js = open(a.json, "w", encoding="utf-8") if a.json else None
    if js:
        js.write("[\n")
    for i in range(a.n):
        c = gen.collaboration(i)
        gen.write(c, out)
        if js:
            js.write(("," if i else "") + json.dumps(c, ensure_ascii=False, separators=(",", ":")) + "\n")
    if js:
        js.write("]\n")
        js.close()
    if out is not sys.stdout:
        out.close()


if __name__ == "__main__":
    main()
