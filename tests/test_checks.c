/* Every check: one input that makes it fire (with the exact codes,
 * positions and severities reported) and one that keeps it silent; the
 * phase rule for each of its codes in every phase, and every case again
 * before agreeing. Inputs are variations of one complete collaboration that
 * passes every check. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "diagnostics/diag.h"
#include "util.h"

static const char base[] =
	"collaboration c \"C\" {\n"                 /* 1 */
	"    form network\n"                        /* 2 */
	"    phase executing\n"                     /* 3 */
	"    goal \"g\"\n"                          /* 4 */
	"    strategy \"s\"\n"                      /* 5 */
	"    process \"p\"\n"                       /* 6 */
	"    style \"m\"\n"                         /* 7 */
	"    term 2025-01-01 until 2027-12-31\n"    /* 8 */
	"    exit \"e\"\n"                          /* 9 */
	"    party a \"A\" {\n"                     /* 10 */
	"        interest \"i\"\n"                  /* 11 */
	"        contributes \"x\"\n"               /* 12 */
	"        gives-up \"y\"\n"                  /* 13 */
	"        person \"P\" role director\n"      /* 14 */
	"    }\n"                                   /* 15 */
	"    party b \"B\" {\n"                     /* 16 */
	"        interest \"i\"\n"                  /* 17 */
	"        contributes \"x\"\n"               /* 18 */
	"        person \"Q\" role manager\n"       /* 19 */
	"    }\n"                                   /* 20 */
	"    agreement k {\n"                       /* 21 */
	"        kind contract\n"                   /* 22 */
	"        between a, b\n"                    /* 23 */
	"        shares risks, costs, revenues\n"   /* 24 */
	"    }\n"                                   /* 25 */
	"    governance {\n"                        /* 26 */
	"        body s {\n"                        /* 27 */
	"            members a, b\n"                /* 28 */
	"            decides consensus\n"           /* 29 */
	"        }\n"                               /* 30 */
	"    }\n"                                   /* 31 */
	"    result \"r\"\n"                        /* 32 */
	"}\n";                                      /* 33 */

/* s with the first occurrence of from replaced by to (s is freed) */
static char *replace(char *s, const char *from, const char *to)
{
	char *at = strstr(s, from);
	if (!at)
		print_error("'%s' is not in the text\n", from);
	assert_non_null(at);
	size_t nf = strlen(from), nt = strlen(to);
	char *n = malloc(strlen(s) - nf + nt + 1);
	size_t pre = (size_t)(at - s);
	memcpy(n, s, pre);
	memcpy(n + pre, to, nt);
	strcpy(n + pre + nt, at + nf);
	free(s);
	return n;
}

/* base with up to three replacements (each of the first occurrence) */
static char *edit(const char *from1, const char *to1, const char *from2, const char *to2,
                  const char *from3, const char *to3)
{
	char *s = strdup(base);
	const char *from[3] = { from1, from2, from3 }, *to[3] = { to1, to2, to3 };
	for (int i = 0; i < 3; i++)
		if (from[i])
			s = replace(s, from[i], to[i]);
	return s;
}

typedef struct tcase {
	const char *name;
	const char *from[3], *to[3];
	const char *expect;
} tcase;

/* organisations a and b in the file itself: line L of base moves to L + 8 */
#define ORGS "organisation a \"A\" {\n    kvk \"01234567\"\n    person \"P\" role director\n}\n" \
	"organisation b \"B\" {\n    kvk \"76543210\"\n}\n\ncollaboration c \"C\" {\n"
#define TOP "collaboration c \"C\" {\n"

#define PARTY_B "    party b \"B\" {\n        interest \"i\"\n        contributes \"x\"\n        person \"Q\" role manager\n    }\n"

