/* The table of statement shapes (shapes.def): lookups, and an example of
 * each statement for help lines. */
#include "shape.h"

#include <string.h>

#define NAME { A_NAME, 0, 0 }
#define TITLE { A_TITLE, 0, 0 }
#define TEXT { A_TEXT, 0, 0 }
#define DATE { A_DATE, 0, 0 }
#define WORD(k) { A_WORD, 0, KW_##k }
#define VALUE(v) { A_VALUE, v, 0 }
#define VALUES(v) { A_VALUES, v, 0 }
#define ONE(k) { k, 0, 0 }
#define OPT(k, n) { A_OPT, n, KW_##k }

const sw_shape sw_shape_table[] = {
#define S(ctx, kw, block, once, req, ...) \
	{ CTX_##ctx, SHAPE_##ctx##_##kw, KW_##kw, block, once, req, \
	  (once) || KW_##kw == KW_PHASE, { __VA_ARGS__ } },
#include "shapes.def"
#undef S
};
_Static_assert(SHAPE__COUNT <= 256, "a shape's id fits its byte");

const sw_shape *const sw_shape_at[CTX__COUNT][KW__COUNT] = {
#define S(ctx, kw, ...) [CTX_##ctx][KW_##kw] = &sw_shape_table[SHAPE_##ctx##_##kw],
#include "shapes.def"
#undef S
};

const sw_shape *sw_shapes(size_t *n)
{
	*n = SHAPE__COUNT;
	return sw_shape_table;
}

sw_msg sw_ctx_phrase(sw_ctx ctx)
{
	static const sw_msg m[CTX__COUNT] = {
		M_P_CTX_TOP, M_P_CTX_COLLAB, M_P_CTX_PARTY,
		M_P_CTX_AGREEMENT, M_P_CTX_GOVERNANCE, M_P_CTX_BODY, M_P_CTX_STAKEHOLDER, M_P_CTX_ORG,
	};
	return m[ctx < CTX__COUNT ? ctx : 0];
}

/* ---- shared items ---------------------------------------------------- */

sw_kw sw_shared_kw(int k)
{
	for (int w = 1; w < KW__COUNT; w++)
		if (sw_kw_in((sw_kw)w, VS_SHARED) && k-- == 0)
			return (sw_kw)w;
	return KW_NONE;
}

/* Each keyword's place among the shared items, in the order of the
 * keyword table, counted when compiling: the enumerator after a shared
 * keyword's is one more, after any other's the same. */
enum {
#define KW(id, en, nl, sets) SHARE_##id, SHARE_AFTER_##id = SHARE_##id + (((sets) & SET(SHARED)) ? 1 : 0) - 1,
#define ALIAS(id, lang, spelling)
#define COMBO(lang, spelling, id1, id2)
#include "../lexer/keywords.def"
#undef KW
	SHARE__COUNT
};
static const unsigned char share_index[KW__COUNT] = {
#define KW(id, en, nl, sets) [KW_##id] = SHARE_##id,
#include "../lexer/keywords.def"
#undef KW
#undef ALIAS
#undef COMBO
};
_Static_assert(SHARE__COUNT <= 32, "a mask of shared items fits an unsigned");

unsigned sw_share_bit(sw_kw k)
{
	/* its place among the shared items, in the order of the table */
	return sw_kw_in(k, VS_SHARED) ? 1u << share_index[k] : 0;
}

sw_msg sw_shared_phrase(int k)
{
	/* the keyword's spelling is not always good prose ("risicos") */
	switch (sw_shared_kw(k)) {
	case KW_RISKS: return M_P_RISKS;
	case KW_COSTS: return M_P_COSTS;
	case KW_REVENUES: return M_P_REVENUES;
	default: return M_NONE;
	}
}

/* ---- examples, for help lines ----------------------------------------- */

void sw_value_list(sw_buf *b, sw_vset v, sw_lang lang, const char *sep)
{
	int first = 1;
	for (int k = 1; k < KW__COUNT; k++) {
		if (!sw_kw_in((sw_kw)k, v))
			continue;
		if (!first)
			sw_buf_puts(b, sep);
		sw_buf_puts(b, sw_kw_spell((sw_kw)k, lang));
		first = 0;
	}
}

static sw_kw first_value(sw_vset v)
{
	for (int k = 1; k < KW__COUNT; k++)
		if (sw_kw_in((sw_kw)k, v))
			return (sw_kw)k;
	return KW_NONE;
}

void sw_shape_example(sw_buf *b, const sw_shape *s, sw_lang lang)
{
	sw_buf_puts(b, sw_kw_spell((sw_kw)s->kw, lang));
	int dates = 0;
	for (int i = 0; i < SW_SHAPE_ARGS && s->args[i].kind; i++) {
		const sw_aspec *a = &s->args[i];
		if (a->kind == A_OPT && a->kw != KW_ROLE) {
			i += a->vset; /* optional, and left out of examples but a role */
			continue;
		}
		if (a->kind == A_OPT_AMOUNT || a->kind == A_TITLE)
			continue;
		sw_buf_putc(b, ' ');
		switch ((sw_akind)a->kind) {
		case A_NAME: sw_buf_puts(b, "name"); break;
		case A_TITLE: break;
		case A_TEXT: sw_buf_puts(b, "\"...\""); break;
		case A_DATE:
		case A_DATE_OR_OPEN:
			sw_buf_puts(b, dates++ ? "2027-12-31" : "2025-01-01");
			break;
		case A_COUNT: sw_buf_puts(b, "15"); break;
		case A_AMOUNT:
		case A_OPT_AMOUNT:
			sw_buf_puts(b, lang == SW_LANG_NL ? "€ 1.250.000" : "EUR 1,250,000");
			break;
		case A_WORD:
		case A_OPT:
			sw_buf_puts(b, sw_kw_spell((sw_kw)a->kw, lang));
			break;
		case A_VALUE: sw_buf_puts(b, sw_kw_spell(first_value((sw_vset)a->vset), lang)); break;
		case A_VALUES:
			if (a->vset == VS_SHARED)
				sw_value_list(b, (sw_vset)a->vset, lang, ", ");
			else
				sw_buf_puts(b, sw_kw_spell(first_value((sw_vset)a->vset), lang));
			break;
		case A_REF: case A_AGREEMENT_REF: sw_buf_puts(b, "name"); break;
		case A_REFS: sw_buf_puts(b, "name1, name2"); break;
		case A_REF_OR_TEXT: sw_buf_puts(b, lang == SW_LANG_NL ? "\"Organisatie\"" : "\"Organisation\""); break;
		case A_DECIDER: sw_buf_puts(b, sw_kw_spell(KW_CONSENSUS, lang)); break;
		case A_END: break;
		}
	}
	if (s->block)
		sw_buf_puts(b, " { ... }");
}
