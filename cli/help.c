/* Help texts, in English and Dutch. */
#include <string.h>

#include "cli.h"

typedef struct topic {
	const char *name;
	const char *text[2];
} topic;

static const topic topics[] = {
	{ NULL, {
"samw: check descriptions of collaborations between organisations\n"
"\n"
"Usage:\n"
"  samw check [OPTIONS] FILE...   check .samw files or folders (- reads standard input)\n"
"  samw fmt [OPTIONS] [FILE...]   print files in the one canonical layout\n"
"  samw report [OPTIONS] FILE...  a readable report of each collaboration, with the verdict\n"
"  samw graph FILE...             a Graphviz picture of who is bound to whom\n"
"  samw rules [--format F]        list every check (text, json, markdown)\n"
"  samw explain CODE              explain a check, with examples\n"
"  samw help [COMMAND]            show help on a command\n"
"  samw --version                 show the version\n"
"  samw --help                    show this help\n"
"\n"
"samw checks each file against the definition of collaboration between\n"
"organisations (criteria C1 to C7) and reports what contradicts it or is\n"
"not evidenced, with the place and a way to fix it.\n"
"\n"
"Exit status: 0 no errors (warnings allowed), 1 at least one error,\n"
"2 a usage error or a file that cannot be read.\n"
"\n"
"Run 'samw help COMMAND' for the options of a command.\n",
"samw: controleer beschrijvingen van samenwerkingen tussen organisaties\n"
"\n"
"Gebruik:\n"
"  samw check [OPTIES] BESTAND...  controleer .samw-bestanden of mappen (- leest standaardinvoer)\n"
"  samw fmt [OPTIES] [BESTAND...]  toon bestanden in de ene vaste opmaak\n"
"  samw report [OPTIES] BESTAND... een leesbaar verslag van elke samenwerking, met het oordeel\n"
"  samw graph BESTAND...           een Graphviz-plaatje van wie aan wie gebonden is\n"
"  samw rules [--format F]         toon alle controles (text, json, markdown)\n"
"  samw explain CODE               leg een controle uit, met voorbeelden\n"
"  samw help [OPDRACHT]            toon hulp bij een opdracht\n"
"  samw --version                  toon de versie\n"
"  samw --help                     toon deze hulp\n"
"\n"
"samw toetst elk bestand aan de omschrijving van samenwerken tussen\n"
"organisaties (criteria C1 tot C7) en meldt wat ermee in strijd is of niet\n"
"aangetoond wordt, met de plaats en een manier om het op te lossen.\n"
"\n"
"Afsluitstatus: 0 geen fouten (waarschuwingen mogen), 1 minstens één fout,\n"
"2 een gebruiksfout of een bestand dat niet te lezen is.\n"
"\n"
"Typ 'samw help OPDRACHT' voor de opties van een opdracht.\n" } },
	{ "fmt", {
"Usage: samw fmt [--lang en|nl] [--check | --diff | --write] [FILE...]\n"
"\n"
"Print each FILE in the one canonical layout: 4-space indentation, one\n"
"statement per line, single spaces, texts re-quoted, at most one blank line\n"
"in a row, a blank line between collaborations, a final newline. Every\n"
"comment stays where it was. Without FILE, or with -, reads standard input.\n"
"\n"
"Options:\n"
"  --lang en|nl   write every keyword and value in one language (default:\n"
"                 the language most of the file's keywords use)\n"
"  --check        print the files that would change; exit status 1 if any\n"
"  --diff         print a unified diff of the changes; exit status 1 if any\n"
"  --write        rewrite the files in place, atomically (a temporary file in\n"
"                 the same folder, renamed over the original), keeping their\n"
"                 mode and writing through symbolic links\n"
"\n"
"A file with a syntax error is never formatted: its diagnostics are printed\n"
"and the exit status is 1. Exit status 2: a usage error, a file that cannot\n"
"be read, or a file that cannot be rewritten (it is then left unchanged).\n",
"Gebruik: samw fmt [--lang en|nl] [--check | --diff | --write] [BESTAND...]\n"
"\n"
"Toon elk BESTAND in de ene vaste opmaak: 4 spaties inspringing, één\n"
"opdracht per regel, enkele spaties, teksten opnieuw tussen aanhalingstekens,\n"
"hooguit één lege regel achter elkaar, een lege regel tussen samenwerkingen,\n"
"een regelovergang aan het eind. Elk commentaar blijft waar het stond. Zonder\n"
"BESTAND, of met -, leest standaardinvoer.\n"
"\n"
"Opties:\n"
"  --lang en|nl   schrijf alle trefwoorden en waarden in één taal (standaard:\n"
"                 de taal van de meeste trefwoorden in het bestand)\n"
"  --check        noem de bestanden die zouden veranderen; afsluitstatus 1 als\n"
"                 dat er zijn\n"
"  --diff         toon de wijzigingen als unified diff; afsluitstatus 1 als die\n"
"                 er zijn\n"
"  --write        herschrijf de bestanden, atomair (een tijdelijk bestand in\n"
"                 dezelfde map, hernoemd over het origineel), met behoud van\n"
"                 rechten en via symbolische koppelingen naar het doel\n"
"\n"
"Een bestand met een syntaxfout wordt nooit opgemaakt: de meldingen worden\n"
"getoond en de afsluitstatus is 1. Afsluitstatus 2: een gebruiksfout, een\n"
"bestand dat niet te lezen is, of een bestand dat niet te herschrijven is (het\n"
"blijft dan ongewijzigd).\n" } },
	{ "rules", {
"Usage: samw rules [--format text|json|markdown] [--lang en|nl]\n"
"\n"
"List every check: code, name, severity, criterion and summary. The\n"
"markdown format is docs/checks.md.\n",
"Gebruik: samw rules [--format text|json|markdown] [--lang en|nl]\n"
"\n"
"Toon alle controles: code, naam, ernst, criterium en samenvatting. Het\n"
"markdown-formaat is docs/checks.md.\n" } },
	{ "explain", {
"Usage: samw explain [--lang en|nl] CODE\n"
"\n"
"Explain a check (a code such as SW602 or a name such as\n"
"alliance-not-shared): the criterion it serves, quoted from the definition,\n"
"why it matters, an example that fails and the same example fixed.\n",
"Gebruik: samw explain [--lang en|nl] CODE\n"
"\n"
"Leg een controle uit (een code zoals SW602 of een naam zoals\n"
"alliance-not-shared): het criterium, geciteerd uit de omschrijving, waarom\n"
"het ertoe doet, een voorbeeld dat fout gaat en hetzelfde voorbeeld verbeterd.\n" } },
	{ "check", {
"Usage: samw check [OPTIONS] FILE...\n"
"\n"
"Check each FILE (- reads standard input) and print its diagnostics,\n"
"sorted by position, then a summary line.\n"
"\n"
"Options:\n"
"  --format FORMAT         human (default) or gcc: one line per diagnostic,\n"
"                          path:line:col: severity: message [CODE]\n"
"  --color WHEN            auto (default: only on a terminal), always, never;\n"
"                          never when NO_COLOR is set\n"
"  --lang en|nl            language of messages (default: from LC_ALL,\n"
"                          LC_MESSAGES or LANG when it starts with nl, else en)\n"
"  --allow CODE            silence a check (code like SW301 or name like no-people)\n"
"  --warn CODE             report a check as a warning\n"
"  --deny CODE             report a check as an error\n"
"  --warnings-as-errors    count warnings as errors (exit status 1)\n"
"  --max-diagnostics N     show at most N diagnostics per file (default 100;\n"
"                          0 shows all)\n"
"  --max-file-size BYTES   refuse files larger than this (default 1 GiB)\n"
"  --stdin-filename NAME   name standard input NAME in messages; document\n"
"                          paths are then relative to NAME's folder\n"
"\n"
"Exit status: 0 no errors, 1 at least one error, 2 a usage error or a file\n"
"that cannot be read (the other files are still checked).\n",
"Gebruik: samw check [OPTIES] BESTAND...\n"
"\n"
"Controleer elk BESTAND (- leest standaardinvoer) en toon de meldingen,\n"
"gesorteerd op plaats, en daarna een samenvatting.\n"
"\n"
"Opties:\n"
"  --format FORMAAT        human (standaard) of gcc: één regel per melding,\n"
"                          pad:regel:kolom: ernst: bericht [CODE]\n"
"  --color WANNEER         auto (standaard: alleen op een terminal), always,\n"
"                          never; nooit als NO_COLOR gezet is\n"
"  --lang en|nl            taal van de meldingen (standaard: uit LC_ALL,\n"
"                          LC_MESSAGES of LANG als die met nl begint, anders en)\n"
"  --allow CODE            zet een controle uit (code zoals SW301 of naam zoals no-people)\n"
"  --warn CODE             meld een controle als waarschuwing\n"
"  --deny CODE             meld een controle als fout\n"
"  --warnings-as-errors    tel waarschuwingen als fouten (afsluitstatus 1)\n"
"  --max-diagnostics N     toon hooguit N meldingen per bestand (standaard 100;\n"
"                          0 toont alles)\n"
"  --max-file-size BYTES   weiger bestanden groter dan dit (standaard 1 GiB)\n"
"  --stdin-filename NAAM   noem standaardinvoer NAAM in meldingen; documentpaden\n"
"                          zijn dan relatief aan de map van NAAM\n"
"\n"
"Afsluitstatus: 0 geen fouten, 1 minstens één fout, 2 een gebruiksfout of\n"
"een bestand dat niet te lezen is (de andere bestanden worden wel\n"
"gecontroleerd).\n" } },
};

int cli_help_known(const char *name)
{
	for (size_t i = 1; i < sizeof topics / sizeof topics[0]; i++)
		if (strcmp(topics[i].name, name) == 0)
			return 1;
	return 0;
}

void cli_help(const cli *c, const char *name, FILE *out)
{
	const topic *t = &topics[0];
	for (size_t i = 1; name && i < sizeof topics / sizeof topics[0]; i++)
		if (strcmp(topics[i].name, name) == 0)
			t = &topics[i];
	fputs(t->text[c->nl ? 1 : 0], out);
}