static const tcase cases[] = {
	{ "complete file is silent", { 0 }, { 0 }, "" },

	/* C1 */
	{ "SW105 the joint entity as a party", { "    agreement k {\n        kind contract", 0 },
	  { "    party e \"Joint BV\" {\n        interest \"i\"\n        contributes \"x\"\n        person \"E\" role manager\n    }\n"
	    "    agreement k {\n        kind entity\n        entity \"Joint BV\"", 0 }, "SW105 21:11 warning" },
	{ "SW105 silent: the entity not a party", { "    agreement k {\n        kind contract", 0 },
	  { "    agreement k {\n        kind entity\n        entity \"Joint BV\"", 0 }, "" },
	{ "SW106 membership smaller than the parties", { "    party a \"A\" {", 0 }, { "    membership 1\n    party a \"A\" {", 0 },
	  "SW106 10:16 warning" },
	{ "SW106 silent: a party that has left is no member", { "    party a \"A\" {", "        person \"Q\" role manager\n" },
	  { "    membership 2\n    party a \"A\" {", "        person \"Q\" role manager\n    }\n    party c \"C2\" {\n        interest \"i\"\n        contributes \"x\"\n        left 2025-06-01\n        person \"R\" role manager\n" }, "" },
	{ "SW106 silent: a selection of a larger membership", { "    party a \"A\" {", 0 }, { "    membership 15\n    party a \"A\" {", 0 }, "" },
	{ "SW101 silent: one party listed of a membership of 15", { PARTY_B, "between a, b", "members a, b" },
	  { "    membership 15\n", "between a", "members a" }, "" },
	{ "SW101 a party that has left does not count", { "        person \"Q\" role manager\n", 0 },
	  { "        person \"Q\" role manager\n        left 2025-06-01\n", 0 }, "SW101 1:15 error" },
	{ "SW401 quoted part-of names another party's title", { "party a \"A\" {", "party b \"B\" {\n" },
	  { "party a \"Gemeente  Amsterdam\" {", "party b \"B\" {\n        part-of \"gemeente amsterdam.\"\n" }, "SW401 17:17 error" },
	{ "SW101 one party", { PARTY_B, "between a, b", "members a, b" }, { "", "between a", "members a" },
	  "SW101 1:15 error" },
	{ "SW101 no party", { "    party a \"A\" {\n        interest \"i\"\n        contributes \"x\"\n        gives-up \"y\"\n        person \"P\" role director\n    }\n" PARTY_B,
	                      "        between a, b\n", "            members a, b\n" }, { "", "", "" },
	  "SW101 1:15 error" },
	{ "SW102 person as party", { "party b \"B\" {\n", 0 }, { "party b \"B\" {\n        kind person\n", 0 },
	  "SW102 17:14 error" },
	{ "SW103 intra-organisational", { "party a \"A\" {\n", "party b \"B\" {\n" },
	  { "party a \"A\" {\n        kind department\n        part-of \"Org\"\n", "party b \"B\" {\n        kind team\n        part-of \"Org\"\n" },
	  "SW103 1:15 error" },
	{ "SW103 silent: different organisations", { "party a \"A\" {\n", "party b \"B\" {\n" },
	  { "party a \"A\" {\n        kind department\n        part-of \"Org\"\n", "party b \"B\" {\n        kind team\n        part-of \"Other\"\n" },
	  "" },
	{ "SW104 unit without organisation", { "party b \"B\" {\n", 0 }, { "party b \"B\" {\n        kind project\n", 0 },
	  "SW104 16:11 warning" },

	/* the register of organisations */
	{ "SW017 parties declared in full that the register holds; SW018 unused", { TOP, 0 }, { ORGS, 0 },
	  "SW018 1:14 note\nSW018 5:14 note\nSW017 18:5 warning\nSW017 24:5 warning" },
	{ "SW017 silent: the parties refer to the register", { TOP, "party a \"A\" {", "party b \"B\" {" },
	  { ORGS, "party a {", "party b {" }, "" },
	{ "SW018 silent: allowed by a comment above the organisation", { TOP, "party a \"A\" {", "party b \"B\" {" },
	  { "# samw: allow unused-organisation -- kept for the archive\norganisation z \"Z\" {\n}\n" ORGS,
	    "party a {", "party b {" }, "" },
	{ "SW302 a registered person without a role, where registered", { TOP, 0 },
	  { "organisation z \"Z\" {\n    person \"R\"\n}\n\n" TOP, 0 }, "SW018 1:14 note\nSW302 2:12 note" },
	{ "SW015 silent: each organisation its own number", { TOP, "party a \"A\" {", "party b \"B\" {" },
	  { ORGS "", "party a {", "party b {" }, "" },
	{ "SW015 one KvK number under two organisations", { TOP, "party a \"A\" {", "party b \"B\" {" },
	  { "organisation a \"A\" {\n    kvk \"01234567\"\n}\norganisation b \"B\" {\n    kvk \"01234567\"\n}\n\n" TOP,
	    "party a {", "party b {" }, "SW015 5:9 error" },
	{ "SW016 one organisation under two names", { TOP, "party a \"A\" {", "party b \"B\" {" },
	  { "organisation a \"Gemeente A\" {\n}\norganisation b \"gemeente  a.\" {\n}\n\n" TOP,
	    "party a {", "party b {" }, "SW016 3:14 warning" },
	{ "SW007 a party that is neither declared nor registered", { TOP, "party a \"A\" {", "    agreement k" },
	  { ORGS, "party a {", "    party zz\n    agreement k" }, "SW018 5:14 note\nSW017 24:5 warning\nSW007 29:11 error" },
	{ "SW007 a registered organisation that is no party", { TOP, "party a \"A\" {", "between a, b" },
	  { "organisation z \"Z\" {\n}\n" ORGS, "party a {", "between a, b, z" },
	  "SW018 1:14 note\nSW018 7:14 note\nSW017 26:5 warning\nSW007 33:23 error" },
	{ "SW001 `party ID` without a block and no register, as ever", { "    agreement k", 0 },
	  { "    party zz\n    agreement k", 0 }, "SW001 21:5 error" },
	{ "SW401 part of another party, says the register", { TOP, "party a \"A\" {", "party b \"B\" {" },
	  { "organisation a \"A\" {\n}\norganisation b \"B\" {\n    part-of a\n}\n\n" TOP, "party a {", "party b {" },
	  "SW401 22:11 error" },
	{ "SW401 part of another party, says the register, without titles", { TOP, "party a \"A\" {", "party b \"B\" {" },
	  { "organisation a {\n}\norganisation b {\n    part-of a\n}\n\n" TOP, "party a {", "party b {" },
	  "SW401 22:11 error" },
	{ "SW103 parties declared in full, part of one registered organisation", { TOP, "party a \"A\" {\n", "party b \"B\" {\n" },
	  { "organisation org \"Org\" {\n}\n\n" TOP, "party a \"A\" {\n        kind department\n        part-of org\n",
	    "party b \"B\" {\n        kind team\n        part-of org\n" },
	  "SW103 4:15 error" },
	{ "SW103 both part of one registered organisation", { TOP, "party a \"A\" {", "party b \"B\" {" },
	  { "organisation org \"Org\" {\n}\norganisation a \"A\" {\n    kind department\n    part-of org\n}\n"
	    "organisation b \"B\" {\n    kind team\n    part-of org\n}\n\n" TOP, "party a {", "party b {" },
	  "SW103 12:15 error" },
	{ "SW014 a register that is not there", { TOP, 0 }, { "use \"nosuch.samw\"\n\n" TOP, 0 },
	  "SW014 1:5 error" },
	{ "SW014 use below a collaboration", { "    result \"r\"\n}\n", 0 }, { "    result \"r\"\n}\nuse \"nosuch.samw\"\n", 0 },
	  "SW014 34:1 error\nSW014 34:5 error" },
	{ "SW014 an absolute path", { TOP, 0 }, { "use \"/etc/passwd\"\n\n" TOP, 0 }, "SW014 1:5 error" },

	/* C2 */
	{ "SW206 contributions do not add up to the budget", { "    goal \"g\"", "contributes \"x\"\n        gives-up" },
	  { "    goal \"g\"\n    budget EUR 1000", "contributes \"x\" EUR 400\n        gives-up" }, "SW206 5:12 note" },
	{ "SW206 silent: they add up", { "    goal \"g\"", "contributes \"x\"\n        gives-up", "contributes \"x\"\n        person \"Q\"" },
	  { "    goal \"g\"\n    budget EUR 800", "contributes \"x\" EUR 400\n        gives-up", "contributes \"x\" EUR 400\n        person \"Q\"" }, "" },
	{ "SW201 no goal", { "    goal \"g\"\n", 0 }, { "", 0 }, "SW201 1:15 error" },
	{ "SW202 no resources", { "        contributes \"x\"\n", "        contributes \"x\"\n", "form network" },
	  { "", "", "form other" }, "SW202 1:15 warning" },
	{ "SW203 no results", { "    result \"r\"\n", 0 }, { "", 0 }, "SW203 1:15 warning" },
	{ "SW204 no governance", { "    governance {\n        body s {\n            members a, b\n            decides consensus\n        }\n    }\n", 0 },
	  { "", 0 }, "SW204 1:15 warning" },
	{ "SW205 own dynamics", { "    strategy \"s\"\n", "    style \"m\"\n" }, { "", "" }, "SW205 1:15 note" },

	/* C3 */
	{ "SW302 a person without a role", { "person \"Q\" role manager", 0 }, { "person \"Q\"", 0 }, "SW302 19:16 note" },
	{ "SW302 silent: a title and a role", { "person \"Q\" role manager", 0 }, { "person \"Q\" role manager title \"alderman\"", 0 }, "" },
	{ "SW301 no people", { "        person \"Q\" role manager\n", 0 }, { "", 0 }, "SW301 16:11 warning" },

	/* C4 */
	{ "SW403 one member decides for three", { "    agreement k {", "between a, b", "members a, b" },
	  { "    party c \"C2\" {\n        interest \"i\"\n        contributes \"x\"\n        person \"R\" role professional\n    }\n" "    agreement k {", "between a, b, c", "members a" }, "SW403 33:21 warning" },
	{ "SW405 a mandate", { "    governance {\n", 0 }, { "    governance {\n        mandate a \"inkoop\"\n", 0 }, "SW405 27:17 note" },
	{ "SW406 required by law", { "    goal \"g\"", 0 }, { "    goal \"g\"\n    basis law \"art. 18a WPO\"", 0 }, "SW406 5:11 note" },
	{ "SW406 silent: voluntary", { "    goal \"g\"", 0 }, { "    goal \"g\"\n    basis voluntary", 0 }, "" },
	{ "SW401 part of another party", { "party b \"B\" {\n", 0 }, { "party b \"B\" {\n        part-of a\n", 0 },
	  "SW401 17:17 error" },
	{ "SW401 silent: part of an outside organisation", { "party b \"B\" {\n", 0 }, { "party b \"B\" {\n        part-of \"Holding\"\n", 0 }, "" },
	{ "SW402 no interest", { "        interest \"i\"\n", 0 }, { "", 0 }, "SW402 10:11 warning" },
	{ "SW403 direct control", { "decides consensus", 0 }, { "decides a", 0 }, "SW403 29:21 warning" },
	{ "SW404 nothing given up", { "        gives-up \"y\"\n", 0 }, { "", 0 }, "SW404 1:15 note" },

	/* C5 */
	{ "SW507 a party that left is bound later", { "        person \"Q\" role manager\n", "    agreement k {\n        kind contract\n", "between a, b" },
	  { "        person \"Q\" role manager\n        left 2025-06-01\n", "    party c \"C2\" {\n        interest \"i\"\n        contributes \"x\"\n        person \"R\" role professional\n    }\n" "    agreement k {\n        kind contract\n        effective 2025-09-01\n", "between a, b, c" },
	  "SW507 30:20 warning" },
	{ "SW507 silent: bound before it left", { "        person \"Q\" role manager\n", "    agreement k {\n        kind contract\n", "between a, b" },
	  { "        person \"Q\" role manager\n        left 2025-06-01\n", "    party c \"C2\" {\n        interest \"i\"\n        contributes \"x\"\n        person \"R\" role professional\n    }\n" "    agreement k {\n        kind contract\n        effective 2025-03-01\n", "between a, b, c" },
	  "" },
	{ "SW508 only a subsidy decision", { "kind contract", 0 }, { "kind subsidy", 0 }, "SW508 1:15 error" },
	{ "SW508 a letter of intent in phase agreeing", { "kind contract", "phase executing" }, { "kind letter-of-intent", "phase agreeing" },
	  "SW508 1:15 error" },
	{ "SW508 silent: a letter of intent while exploring", { "kind contract", "phase executing" }, { "kind letter-of-intent", "phase exploring" }, "" },
	{ "SW501 no agreement", { "    agreement k {\n        kind contract\n        between a, b\n        shares risks, costs, revenues\n    }\n", 0 },
	  { "", 0 }, "SW501 1:15 error" },
	{ "SW502 one-sided agreement", { "between a, b", 0 }, { "between a", 0 },
	  "SW503 16:11 warning\nSW502 23:9 error" },
	{ "SW503 unbound party", { "between a, b", 0 }, { "between a, a", 0 },
	  "SW503 16:11 warning\nSW502 23:9 error\nSW005 23:20 error" },
	{ "SW503 silent: no between binds all", { "        between a, b\n", 0 }, { "", 0 }, "" },
	{ "SW504 entity unnamed", { "kind contract", 0 }, { "kind entity", 0 }, "SW504 21:15 error" },
	{ "SW504 silent: entity named", { "kind contract", 0 }, { "kind entity\n        entity \"E B.V.\"", 0 }, "" },
	{ "SW505 missing document", { "kind contract", 0 }, { "kind contract\n        document \"no/such/file.pdf\"", 0 }, "SW505 23:18 warning" },
	{ "SW506 a folder above the file's folder", { "kind contract", 0 }, { "kind contract\n        document \"../tests\"", 0 }, "SW506 23:18 warning" },
	{ "SW505 a folder in the tree is not a document", { "kind contract", 0 }, { "kind contract\n        document \".\"", 0 }, "SW505 23:18 warning" },
	{ "SW505 silent: existing document", { "kind contract", 0 }, { "kind contract\n        document \"test_checks.c\"", 0 }, "" },
	{ "SW506 absolute path", { "kind contract", 0 }, { "kind contract\n        document \"/etc/passwd\"", 0 }, "SW506 23:18 warning" },
	{ "SW506 climbs out", { "kind contract", 0 }, { "kind contract\n        document \"a/../../secret.pdf\"", 0 }, "SW506 23:18 warning" },

	/* C6 */
	{ "SW601 no form", { "    form network\n", 0 }, { "", 0 }, "SW601 1:15 warning" },
	{ "SW602 alliance not shared", { "form network", "shares risks, costs, revenues" }, { "form alliance", "shares risks" },
	  "SW602 2:10 warning" },
	{ "SW602 silent: alliance shares all", { "form network", 0 }, { "form alliance", 0 }, "" },
	{ "SW603 network without joint force", { "        contributes \"x\"\n", 0 }, { "", 0 }, "SW603 2:10 warning" },
	{ "SW604 joint venture without entity", { "form network", 0 }, { "form joint-venture", 0 }, "SW604 2:10 error" },
	{ "SW604 silent: cooperative with entity", { "form network", "kind contract" }, { "form cooperative", "kind entity\n        entity \"Coop U.A.\"" }, "" },

	/* C7 */
	{ "SW701 purchase in a short term", { "kind contract", "until 2027-12-31" }, { "kind purchase", "until 2025-03-31" },
	  "SW706 8:5 warning\nSW701 22:14 error" },
	{ "SW707 purchase in a long term: a framework agreement", { "kind contract", 0 }, { "kind purchase", 0 }, "SW707 22:14 note" },
	{ "SW701 silent: a purchase beside a durable agreement", { "    governance {", 0 },
	  { "    agreement buy {\n        kind purchase\n        between a, b\n    }\n    governance {", 0 }, "" },
	{ "SW702 acquisition of a party", { "    governance {", 0 },
	  { "    agreement buy {\n        kind acquisition\n        between a, b\n        acquired b\n    }\n    governance {", 0 },
	  "SW702 29:18 error" },
	{ "SW702 acquisition of a party named by its title", { "    governance {", 0 },
	  { "    agreement buy {\n        kind acquisition\n        between a, b\n        acquired \"b.\"\n    }\n    governance {", 0 },
	  "SW702 29:18 error" },
	{ "SW708 acquisition of something else", { "    governance {", 0 },
	  { "    agreement buy {\n        kind acquisition\n        between a, b\n        acquired \"a stake\"\n    }\n    governance {", 0 },
	  "SW708 29:18 note" },
	{ "SW709 phases out of order", { "    phase executing\n", 0 },
	  { "    phase exploring since 2025-06-01\n    phase executing since 2025-03-01\n", 0 }, "SW709 4:27 error" },
	{ "SW709 left before joined, and the party stays", { "        person \"Q\" role manager\n", 0 },
	  { "        person \"Q\" role manager\n        joined 2025-06-01\n        left 2025-03-01\n", 0 }, "SW709 21:14 error" },
	{ "SW709 extension before the end", { "    exit \"e\"\n", 0 }, { "    extended until 2027-06-30\n    exit \"e\"\n", 0 },
	  "SW709 9:20 error" },
	{ "SW710 effective after the term", { "        kind contract\n", 0 }, { "        kind contract\n        effective 2028-06-01\n", 0 },
	  "SW710 23:19 warning" },
	{ "SW711 ended, term runs on", { "    phase executing\n", 0 }, { "    phase ended since 2026-01-01\n", 0 }, "SW711 8:27 warning" },
	{ "SW711 silent: ended after the term", { "    phase executing\n", 0 }, { "    phase ended since 2028-01-01\n", 0 }, "" },
	{ "SW702 acquisition", { "kind contract", 0 }, { "kind acquisition", 0 }, "SW702 22:14 error" },
	{ "SW702 merger", { "kind contract", 0 }, { "kind merger", 0 }, "SW702 22:14 error" },
	{ "SW703 no term", { "    term 2025-01-01 until 2027-12-31\n", 0 }, { "", 0 }, "SW703 1:15 warning" },
	{ "SW704 open without exit", { "until 2027-12-31", "    exit \"e\"\n" }, { "until open", "" }, "SW704 8:5 warning" },
	{ "SW704 a note when every agreement is informal", { "until 2027-12-31", "    exit \"e\"\n", "kind contract" },
	  { "until open", "", "kind informal" }, "SW704 8:5 note" },
	{ "SW704 silent: open with exit", { "until 2027-12-31", 0 }, { "until open", 0 }, "" },
	{ "SW705 reversed", { "2025-01-01 until 2027-12-31", 0 }, { "2027-01-01 until 2025-12-31", 0 }, "SW705 8:5 error" },
	{ "SW706 short", { "until 2027-12-31", 0 }, { "until 2025-06-30", 0 }, "SW706 8:5 warning" },
	{ "SW706 silent: exactly six months", { "until 2027-12-31", 0 }, { "until 2025-07-01", 0 }, "" },

	/* phase rule: contradictions stay errors before agreeing (the phase
	 * rule's own codes are tested by phase_rule below) */
	{ "SW701 in phase exploring stays an error", { "phase executing", "kind contract", "until 2027-12-31" },
	  { "phase exploring", "kind purchase", "until 2025-03-31" }, "SW706 8:5 warning\nSW701 22:14 error" },
	{ "SW701 in phase sharing stays an error", { "phase executing", "kind contract", "until 2027-12-31" },
	  { "phase sharing", "kind purchase", "until 2025-03-31" }, "SW706 8:5 warning\nSW701 22:14 error" },
	{ "SW401 in phase exploring stays an error", { "phase executing", "party b \"B\" {\n" }, { "phase exploring", "party b \"B\" {\n        part-of a\n" },
	  "SW401 17:17 error" },
	{ "SW401 in phase sharing stays an error", { "phase executing", "party b \"B\" {\n" }, { "phase sharing", "party b \"B\" {\n        part-of a\n" },
	  "SW401 17:17 error" },
	{ "SW502 in phase sharing stays an error, SW503 is a note", { "phase executing", "between a, b" }, { "phase sharing", "between a" },
	  "SW503 16:11 note\nSW502 23:9 error" },
	{ "SW702 in phase exploring stays an error", { "phase executing", "kind contract" }, { "phase exploring", "kind acquisition" },
	  "SW702 22:14 error" },
	{ "SW102 in phase exploring stays an error", { "phase executing", "party b \"B\" {\n" }, { "phase exploring", "party b \"B\" {\n        kind person\n" },
	  "SW102 17:14 error" },
	{ "SW705 in phase exploring stays an error", { "phase executing", "2025-01-01 until 2027-12-31" }, { "phase exploring", "2027-01-01 until 2025-12-31" },
	  "SW705 8:5 error" },
	{ "SW201 in phase exploring stays an error", { "phase executing", "    goal \"g\"\n" }, { "phase exploring", "" },
	  "SW201 1:15 error" },

	/* suppressions */
	{ "suppression above a statement", { "        person \"Q\" role manager\n", "    party b" },
	  { "", "    # samw: allow no-people -- a user explains why\n    party b" }, "" },
	{ "suppression above a block covers the block", { "        person \"Q\" role manager\n", "    party b" },
	  { "", "    # samw: allow SW301\n    party b" }, "" },
	{ "Dutch suppression word", { "        person \"Q\" role manager\n", "    party b" },
	  { "", "    # samw: toestaan SW301\n    party b" }, "" },
	{ "suppression covers only its statement", { "        person \"Q\" role manager\n", "    party b", "        person \"P\" role director\n" },
	  { "", "    # samw: allow SW301\n    party b", "" }, "SW301 10:11 warning" },
	{ "several codes, and stacked comment lines", { "        interest \"i\"\n        contributes \"x\"\n        person \"Q\" role manager\n", "    party b" },
	  { "        contributes \"x\"\n", "    # samw: allow SW301, no-interest\n    # about this party\n    party b" }, "" },
	{ "SW013 right-to-left override in a text", { "goal \"g\"", 0 }, { "goal \"a\xE2\x80\xAE" "b\"", 0 },
	  "SW013 4:12 warning" },
	{ "SW013 isolate in a comment", { "    form network\n", 0 }, { "    form network # x\xE2\x81\xA6" "y\n", 0 },
	  "SW013 2:21 warning" },
	{ "SW013 silent: a right-to-left script", { "goal \"g\"", 0 }, { "goal \"\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D\"", 0 }, "" },
	{ "SW011 unknown code in a suppression", { "    party b", 0 }, { "    # samw: allow SW999 -- typo\n    party b", 0 },
	  "SW011 16:19 warning" },
	{ "SW011 unknown and SW012 unused", { "    party b", 0 }, { "    # samw: allow SW301 nosuch\n    party b", 0 },
	  "SW012 16:19 note\nSW011 16:25 warning" },
	{ "SW012 detached by a blank line", { "        person \"Q\" role manager\n", "    party b" },
	  { "", "    # samw: allow SW301\n\n    party b" }, "SW012 16:19 note\nSW301 18:11 warning" },
	{ "SW001 cannot be silenced", { "    term 2025-01-01 until 2027-12-31\n", 0 }, { "    # samw: allow SW001\n    term \"next year\"\n", 0 },
	  "SW012 8:19 note\nSW001 9:10 error" },
	{ "SW204 empty governance", { "        body s {\n            members a, b\n            decides consensus\n        }\n", 0 }, { "", 0 },
	  "SW204 1:15 warning" },
	{ "SW401 part of itself", { "party b \"B\" {\n", 0 }, { "party b \"B\" {\n        part-of b\n", 0 },
	  "SW401 17:17 error" },
	{ "SW103 names compare without case", { "party a \"A\" {\n", "party b \"B\" {\n" },
	  { "party a \"A\" {\n        kind department\n        part-of \"Gemeente X\"\n", "party b \"B\" {\n        kind team\n        part-of \"gemeente X \"\n" },
	  "SW103 1:15 error" },

	/* well-formedness */
	{ "SW002 unknown keyword", { "interest \"i\"", 0 }, { "intrest \"i\"", 0 }, "SW002 11:9 error" },
	{ "SW003 misplaced keyword", { "kind contract", 0 }, { "kind contract\n        kvk \"12345678\"", 0 }, "SW003 23:9 error" },
	{ "SW004 repeated statement", { "form network", 0 }, { "form network\n    form alliance", 0 }, "SW004 3:5 error" },
	{ "SW005 unknown value", { "form network", 0 }, { "form netwerkk", 0 }, "SW005 2:10 error" },
	{ "SW005 impossible date", { "2027-12-31", 0 }, { "2027-02-29", 0 }, "SW005 8:27 error" },
	{ "SW005 leap day is a date", { "2027-12-31", 0 }, { "2028-02-29", 0 }, "" },
	{ "SW005 kvk", { "party a \"A\" {\n", 0 }, { "party a \"A\" {\n        kvk \"1234\"\n", 0 }, "SW005 11:13 error" },
	{ "SW005 kvk of eight bytes, the last just past the digits", { "party a \"A\" {\n", 0 },
	  { "party a \"A\" {\n        kvk \"1234567:\"\n", 0 }, "SW005 11:13 error" },
	{ "SW005 kvk of eight digits", { "party a \"A\" {\n", 0 }, { "party a \"A\" {\n        kvk \"90000009\"\n", 0 }, "" },
	{ "SW005 currency not in ISO 4217", { "    goal \"g\"", 0 }, { "    goal \"g\"\n    budget EUQ 800", 0 }, "SW005 5:12 error" },
	{ "SW005 the first currency", { "    goal \"g\"", "contributes \"x\"\n        gives-up", "contributes \"x\"\n        person \"Q\"" },
	  { "    goal \"g\"\n    budget AED 800", "contributes \"x\" AED 400\n        gives-up", "contributes \"x\" AED 400\n        person \"Q\"" }, "" },
	{ "SW005 the last currency", { "    goal \"g\"", "contributes \"x\"\n        gives-up", "contributes \"x\"\n        person \"Q\"" },
	  { "    goal \"g\"\n    budget ZWL 800", "contributes \"x\" ZWL 400\n        gives-up", "contributes \"x\" ZWL 400\n        person \"Q\"" }, "" },
	{ "SW005 empty text", { "goal \"g\"", 0 }, { "goal \"\"", 0 }, "SW005 4:10 error" },
	{ "SW006 duplicate name", { "agreement k {", 0 }, { "agreement a {", 0 }, "SW006 21:15 error" },
	{ "SW007 unknown name", { "members a, b", 0 }, { "members a, bb", 0 }, "SW007 28:24 error" },
	{ "SW007 in between: not also one-sided or unbound", { "between a, b", 0 }, { "between a, bb", 0 }, "SW007 23:20 error" },
	{ "SW005 member listed twice", { "members a, b", 0 }, { "members a, b, a", 0 }, "SW005 28:27 error" },
	{ "SW005 veto listed twice", { "decides consensus", 0 }, { "decides majority\n            veto a, b, a", 0 }, "SW005 30:24 error" },
	{ "SW005 a member may also veto", { "decides consensus", 0 }, { "decides majority\n            veto a", 0 }, "" },
	{ "SW005 stakeholder listed twice in between", { "    agreement k {", "between a, b" },
	  { "    stakeholder f \"F\" {\n        role funder\n    }\n    agreement k {", "between a, b, f, f" },
	  "SW005 26:26 error" },
	{ "SW005 agreement amends itself", { "kind contract", 0 }, { "kind contract\n        amends k", 0 }, "SW005 23:16 error" },
	{ "SW007 misspelt way of deciding", { "decides consensus", 0 }, { "decides unanimosly", 0 }, "SW007 29:21 error" },
	{ "SW009 agreement without kind", { "        kind contract\n", 0 }, { "", 0 }, "SW009 21:5 error" },
	{ "SW001 wrong argument", { "term 2025-01-01 until 2027-12-31", 0 }, { "term \"next year\"", 0 },
	  "SW001 8:10 error" },
	{ "SW001 block not allowed", { "goal \"g\"", 0 }, { "goal \"g\" { }", 0 }, "SW001 4:14 error" },
	{ "SW001 block missing", { "    governance {\n        body s {\n            members a, b\n            decides consensus\n        }\n    }\n", 0 },
	  { "    governance {\n        body s\n    }\n", 0 }, "SW001 27:9 error" },
};

