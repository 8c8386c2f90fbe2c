/* Keywords and enumerated values, in English and Dutch (keywords.def). */
#ifndef SW_KEYWORDS_H
#define SW_KEYWORDS_H

#include <stddef.h>

typedef enum sw_vset {
	VS_NONE,
	VS_FORM,
	VS_PHASE,
	VS_KIND,
	VS_ROLE,
	VS_AGREEMENT_KIND,
	VS_SHARED,
	VS_DECISION,
	VS__COUNT
} sw_vset;

typedef enum sw_kw {
	KW_NONE = 0,
#define KW(id, en, nl, nl2, vs) KW_##id,
#include "keywords.def"
#undef KW
	KW__COUNT
} sw_kw;

/* The language a spelling belongs to. A word spelt alike in both (`kvk`,
 * `team`) is SW_LANG_BOTH and counts for neither when guessing a file's
 * language. */
typedef enum sw_lang { SW_LANG_BOTH = 0, SW_LANG_EN = 1, SW_LANG_NL = 2 } sw_lang;

typedef struct sw_kwinfo {
	const char *en, *nl, *nl2;
	unsigned char len_en, len_nl, len_nl2;
	unsigned char vset;
} sw_kwinfo;

const sw_kwinfo *sw_kw_info(sw_kw k);
/* Look a word up; sets *lang to the language of the spelling found. */
sw_kw sw_kw_lookup(const char *s, size_t n, sw_lang *lang);
/* The spelling of k in a language (SW_LANG_BOTH means English). */
const char *sw_kw_spell(sw_kw k, sw_lang lang);
sw_vset sw_kw_vset(sw_kw k);

#endif
