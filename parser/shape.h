/* Statement shapes: which keywords each block takes, what arguments each
 * keyword takes, and how often. The shape pass checks every statement
 * against this table and builds the model of each collaboration. */
#ifndef SW_SHAPE_H
#define SW_SHAPE_H

#include "../base/buf.h"
#include "model.h"
#include "parser.h"

typedef enum sw_akind {
	A_END = 0,
	A_NAME,      /* an identifier this statement declares */
	A_TITLE,     /* an optional text */
	A_TEXT,
	A_DATE,
	A_COUNT,     /* a whole number */
	A_AMOUNT,    /* a currency and a number */
	A_OPT_AMOUNT,
	A_WORD,      /* a fixed connecting keyword */
	A_OPT,       /* an optional keyword and the `n` specs after it */
	A_DATE_OR_OPEN,
	A_VALUE,     /* a word of a value set */
	A_VALUES,    /* words of a value set, separated by commas */
	A_REF,       /* a party name */
	A_REFS,      /* party names separated by commas */
	A_AGREEMENT_REF,
	A_REF_OR_TEXT,
	A_DECIDER,   /* a way of deciding, or a party name */
} sw_akind;

enum { SW_SHAPE_ARGS = 8 };

typedef struct sw_aspec {
	unsigned char kind;
	unsigned char vset;   /* A_VALUE(S): the set; A_OPT: how many specs follow */
	unsigned short kw;    /* A_WORD, A_OPT: the keyword */
} sw_aspec;

/* Each shape's place in the table: SHAPE_PARTY_KVK. */
enum {
#define S(ctx, kw, ...) SHAPE_##ctx##_##kw,
#include "shapes.def"
#undef S
	SHAPE__COUNT
};

typedef struct sw_shape {
	unsigned char ctx;    /* the block it stands in */
	unsigned char id;     /* its place in the table (SHAPE_...) */
	unsigned short kw;
	unsigned char block;  /* the block it opens (sw_ctx), or 0 */
	unsigned char once;
	unsigned char required;
	unsigned char again;  /* the shape pass looks for an earlier one: once,
	                         or a phase (again only with `since`) */
	sw_aspec args[SW_SHAPE_ARGS];
} sw_shape;

/* The table, in the order of shapes.def, and (block, keyword) -> its
 * shape there, or NULL: a lookup, inline for every statement, is one
 * load. */
extern const sw_shape sw_shape_table[];
extern const sw_shape *const sw_shape_at[CTX__COUNT][KW__COUNT];
static inline const sw_shape *sw_shape_find(sw_ctx ctx, sw_kw kw)
{
	if ((unsigned)ctx >= CTX__COUNT || (unsigned)kw >= KW__COUNT)
		return NULL;
	return sw_shape_at[ctx][kw];
}
/* All shapes, in the order of the language reference. */
const sw_shape *sw_shapes(size_t *n);
/* The phrase naming a block ("a party"). */
sw_msg sw_ctx_phrase(sw_ctx ctx);
/* The shared items: the k-th value of VS_SHARED, its bit in a shares
 * mask (0 for any other word), and its name in prose. */
sw_kw sw_shared_kw(int k);
unsigned sw_share_bit(sw_kw k);
sw_msg sw_shared_phrase(int k);

/* What a statement expects where a value of set v stands ("a form
 * ({1})", {1} the values), and the set's name ("form"). */
sw_msg sw_vset_expected(sw_vset v);
sw_msg sw_vset_name(sw_vset v);
/* The values of a set in a language, separated by sep. */
void sw_value_list(sw_buf *b, sw_vset v, sw_lang lang, const char *sep);
/* Write an example of the statement, in a language ("term 2025-01-01
 * until 2027-12-31"). */
void sw_shape_example(sw_buf *b, const sw_shape *s, sw_lang lang);

/* The role a title plays (`functie "wethouder"`: director), from
 * titles.def, or KW_NONE. */
sw_kw sw_title_lookup(const char *s, size_t n);

/* Where a keyword stands among a statement's arguments (those after its
 * own keyword): for fmt, which spells keywords in one language. */
typedef struct sw_kwmark {
	sw_kw kw, kw2;        /* kw2: the second keyword of a combination */
	unsigned char words;  /* the arguments it takes; 0: not a keyword */
} sw_kwmark;

/* Mark the keywords among the arguments of s (after sw_shape_contexts),
 * marks[i] for its i-th argument after its own keyword, up to n of them.
 * Returns 0 when s is no statement of its block (nothing is a keyword
 * then, not even its head). Reports nothing. */
int sw_stmt_keywords(sw_parser *P, const sw_stmt *s, sw_kwmark *marks, size_t n);

/* Resolve the keyword of s in block ctx when it is several words
 * ("onderdeel van"): sets s->kw and s->head_words. */
void sw_resolve_head(sw_stmt *s, sw_ctx ctx);
/* Check one top-level statement and build its model; NULL unless it is a
 * collaboration. Reports SW001-SW005 and SW009. An organisation of the
 * register is built as a party, into top->node (as a sw_party); for `use`,
 * top->node is its text when it can be read. */
sw_collab *sw_shape_top(sw_parser *P, sw_stmt *top, sw_lang lang);
/* Report that s needs a block (SW001), as the shape pass does. */
void sw_shape_needs_block(sw_parser *P, const sw_stmt *s);
/* Set the block of every statement under top, as the shape pass would. */
void sw_shape_contexts(sw_stmt *top);

#endif