/* The phase rule (docs/checks.md): in phase exploring or sharing (Dutch
 * verkennen, delen), before agreeing, these checks are reported as
 * notes; in every later phase, and when no phase is given, at the severity
 * of the check table. Each runs in every phase, alone in its file. */
#define AGREEMENT_K "    agreement k {\n        kind contract\n        between a, b\n        shares risks, costs, revenues\n    }\n"
#define GOVERNANCE "    governance {\n        body s {\n            members a, b\n            decides consensus\n        }\n    }\n"
#define PARTY_C "    party c \"C2\" {\n        interest \"i\"\n        contributes \"x\"\n        person \"R\" role professional\n    }\n"

typedef struct lowered {
	const char *code, *sev; /* the code and its severity in the check table */
	const char *from, *to;  /* the edit of base that makes it fire */
	const char *at;         /* where: line:col */
	const char *from2, *to2; /* a second edit, or NULL */
} lowered;

static const lowered phase_rule[] = {
	{ "SW501", "error", AGREEMENT_K, "", "1:15", NULL, NULL },
	{ "SW503", "warning", "    agreement k {\n", PARTY_C "    agreement k {\n", "21:11", NULL, NULL },
	{ "SW204", "warning", GOVERNANCE, "", "1:15", NULL, NULL },
	{ "SW203", "warning", "    result \"r\"\n", "", "1:15", NULL, NULL },
	{ "SW703", "warning", "    term 2025-01-01 until 2027-12-31\n", "", "1:15", NULL, NULL },
	{ "SW508", "error", "kind contract", "kind subsidy", "1:15", NULL, NULL },
	{ "SW602", "warning", "    form network\n", "    form alliance\n", "2:10", "shares risks, costs, revenues", "shares risks" },
	{ "SW604", "error", "    form network\n", "    form joint-venture\n", "2:10", NULL, NULL },
};

