/* samw keywords: every keyword and value of the language in English and
 * Dutch, with the statements each block takes, written from the keyword
 * table and the statement shapes. The text and JSON forms feed the editor
 * syntax files (the JSON form the VS Code grammar), the fuzz dictionary and
 * the benchmark generator; the
 * Markdown form is the tables of docs/language.md. */
#include <stdio.h>
#include <string.h>

#include "../base/buf.h"
#include "../diagnostics/json.h"
#include "../parser/shape.h"
#include "cli.h"

static const char *const block_id[CTX__COUNT] = {
	"top", "collaboration", "party", "agreement", "governance", "body", "stakeholder", "organisation",
};

/* Where k starts a statement: a mask of blocks. */
static unsigned blocks_of(sw_kw k)
{
	size_t n;
	const sw_shape *all = sw_shapes(&n);
	unsigned m = 0;
	for (size_t i = 0; i < n; i++)
		if (all[i].kw == k)
			m |= 1u << all[i].ctx;
	return m;
}

/* The value sets the statements k takes, as a mask of sw_vset. */
static unsigned takes_of(sw_kw k)
{
	size_t n;
	const sw_shape *all = sw_shapes(&n);
	unsigned m = 0;
	for (size_t i = 0; i < n; i++) {
		if (all[i].kw != k)
			continue;
		for (int a = 0; a < 4 && all[i].args[a].kind; a++) {
			sw_akind x = (sw_akind)all[i].args[a].kind;
			if (x == A_VALUE || x == A_VALUES)
				m |= 1u << all[i].args[a].vset;
			if (x == A_DECIDER)
				m |= 1u << VS_DECISION;
		}
	}
	return m;
}

/* Is k a connecting word inside statements (`until`, `role`, `open`): a
 * fixed or optional word of a shape, or `and` between the items of a list
 * (parser/args.c)? The editors' grammars highlight these as keywords inside
 * a statement. */
static int connecting(sw_kw k)
{
	if (k == KW_AND)
		return 1;
	size_t n;
	const sw_shape *all = sw_shapes(&n);
	for (size_t i = 0; i < n; i++)
		for (int a = 0; a < 4 && all[i].args[a].kind; a++)
			if (((all[i].args[a].kind == A_WORD || all[i].args[a].kind == A_OPT) && all[i].args[a].kw == k) ||
			    (all[i].args[a].kind == A_DATE_OR_OPEN && k == KW_OPEN))
				return 1;
	return 0;
}

static void list_mask(sw_buf *b, unsigned m, const char *const *names, int count, const char *sep)
{
	int first = 1;
	for (int i = 0; i < count; i++) {
		if (!(m & (1u << i)) || !names[i])
			continue;
		sw_buf_printf(b, "%s%s", first ? "" : sep, names[i]);
		first = 0;
	}
	if (first)
		sw_buf_putc(b, '-');
}

/* The names of the value sets, for tools. */
static void set_names(const char **names)
{
	for (int v = 0; v < VS__COUNT; v++)
		names[v] = sw_vset_id((sw_vset)v);
}

/* The language of a spelling, for tools: an alias read in both languages
 * (`type`, `KvK`) belongs to neither. */
static const char *lang_code(sw_lang l)
{
	return l == SW_LANG_NL ? "nl" : l == SW_LANG_EN ? "en" : "both";
}

/* ID  english  dutch  aliases  value-set  blocks  takes  connecting */
static void text_form(FILE *out)
{
	const char *vset_names[VS__COUNT];
	set_names(vset_names);
	size_t ns;
	const sw_spelling *sp = sw_kw_spellings(&ns);
	for (int k = 1; k < KW__COUNT; k++) {
		const sw_kwinfo *e = sw_kw_info((sw_kw)k);
		sw_buf b = { 0 };
		sw_buf_printf(&b, "%s\t%s\t%s\t", e->id, e->en, e->nl);
		int any = 0;
		for (size_t i = 0; i < ns; i++) {
			if (sp[i].kw != (sw_kw)k || sp[i].canonical)
				continue;
			sw_buf_printf(&b, "%s%s:%s", any++ ? "," : "", lang_code(sp[i].lang), sp[i].s);
		}
		if (!any)
			sw_buf_putc(&b, '-');
		sw_buf_putc(&b, '\t');
		list_mask(&b, e->sets, vset_names, VS__COUNT, ",");
		sw_buf_putc(&b, '\t');
		list_mask(&b, blocks_of((sw_kw)k), block_id, CTX__COUNT, ",");
		sw_buf_putc(&b, '\t');
		list_mask(&b, takes_of((sw_kw)k), vset_names, VS__COUNT, ",");
		sw_buf_printf(&b, "\t%s\n", connecting((sw_kw)k) ? "yes" : "no");
		fputs(sw_buf_str(&b), out);
		sw_buf_free(&b);
	}
}

