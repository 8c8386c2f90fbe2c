/* The keyword table (keywords.def) as data: canonical spellings per
 * keyword, and a list of every spelling for lookups. */
#include "keywords.h"

#include <string.h>

static const sw_kwinfo table[KW__COUNT] = {
	[KW_NONE] = { "", "", VS_NONE, "" },
#define KW(id, en, nl, vs) [KW_##id] = { en, nl, vs, #id },
#define ALIAS(id, lang, spelling)
#include "keywords.def"
#undef KW
#undef ALIAS
};

#define LEN(s) ((unsigned char)(sizeof(s) - 1))

/* Each keyword's English and Dutch spellings, then the aliases. */
static const sw_spelling spellings[] = {
#define KW(id, en, nl, vs) \
	{ KW_##id, SW_LANG_EN, en, LEN(en), 1 }, { KW_##id, SW_LANG_NL, nl, LEN(nl), 1 },
#define ALIAS(id, lang, spelling)
#include "keywords.def"
#undef KW
#undef ALIAS
#define KW(id, en, nl, vs)
#define ALIAS(id, lang, spelling) { KW_##id, SW_LANG_##lang, spelling, LEN(spelling), 0 },
#include "keywords.def"
#undef KW
#undef ALIAS
};
enum { NSPELLINGS = sizeof spellings / sizeof spellings[0] };

const sw_kwinfo *sw_kw_info(sw_kw k)
{
	return &table[k < KW__COUNT ? k : KW_NONE];
}

sw_kw sw_kw_lookup(const char *s, size_t n, sw_lang *lang)
{
	for (size_t i = 0; i < NSPELLINGS; i++) {
		const sw_spelling *e = &spellings[i];
		if (e->len == n && memcmp(e->s, s, n) == 0) {
			/* a word spelt alike in both languages (kvk, team) is of
			 * neither */
			if (lang)
				*lang = e->canonical && strcmp(table[e->kw].en, table[e->kw].nl) == 0
				        ? SW_LANG_BOTH : e->lang;
			return e->kw;
		}
	}
	if (lang)
		*lang = SW_LANG_BOTH;
	return KW_NONE;
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
	return (sw_vset)sw_kw_info(k)->vset;
}

const char *sw_vset_id(sw_vset v)
{
	static const char *const ids[VS__COUNT] = {
		NULL, "form", "phase", "kind", "role", "agreement-kind", "shared", "decision",
	};
	return v < VS__COUNT ? ids[v] : NULL;
}