/* The line that replaces "    phase executing\n" of base; a comment keeps
 * the line numbers when there is no phase. */
static const struct phase {
	const char *line, *name;
	int lowers;
} phases[] = {
	{ "    phase exploring\n", "in phase exploring", 1 },
	{ "    phase sharing\n", "in phase sharing", 1 },
	{ "    phase verkennen\n", "in phase verkennen", 1 },
	{ "    phase delen\n", "in phase delen", 1 },
	{ "    phase agreeing\n", "in phase agreeing", 0 },
	{ "    phase shaping\n", "in phase shaping", 0 },
	{ "    phase executing\n", "in phase executing", 0 },
	{ "    # no phase\n", "without a phase", 0 },
};

enum { N_RULE = sizeof phase_rule / sizeof phase_rule[0], N_PHASE = sizeof phases / sizeof phases[0] };

typedef struct phase_case {
	char name[96];
	const lowered *l;
	const struct phase *p;
} phase_case;

static phase_case phase_cases[N_RULE * N_PHASE];

static void run_phase_case(void **state)
{
	const phase_case *t = *state;
	char *src = replace(strdup(base), t->l->from, t->l->to);
	if (t->l->from2)
		src = replace(src, t->l->from2, t->l->to2);
	src = replace(src, "    phase executing\n", t->p->line);
	char want[64];
	snprintf(want, sizeof want, "%s %s %s", t->l->code, t->l->at, t->p->lowers ? "note" : t->l->sev);
	char *got = diag_list("checks.samw", src);
	if (strcmp(got, want) != 0)
		print_error("case: %s\n--- expected\n%s\n--- got\n%s\n", t->name, want, got);
	assert_string_equal(got, want);
	free(got);
	free(src);
}