static void json_mask(sw_buf *b, unsigned m, const char *const *names, int count)
{
	sw_buf_putc(b, '[');
	int first = 1;
	for (int i = 0; i < count; i++) {
		if (!(m & (1u << i)) || !names[i])
			continue;
		sw_buf_printf(b, "%s\"%s\"", first ? "" : ",", names[i]);
		first = 0;
	}
	sw_buf_putc(b, ']');
}

static void json_form(FILE *out)
{
	const char *vset_names[VS__COUNT];
	set_names(vset_names);
	size_t ns;
	const sw_spelling *sp = sw_kw_spellings(&ns);
	sw_buf b = { 0 };
	sw_buf_puts(&b, "{\n  \"version\": 1,\n  \"keywords\": [");
	for (int k = 1; k < KW__COUNT; k++) {
		const sw_kwinfo *e = sw_kw_info((sw_kw)k);
		sw_buf_printf(&b, "%s\n    {\"id\": \"%s\", \"en\": ", k > 1 ? "," : "", e->id);
		sw_json_strz(&b, e->en);
		sw_buf_puts(&b, ", \"nl\": ");
		sw_json_strz(&b, e->nl);
		sw_buf_puts(&b, ", \"aliases\": [");
		int any = 0;
		for (size_t i = 0; i < ns; i++) {
			if (sp[i].kw != (sw_kw)k || sp[i].canonical)
				continue;
			sw_buf_printf(&b, "%s{\"lang\": \"%s\", \"spelling\": ", any++ ? ", " : "",
			              lang_code(sp[i].lang));
			sw_json_strz(&b, sp[i].s);
			sw_buf_putc(&b, '}');
		}
		sw_buf_puts(&b, "], \"sets\": ");
		json_mask(&b, e->sets, vset_names, VS__COUNT);
		sw_buf_puts(&b, ", \"statement\": ");
		json_mask(&b, blocks_of((sw_kw)k), block_id, CTX__COUNT);
		sw_buf_puts(&b, ", \"takes\": ");
		json_mask(&b, takes_of((sw_kw)k), vset_names, VS__COUNT);
		sw_buf_printf(&b, ", \"connecting\": %s}", connecting((sw_kw)k) ? "true" : "false");
	}
	sw_buf_puts(&b, "\n  ]\n}\n");
	fputs(sw_buf_str(&b), out);
	sw_buf_free(&b);
}

/* ---- markdown: the tables of docs/language.md -------------------------- */

static const char *const set_heading[VS__COUNT] = {
	NULL, "FORM", "PHASE", "KIND", "ROLE", "AGREEMENT-KIND", "SHARED", "DECISION",
	"SCHEME", "STAKE-ROLE", "BASIS", "RENEWAL",
};

static const char *const block_heading[CTX__COUNT] = {
	"The top level", "Inside a collaboration", "Inside a party", "Inside an agreement",
	"Inside governance", "Inside a body", "Inside a stakeholder", "Inside an organisation of the register",
};

/* The shape of a statement in a language, as the reference writes it:
 * optional parts in brackets. */
