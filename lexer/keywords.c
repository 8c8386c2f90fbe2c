#include "keywords.h"

#include <string.h>

#define LEN(s) ((unsigned char)(sizeof(s) - 1))

static const sw_kwinfo table[KW__COUNT] = {
	[KW_NONE] = { "", "", NULL, 0, 0, 0, VS_NONE },
#define KW(id, en, nl, nl2, vs) \
	[KW_##id] = { en, nl, nl2, LEN(en), LEN(nl), 0, vs },
#include "keywords.def"
#undef KW
};

const sw_kwinfo *sw_kw_info(sw_kw k)
{
	return &table[k < KW__COUNT ? k : KW_NONE];
}

sw_kw sw_kw_lookup(const char *s, size_t n, sw_lang *lang)
{
	for (int k = 1; k < KW__COUNT; k++) {
		const sw_kwinfo *e = &table[k];
		int en = e->len_en == n && memcmp(e->en, s, n) == 0;
		int nl = e->len_nl == n && memcmp(e->nl, s, n) == 0;
		if (!nl && e->nl2)
			nl = strlen(e->nl2) == n && memcmp(e->nl2, s, n) == 0;
		if (en || nl) {
			if (lang)
				*lang = en && nl ? SW_LANG_BOTH : en ? SW_LANG_EN : SW_LANG_NL;
			return (sw_kw)k;
		}
	}
	if (lang)
		*lang = SW_LANG_BOTH;
	return KW_NONE;
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