static int in_phase_rule(const char *code, size_t n)
{
	for (size_t i = 0; i < N_RULE; i++)
		if (strlen(phase_rule[i].code) == n && strncmp(phase_rule[i].code, code, n) == 0)
			return 1;
	return 0;
}

/* Every case above again in phases exploring and sharing: the same
 * diagnostics at the same positions, only the phase rule's codes as notes,
 * every other keeping its severity (contradictions stay errors). */
static void early_phases_lower_only_the_phase_rule(void **state)
{
	(void)state;
	static const char *const early[] = { "    phase exploring\n", "    phase sharing\n" };
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const tcase *t = &cases[i];
		int touches_phase = 0;
		for (int k = 0; k < 3; k++)
			if (t->from[k] && strstr(t->from[k], "phase"))
				touches_phase = 1;
		if (touches_phase)
			continue;
		sw_buf want = { 0 };
		for (const char *l = t->expect; *l;) {
			const char *e = strchr(l, '\n');
			size_t n = e ? (size_t)(e - l) : strlen(l);
			const char *sp = l + n; /* the space before the severity */
			while (sp > l && *sp != ' ')
				sp--;
			assert_true(sp > l);
			if (in_phase_rule(l, (size_t)(strchr(l, ' ') - l)))
				sw_buf_printf(&want, "%.*s note", (int)(sp - l), l);
			else
				sw_buf_put(&want, l, n);
			if (e)
				sw_buf_putc(&want, '\n');
			l += n + (e ? 1 : 0);
		}
		for (size_t p = 0; p < 2; p++) {
			char *src = edit(t->from[0], t->to[0], t->from[1], t->to[1], t->from[2], t->to[2]);
			src = replace(src, "    phase executing\n", early[p]);
			char *got = diag_list("checks.samw", src);
			if (strcmp(got, sw_buf_str(&want)) != 0)
				print_error("case: %s, in %.*s\n--- expected\n%s\n--- got\n%s\n", t->name,
				            (int)strlen(early[p]) - 5, early[p] + 4,
				            sw_buf_str(&want), got);
			assert_string_equal(got, sw_buf_str(&want));
			free(got);
			free(src);
		}
		sw_buf_free(&want);
	}
}