static void shape_text(sw_buf *b, const sw_shape *s, sw_lang l)
{
	sw_buf_puts(b, sw_kw_spell((sw_kw)s->kw, l));
	int close_after = -1;
	for (int i = 0; i < SW_SHAPE_ARGS && s->args[i].kind; i++) {
		const sw_aspec *a = &s->args[i];
		sw_buf_putc(b, ' ');
		switch ((sw_akind)a->kind) {
		case A_NAME: sw_buf_puts(b, "ID"); break;
		case A_TITLE: sw_buf_puts(b, l == SW_LANG_NL ? "[\"tekst\"]" : "[\"text\"]"); break;
		case A_TEXT: sw_buf_puts(b, l == SW_LANG_NL ? "\"tekst\"" : "\"text\""); break;
		case A_DATE: sw_buf_puts(b, "DATE"); break;
		case A_COUNT: sw_buf_puts(b, "NUMBER"); break;
		case A_AMOUNT: sw_buf_puts(b, "AMOUNT"); break;
		case A_OPT_AMOUNT: sw_buf_puts(b, "[AMOUNT]"); break;
		case A_WORD: sw_buf_puts(b, sw_kw_spell((sw_kw)a->kw, l)); break;
		case A_OPT:
			sw_buf_printf(b, "[%s", sw_kw_spell((sw_kw)a->kw, l));
			close_after = i + a->vset;
			if (!a->vset)
				sw_buf_putc(b, ']');
			break;
		case A_DATE_OR_OPEN: sw_buf_printf(b, "DATE\\|%s", sw_kw_spell(KW_OPEN, l)); break;
		case A_VALUE: sw_buf_puts(b, set_heading[a->vset]); break;
		case A_VALUES: sw_buf_printf(b, "%s, ...", set_heading[a->vset]); break;
		case A_REF: sw_buf_puts(b, "ID"); break;
		case A_REFS: sw_buf_puts(b, "ID, ID, ..."); break;
		case A_AGREEMENT_REF: sw_buf_puts(b, "ID"); break;
		case A_REF_OR_TEXT: sw_buf_puts(b, l == SW_LANG_NL ? "ID\\|\"Organisatie\"" : "ID\\|\"Organisation\""); break;
		case A_DECIDER: sw_buf_printf(b, "%s [RATIO]\\|ID", set_heading[VS_DECISION]); break;
		case A_END: break;
		}
		if (i == close_after && a->kind != A_OPT)
			sw_buf_putc(b, ']');
	}
	if (s->block)
		sw_buf_puts(b, " { ... }");
}

static void markdown_form(FILE *out)
{
	size_t n, ns;
	const sw_shape *all = sw_shapes(&n);
	const sw_spelling *sp = sw_kw_spellings(&ns);
	sw_buf b = { 0 };
	sw_buf_puts(&b, "<!-- Generated by `samw keywords --format markdown` from lexer/keywords.def\n"
	                "     and parser/shapes.def; `make docs` writes it, `make check` compares. -->\n");
	for (int ctx = 0; ctx < CTX__COUNT; ctx++) {
		sw_buf_printf(&b, "\n#### %s\n\n| English | Dutch | how often |\n|---|---|---|\n", block_heading[ctx]);
		for (size_t i = 0; i < n; i++) {
			if (all[i].ctx != ctx)
				continue;
			sw_buf_puts(&b, "| `");
			shape_text(&b, &all[i], SW_LANG_EN);
			sw_buf_puts(&b, "` | `");
			shape_text(&b, &all[i], SW_LANG_NL);
			sw_buf_printf(&b, "` | %s%s |\n", all[i].once ? "once" : "any", all[i].required ? ", required" : "");
		}
	}
	for (int v = 1; v < VS__COUNT; v++) {
		sw_buf_printf(&b, "\n#### %s\n\n| English | Dutch |\n|---|---|\n", set_heading[v]);
		for (int k = 1; k < KW__COUNT; k++) {
			const sw_kwinfo *e = sw_kw_info((sw_kw)k);
			if (!sw_kw_in((sw_kw)k, (sw_vset)v))
				continue;
			sw_buf_printf(&b, "| `%s` | `%s`", e->en, e->nl);
			int any = 0;
			for (size_t i = 0; i < ns; i++) {
				if (sp[i].kw != (sw_kw)k || sp[i].canonical)
					continue;
				sw_buf_printf(&b, "%s`%s`", any++ ? ", " : " (also ", sp[i].s);
			}
			sw_buf_puts(&b, any ? ") |\n" : " |\n");
		}
	}
	fputs(sw_buf_str(&b), out);
	sw_buf_free(&b);
}

int cli_keywords(cli *c)
{
	if (c->nfiles)
		return cli_usage(c, M_P_U_UNKNOWN_OPTION, c->files[0], NULL, NULL);
	if (c->format == 0)
		text_form(stdout);
	else if (c->format == 1)
		json_form(stdout);
	else
		markdown_form(stdout);
	return EXIT_OK;
}
