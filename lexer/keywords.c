/* The keyword table (keywords.def) as data: canonical spellings per
 * keyword, and a list of every spelling for lookups. */
#include "keywords.h"

#include <string.h>

#include "token.h"

/* the table itself, read only (sw_kw_in reads it inline) */
const sw_kwinfo sw_kw_table[KW__COUNT] = {
	[KW_NONE] = { "", "", NOSET, "" },
#define KW(id, en, nl, sets) [KW_##id] = { en, nl, sets, #id },
#define ALIAS(id, lang, spelling)
#define COMBO(lang, spelling, id1, id2)
#include "keywords.def"
#undef KW
#undef ALIAS
#undef COMBO
};

#define LEN(s) ((unsigned char)(sizeof(s) - 1))

/* Each keyword's English and Dutch spellings, then the aliases, then the
 * combinations of two keywords. */
static const sw_spelling spellings[] = {
#define KW(id, en, nl, sets) \
	{ KW_##id, KW_NONE, SW_LANG_EN, en, LEN(en), 1 }, \
	{ KW_##id, KW_NONE, SW_LANG_NL, nl, LEN(nl), 1 },
#define ALIAS(id, lang, spelling)
#define COMBO(lang, spelling, id1, id2)
#include "keywords.def"
#undef KW
#undef ALIAS
#undef COMBO
#define KW(id, en, nl, sets)
#define ALIAS(id, lang, spelling) { KW_##id, KW_NONE, SW_LANG_##lang, spelling, LEN(spelling), 0 },
#define COMBO(lang, spelling, id1, id2)
#include "keywords.def"
#undef KW
#undef ALIAS
#undef COMBO
#define KW(id, en, nl, sets)
#define ALIAS(id, lang, spelling)
#define COMBO(lang, spelling, id1, id2) { KW_##id1, KW_##id2, SW_LANG_##lang, spelling, LEN(spelling), 0 },
#include "keywords.def"
#undef KW
#undef ALIAS
#undef COMBO
};
enum { NSPELLINGS = sizeof spellings / sizeof spellings[0] };

/* the spellings above by first byte, and the first bytes of those of
 * several words (generated) */
#include "phrases_ids.h"
_Static_assert((int)PHRASE_SPELLINGS == (int)NSPELLINGS, "phrases_ids.h follows the spelling list");

const sw_kwinfo *sw_kw_info(sw_kw k)
{
	return &sw_kw_table[k < KW__COUNT ? k : KW_NONE];
}

sw_kw sw_kw_lookup(const char *s, size_t n, sw_lang *lang)
{
	if (!n)
		goto none;
	/* only the spellings that start with s's first byte, in table order */
	unsigned char b = (unsigned char)s[0];
	for (size_t j = byte_start[b]; j < byte_start[b + 1]; j++) {
		const sw_spelling *e = &spellings[spelling_by_byte[j]];
		if (e->len == n && !e->kw2 && memcmp(e->s, s, n) == 0) {
			/* a word spelt alike in both languages (kvk, team) is of
			 * neither */
			if (lang)
				*lang = e->canonical && strcmp(sw_kw_table[e->kw].en, sw_kw_table[e->kw].nl) == 0
				        ? SW_LANG_BOTH : e->lang;
			return e->kw;
		}
	}
none:
	if (lang)
		*lang = SW_LANG_BOTH;
	return KW_NONE;
}

/* Do the words of spelling e follow each other from a on? Sets *next. */
static int words_match(const sw_spelling *e, const sw_arg *a, const sw_arg **next)
{
	const char *p = e->s, *end = e->s + e->len;
	int words = 0;
	while (p < end) {
		const char *sp = memchr(p, ' ', (size_t)(end - p));
		size_t n = sp ? (size_t)(sp - p) : (size_t)(end - p);
		if (!a || a->kind != ARG_WORD || a->len != n || memcmp(a->text, p, n) != 0)
			return 0;
		a = a->next;
		words++;
		p += n + (sp ? 1 : 0);
	}
	*next = a;
	return words > 1;
}

const sw_spelling *sw_kw_phrase(const sw_arg *a, int (*ok)(sw_kw k, const void *ud),
                                const void *ud, const sw_arg **next)
{
	const sw_spelling *best = NULL;
	const sw_arg *after = NULL;
	if (!a || a->kind != ARG_WORD || (a->sym && !sw_sym_phrase(a->sym)))
		return NULL;
	/* a spelling of several words needs a second word (`tot` before a
	 * date is one word) */
	if (!a->next || a->next->kind != ARG_WORD)
		return NULL;
	/* only the spellings that start with a's first byte, in table order:
	 * a few, not every spelling of several words */
	unsigned char b = (unsigned char)a->text[0];
	for (size_t j = byte_start[b]; j < byte_start[b + 1]; j++) {
		const sw_spelling *e = &spellings[spelling_by_byte[j]];
		const sw_arg *n;
		/* whose first word is a's: a cheap test first, as this runs for
		 * every statement */
		if (e->len <= a->len || e->s[a->len] != ' ' || memcmp(e->s, a->text, a->len) != 0 ||
		    (best && e->len <= best->len))
			continue;
		if (ok && !ok(e->kw, ud))
			continue;
		if (words_match(e, a, &n)) {
			best = e;
			after = n;
		}
	}
	if (best && next)
		*next = after;
	return best;
}

int sw_kw_phrase_head(const char *s, size_t n)
{
	if (!n || !memchr(phrase_first, s[0], sizeof phrase_first - 1))
		return 0;
	unsigned char b = (unsigned char)s[0];
	for (size_t j = byte_start[b]; j < byte_start[b + 1]; j++) {
		const sw_spelling *e = &spellings[spelling_by_byte[j]];
		if (e->len > n && e->s[n] == ' ' && memcmp(e->s, s, n) == 0)
			return 1;
	}
	return 0;
}

const sw_spelling *sw_kw_spellings(size_t *n)
{
	*n = NSPELLINGS;
	return spellings;
}

const char *sw_kw_spell(sw_kw k, sw_lang lang)
{
	const sw_kwinfo *e = sw_kw_info(k);
	return lang == SW_LANG_NL ? e->nl : e->en;
}


sw_vset sw_kw_vset(sw_kw k)
{
	unsigned m = sw_kw_info(k)->sets;
	for (int v = 1; v < VS__COUNT; v++)
		if (m & (1u << v))
			return (sw_vset)v;
	return VS_NONE;
}

const char *sw_vset_id(sw_vset v)
{
	static const char *const ids[VS__COUNT] = {
		NULL, "form", "phase", "kind", "role", "agreement-kind", "shared", "decision",
		"scheme", "stake-role", "basis", "renewal",
	};
	return v < VS__COUNT ? ids[v] : NULL;
}