static void run_case(void **state)
{
	const tcase *t = *state;
	char *src = edit(t->from[0], t->to[0], t->from[1], t->to[1], t->from[2], t->to[2]);
	char *got = diag_list("checks.samw", src);
	if (strcmp(got, t->expect) != 0)
		print_error("case: %s\n--- expected\n%s\n--- got\n%s\n", t->name, t->expect, got);
	assert_string_equal(got, t->expect);
	free(got);
	free(src);
}

/* Checks that report a note instead of their severity in a situation the
 * check table's explanation describes (docs/checks.md), with the case that
 * shows it. */
static const struct {
	const char *code, *case_name;
} lowers_itself[] = {
	{ "SW704", "SW704 a note when every agreement is informal" },
};

static int lowers(const char *code, const char *case_name)
{
	for (size_t i = 0; i < sizeof lowers_itself / sizeof lowers_itself[0]; i++)
		if (strcmp(lowers_itself[i].code, code) == 0 && strcmp(lowers_itself[i].case_name, case_name) == 0)
			return 1;
	return 0;
}

/* Every case reports each diagnostic at the severity the check table gives
 * its check (docs/checks.md), but the phase rule's codes as notes in phase
 * exploring or sharing: a severity written into a check instead of taken
 * from the table, or changed in the table alone, fails here. */
