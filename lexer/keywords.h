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
#define KW(id, en, nl, vs) KW_##id,
#define ALIAS(id, lang, spelling)
#include "keywords.def"
#undef KW
#undef ALIAS
	KW__COUNT
} sw_kw;

/* The language a spelling belongs to. A word spelt alike in both (`kvk`,
 * `team`) is SW_LANG_BOTH and counts for neither when guessing a file's
 * language. */
typedef enum sw_lang { SW_LANG_BOTH = 0, SW_LANG_EN = 1, SW_LANG_NL = 2 } sw_lang;

typedef struct sw_kwinfo {
	const char *en, *nl;   /* the canonical spellings */
	unsigned char vset;
	const char *id;        /* KW_ID without the prefix, for tools */
} sw_kwinfo;

/* One spelling of a keyword: canonical or alias. */
typedef struct sw_spelling {
	sw_kw kw;
	sw_lang lang;          /* EN or NL; en and nl may be alike (kvk) */
	const char *s;
	unsigned char len;
	unsigned char canonical;
} sw_spelling;

const sw_kwinfo *sw_kw_info(sw_kw k);
/* Look a word up; sets *lang to the language of the spelling found. */
sw_kw sw_kw_lookup(const char *s, size_t n, sw_lang *lang);
/* The spelling of k in a language (SW_LANG_BOTH means English). */
const char *sw_kw_spell(sw_kw k, sw_lang lang);
sw_vset sw_kw_vset(sw_kw k);
/* Every spelling of every keyword: each keyword's English and Dutch, in
 * table order, then the aliases. A word spelt alike in English and Dutch
 * is listed twice. For suggestions, editor syntax and `samw keywords`. */
const sw_spelling *sw_kw_spellings(size_t *n);
/* The name of a value set for tools ("form", "agreement-kind"), or NULL. */
const char *sw_vset_id(sw_vset v);

#endif