static void severities_are_the_table_s(void **state)
{
	(void)state;
	static const char *const sev_word[3] = { "note", "warning", "error" };
	int bad = 0;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const tcase *t = &cases[i];
		int early = 0;
		for (int k = 0; k < 3; k++)
			if (t->to[k] && (strstr(t->to[k], "phase exploring") || strstr(t->to[k], "phase sharing")))
				early = 1;
		for (const char *l = t->expect; *l;) {
			const char *e = strchr(l, '\n');
			size_t n = e ? (size_t)(e - l) : strlen(l);
			char code[8] = "", pos[16], sev[16] = "";
			sscanf(l, "%7s %15s %15s", code, pos, sev);
			int c = 0;
			while (c < SW__COUNT && strcmp(sw_check_info((sw_check)c)->code, code) != 0)
				c++;
			assert_true(c < SW__COUNT);
			const char *want = (early && in_phase_rule(code, strlen(code))) || lowers(code, t->name) ? "note"
			                   : sev_word[sw_check_info((sw_check)c)->sev];
			if (strcmp(sev, want) != 0) {
				print_error("case: %s: %s is a %s, but the check table says %s\n", t->name, code, sev, want);
				bad++;
			}
			l += n + (e ? 1 : 0);
		}
	}
	for (size_t r = 0; r < N_RULE; r++) {
		const lowered *l = &phase_rule[r];
		int c = 0;
		while (c < SW__COUNT && strcmp(sw_check_info((sw_check)c)->code, l->code) != 0)
			c++;
		assert_true(c < SW__COUNT);
		if (strcmp(l->sev, sev_word[sw_check_info((sw_check)c)->sev]) != 0) {
			print_error("phase rule: %s is a %s, but the check table says %s\n", l->code, l->sev,
			            sev_word[sw_check_info((sw_check)c)->sev]);
			bad++;
		}
		if (sw_check_info((sw_check)c)->phase != PHASE_EARLY) {
			print_error("phase rule: %s is tested as lowered, but the check table does not lower it\n", l->code);
			bad++;
		}
	}
	/* and the table lowers no check that is not tested here */
	for (int c = 0; c < SW__COUNT; c++) {
		const char *code = sw_check_info((sw_check)c)->code;
		if (sw_check_info((sw_check)c)->phase == PHASE_EARLY && !in_phase_rule(code, strlen(code))) {
			print_error("phase rule: the check table lowers %s, but no phase-rule case tests it\n", code);
			bad++;
		}
	}
	assert_int_equal(bad, 0);
}

/* Each check code must have a case that fires it. */
/* The checks that depend on the date (SW712-SW714), each run as on a
 * fixed day with a horizon (0: the default of 6 months). */
typedef struct dcase {
	const char *name, *today;
	unsigned horizon;
	const char *from[3], *to[3];
	const char *expect;
} dcase;

/* after the exit line (9), reviews r */
#define EXIT_REVIEW(r) { "    exit \"e\"\n", 0 }, { "    exit \"e\"\n" r, 0 }
static const dcase dated[] = {
	{ "SW712 term ended, phase executing", "2026-06-15", 0, { "until 2027-12-31", 0 }, { "until 2026-06-14", 0 },
	  "SW712 8:27 warning" },
	{ "SW712 silent: ends today", "2026-06-15", 0, { "until 2027-12-31", 0 }, { "until 2026-06-15", 0 }, "" },
	{ "SW712 silent: recorded as ended", "2026-06-15", 0, { "until 2027-12-31", "phase executing" },
	  { "until 2026-05-31", "phase ended since 2026-05-31" }, "" },
	{ "SW712 silent: renewal yearly", "2026-06-15", 0, { "until 2027-12-31\n", 0 },
	  { "until 2026-05-31\n    renewal yearly\n", 0 }, "" },
	{ "SW712 silent: extended", "2026-06-15", 0, { "until 2027-12-31\n", 0 },
	  { "until 2026-05-31\n    extended until 2027-12-31\n", 0 }, "" },
	{ "SW712 at the extension that ended", "2026-06-15", 0, { "until 2027-12-31\n", 0 },
	  { "until 2025-12-31\n    extended until 2026-03-31\n", 0 }, "SW712 9:20 warning" },
	{ "SW712 silent: open-ended", "2026-06-15", 0, { "until 2027-12-31", 0 }, { "until open", 0 }, "" },
	{ "SW712 and SW711 do not meet: ended after the term", "2026-06-15", 0,
	  { "until 2027-12-31", "phase executing" }, { "until 2026-05-31", "phase ended since 2026-06-01" }, "" },
	{ "SW714 ends within the horizon without exit", "2026-06-15", 0, { "until 2027-12-31", "    exit \"e\"\n" },
	  { "until 2026-09-30", "" }, "SW714 8:27 note" },
	{ "SW714 ends today", "2026-06-15", 0, { "until 2027-12-31", "    exit \"e\"\n" }, { "until 2026-06-15", "" },
	  "SW714 8:27 note" },
	{ "SW714 on the last day of the horizon", "2026-06-15", 0, { "until 2027-12-31", "    exit \"e\"\n" },
	  { "until 2026-12-15", "" }, "SW714 8:27 note" },
	{ "SW714 silent: the day after the horizon", "2026-06-15", 0, { "until 2027-12-31", "    exit \"e\"\n" },
	  { "until 2026-12-16", "" }, "" },
	{ "SW714 silent: with exit", "2026-06-15", 0, { "until 2027-12-31", 0 }, { "until 2026-09-30", 0 }, "" },
	{ "SW714 horizon of 1 month", "2026-06-15", 1, { "until 2027-12-31", "    exit \"e\"\n" },
	  { "until 2026-07-15", "" }, "SW714 8:27 note" },
	{ "SW714 silent: after a horizon of 1 month", "2026-06-15", 1, { "until 2027-12-31", "    exit \"e\"\n" },
	  { "until 2026-07-16", "" }, "" },
	{ "SW714 silent: renewal yearly", "2026-06-15", 0, { "until 2027-12-31\n", "    exit \"e\"\n" },
	  { "until 2026-09-30\n    renewal yearly\n", "" }, "" },
	{ "SW713 review passed, none later", "2026-06-15", 0, EXIT_REVIEW("    review 2026-01-15\n"), "SW713 10:12 note" },
	{ "SW713 points at the last review", "2026-06-15", 0,
	  EXIT_REVIEW("    review 2026-01-15\n    review 2025-06-01\n"), "SW713 10:12 note" },
	{ "SW713 silent: a later review", "2026-06-15", 0,
	  EXIT_REVIEW("    review 2026-01-15\n    review 2027-01-15\n"), "" },
	{ "SW713 silent: a review today", "2026-06-15", 0, EXIT_REVIEW("    review 2026-06-15\n"), "" },
	{ "SW713 silent: recorded as ended", "2026-06-15", 0,
	  { "    exit \"e\"\n", "until 2027-12-31", "phase executing" },
	  { "    exit \"e\"\n    review 2026-01-15\n", "until 2026-05-31", "phase ended since 2026-05-31" }, "" },
	{ "SW712 and SW713 together", "2027-01-01", 0, { "until 2027-12-31", "    exit \"e\"\n" },
	  { "until 2026-12-31", "    exit \"e\"\n    review 2026-01-15\n" }, "SW712 8:27 warning\nSW713 10:12 note" },
	{ "no date checks without a day", NULL, 0, { "2025-01-01 until 2027-12-31", "    exit \"e\"\n" },
	  { "2019-01-01 until 2020-12-31", "    review 2020-01-15\n" }, "" },
};

static void run_dated(void **state)
{
	const dcase *t = *state;
	char *src = edit(t->from[0], t->to[0], t->from[1], t->to[1], t->from[2], t->to[2]);
	char *got = diag_list_on("checks.samw", src, t->today, t->horizon);
	if (strcmp(got, t->expect) != 0)
		print_error("case: %s\n--- expected\n%s\n--- got\n%s\n", t->name, t->expect, got);
	assert_string_equal(got, t->expect);
	free(got);
	free(src);
}

/* The messages of the date checks, whole, in both languages: the horizon
 * in months, one month in the singular */
static void dated_messages(void **state)
{
	(void)state;
	char *s = edit("until 2027-12-31", "until 2026-07-10", "    exit \"e\"\n", "    review 2026-01-15\n", NULL, NULL);
	static const struct {
		int nl;
		unsigned horizon;
		const char *want;
	} m[] = {
		{ 0, 0, "m.samw:8:27: note: the term of 'c' ends on 2026-07-10, within 6 months, and no exit arrangement is stated [SW714]\n"
		        "m.samw:9:12: note: the review of 2026-01-15 has passed and no later review is planned [SW713]\n" },
		{ 0, 1, "m.samw:8:27: note: the term of 'c' ends on 2026-07-10, within 1 month, and no exit arrangement is stated [SW714]\n"
		        "m.samw:9:12: note: the review of 2026-01-15 has passed and no later review is planned [SW713]\n" },
		{ 1, 0, "m.samw:8:27: note: de looptijd van 'c' eindigt op 2026-07-10, binnen 6 maanden, en er is geen uittredingsregeling vastgelegd [SW714]\n"
		        "m.samw:9:12: note: de evaluatie van 2026-01-15 is voorbij en er staat geen latere evaluatie gepland [SW713]\n" },
		{ 1, 1, "m.samw:8:27: note: de looptijd van 'c' eindigt op 2026-07-10, binnen 1 maand, en er is geen uittredingsregeling vastgelegd [SW714]\n"
		        "m.samw:9:12: note: de evaluatie van 2026-01-15 is voorbij en er staat geen latere evaluatie gepland [SW713]\n" },
	};
	for (size_t i = 0; i < sizeof m / sizeof m[0]; i++) {
		char *got = render_on("m.samw", s, "gcc", m[i].nl, "2026-06-15", m[i].horizon);
		assert_string_equal(got, m[i].want);
		free(got);
	}
	char *t = edit("until 2027-12-31", "until 2026-05-31", NULL, NULL, NULL, NULL);
	char *got = render_on("m.samw", t, "gcc", 1, "2026-06-15", 0);
	assert_string_equal(got, "m.samw:8:27: warning: de looptijd van 'c' is op 2026-05-31 verstreken, maar de samenwerking staat niet als beëindigd vermeld [SW712]\n");
	free(got);
	got = render_on("m.samw", t, "human", 0, "2026-06-15", 0);
	assert_non_null(strstr(got, "= help: record what happened: `phase ended since 2026-05-31` when it has ended, or `extended until YYYY-MM-DD` when the term was extended\n"));
	free(got);
	free(t);
	free(s);
}

static void every_code_fires(void **state)
{
	(void)state;
	for (int c = 0; c < SW__COUNT; c++) {
		const char *code = sw_check_info((sw_check)c)->code;
		if (c == SW008 || c == SW010)
			continue; /* tested in test_lexer.c and by the CLI tests */
		int found = 0;
		for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
			if (strstr(cases[i].expect, code))
				found = 1;
		for (size_t i = 0; i < sizeof dated / sizeof dated[0]; i++)
			if (strstr(dated[i].expect, code))
				found = 1;
		if (!found)
			print_error("no case fires %s\n", code);
		assert_true(found);
	}
}

int main(void)
{
	enum { N = sizeof cases / sizeof cases[0], NP = N_RULE * N_PHASE, ND = sizeof dated / sizeof dated[0] };
	struct CMUnitTest tests[N + NP + ND + 4];
	size_t k = 0;
	for (size_t i = 0; i < N; i++)
		tests[k++] = (struct CMUnitTest){ cases[i].name, run_case, NULL, NULL, (void *)&cases[i] };
	for (size_t r = 0; r < N_RULE; r++)
		for (size_t p = 0; p < N_PHASE; p++) {
			phase_case *c = &phase_cases[r * N_PHASE + p];
			const lowered *l = &phase_rule[r];
			const char *sev = phases[p].lowers ? "note" : l->sev;
			snprintf(c->name, sizeof c->name, "%s %s is a%s %s", l->code, phases[p].name,
			         sev[0] == 'e' ? "n" : "", sev);
			c->l = l;
			c->p = &phases[p];
			tests[k++] = (struct CMUnitTest){ c->name, run_phase_case, NULL, NULL, c };
		}
	tests[k++] = (struct CMUnitTest){ "early phases lower only the phase rule", early_phases_lower_only_the_phase_rule, NULL, NULL, NULL };
	tests[k++] = (struct CMUnitTest){ "severities are the check table's", severities_are_the_table_s, NULL, NULL, NULL };
	for (size_t i = 0; i < ND; i++)
		tests[k++] = (struct CMUnitTest){ dated[i].name, run_dated, NULL, NULL, (void *)&dated[i] };
	tests[k++] = (struct CMUnitTest){ "the messages of the date checks", dated_messages, NULL, NULL, NULL };
	tests[k++] = (struct CMUnitTest){ "every code fires", every_code_fires, NULL, NULL, NULL };
	return _cmocka_run_group_tests("checks", tests, k, NULL, NULL);
}
