#include "diag.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../base/buf.h"

static const sw_checkinfo checks[SW__COUNT] = {
#define CHECK(code, name, sev, crit, phase, sen, snl) \
	[code] = { #code, name, SEV_##sev, CRIT_##crit, PHASE_##phase, { sen, snl } },
#define MSG(code, id, en, nl)
#define REASON(code, en, nl)
#include "checks.def"
#undef CHECK
#undef MSG
#undef REASON
};

/* the reasons, a column of the same table (kept apart only because C has
 * no way to fill in a field of an entry from a later line) */
static const struct { sw_check code; const char *text[2]; } reasons[] = {
#define CHECK(code, name, sev, crit, phase, sen, snl)
#define MSG(code, id, en, nl)
#define REASON(code, en, nl) { code, { en, nl } },
#include "checks.def"
#undef CHECK
#undef MSG
#undef REASON
};

static const char *const sev_names[3] = { "note", "warning", "error" };
static const sw_msg sev_words[3] = { M_P_NOTE, M_P_WARNING, M_P_ERROR };

const char *sw_sev_name(sw_sev s)
{
	return sev_names[s >= SEV_NOTE && s <= SEV_ERROR ? s : SEV_NOTE];
}

const char *sw_sev_word(sw_sev s, int nl)
{
	return sw_msg_text(sev_words[s >= SEV_NOTE && s <= SEV_ERROR ? s : SEV_NOTE], nl);
}

static const sw_critinfo crits[CRIT__COUNT] = {
#define CRIT(id, pnl, pen, len, lnl, sen, snl) [CRIT_##id] = { #id, pnl, pen, { sen, snl }, { len, lnl } },
#include "criteria.def"
#undef CRIT
};

typedef struct msginfo {
	sw_check check;
	const char *text[2];
} msginfo;

static const msginfo msgs[M__COUNT] = {
	[M_NONE] = { SW__COUNT, { "", "" } },
#define CHECK(code, name, sev, crit, phase, sen, snl)
#define MSG(code, id, en, nl) [M_##id] = { code, { en, nl } },
#define REASON(code, en, nl)
#include "checks.def"
#undef CHECK
#undef MSG
#undef REASON
#define PHRASE(id, en, nl) [M_##id] = { SW__COUNT, { en, nl } },
#include "phrases.def"
#undef PHRASE
};

const sw_checkinfo *sw_check_info(sw_check c)
{
	return &checks[c < SW__COUNT ? c : 0];
}

const char *sw_check_reason(sw_check c, int nl)
{
	for (size_t i = 0; i < sizeof reasons / sizeof reasons[0]; i++)
		if (reasons[i].code == c)
			return reasons[i].text[nl ? 1 : 0];
	return NULL;
}

const sw_critinfo *sw_crit_info(sw_crit c)
{
	return &crits[c < CRIT__COUNT ? c : 0];
}

int sw_check_find(const char *s, sw_check *out)
{
	for (int i = 0; i < SW__COUNT; i++) {
		if (strcmp(s, checks[i].code) == 0 || strcmp(s, checks[i].name) == 0) {
			*out = (sw_check)i;
			return 1;
		}
	}
	/* codes are case-insensitive: sw101 works too */
	if ((s[0] == 's' || s[0] == 'S') && (s[1] == 'w' || s[1] == 'W')) {
		for (int i = 0; i < SW__COUNT; i++) {
			if (strcmp(s + 2, checks[i].code + 2) == 0) {
				*out = (sw_check)i;
				return 1;
			}
		}
	}
	return 0;
}

const char *sw_msg_text(sw_msg m, int nl)
{
	return msgs[m < M__COUNT ? m : M_NONE].text[nl ? 1 : 0];
}

sw_check sw_msg_check(sw_msg m)
{
	return msgs[m < M__COUNT ? m : M_NONE].check;
}

void sw_diags_init(sw_diags *d, size_t max)
{
	memset(d, 0, sizeof *d);
	sw_arena_init(&d->arena);
	d->max = max;
}

void sw_diags_free(sw_diags *d)
{
	free(d->log);
	free(d->v);
	sw_arena_free(&d->arena);
	memset(d, 0, sizeof *d);
}

/* Past the limit the kept diagnostics form a max-heap on position (then
 * emission order), so the one to give way is always v[0]: each diagnostic
 * costs O(log max), however many a file has and in whatever order. */
static int after(const sw_diag *a, const sw_diag *b)
{
	if (a->span.start.off != b->span.start.off)
		return a->span.start.off > b->span.start.off;
	return a->seq > b->seq;
}

/* Move v[i] down to its place; returns where it ended. */
static size_t sift_down(sw_diag *v, size_t n, size_t i)
{
	for (;;) {
		size_t l = 2 * i + 1, r = l + 1, m = i;
		if (l < n && after(&v[l], &v[m]))
			m = l;
		if (r < n && after(&v[r], &v[m]))
			m = r;
		if (m == i)
			return i;
		sw_diag t = v[i];
		v[i] = v[m];
		v[m] = t;
		i = m;
	}
}

sw_diag *sw_diag_add(sw_diags *d, sw_check c, sw_sev sev, sw_span span, sw_msg msg)
{
	if (d->override && d->override[c] != SW_SEV_KEEP)
		sev = (sw_sev)d->override[c];
	if (sev == SEV_OFF)
		return NULL;
	if (d->filter && d->filter(d->filter_ud, c, span))
		return NULL;
	if (sev == SEV_WARNING && d->werror)
		sev = SEV_ERROR;
	d->count[sev]++;
	if (d->log_len == d->log_cap) {
		size_t cap = d->log_cap ? d->log_cap * 2 : 64;
		sw_logent *l = realloc(d->log, cap * sizeof *l);
		if (!l)
			abort();
		d->log = l;
		d->log_cap = cap;
	}
	d->log[d->log_len++] = (sw_logent){ span.start.off, (uint8_t)c, (uint8_t)sev, (uint8_t)d->lowering };
	sw_diag *g;
	if (d->max && d->len >= d->max && d->keep_first) {
		d->dropped++;
		return NULL;
	}
	if (d->max && d->len >= d->max) {
		/* Full: keep the first max by position. The new one comes after
		 * every kept one with the same position, so it loses ties. */
		if (!d->full) {
			for (size_t i = d->len / 2; i-- > 0;)
				sift_down(d->v, d->len, i);
			d->full = 1;
		}
		d->dropped++;
		if (span.start.off >= d->v[0].span.start.off)
			return NULL;
		g = &d->v[0];
		memset(g, 0, sizeof *g);
		g->span = span;
		g->seq = d->seq++;
		g = &d->v[sift_down(d->v, d->len, 0)];
	} else {
		if (d->len == d->cap) {
			size_t cap = d->cap ? d->cap * 2 : 16;
			sw_diag *v = realloc(d->v, cap * sizeof *v);
			if (!v)
				abort();
			d->v = v;
			d->cap = cap;
		}
		g = &d->v[d->len++];
		memset(g, 0, sizeof *g);
		g->span = span;
		g->seq = d->seq++;
	}
	g->check = c;
	g->sev = sev;
	g->msg = msg;
	return g;
}

enum { ARG_MAX = 120 };

sw_diag *sw_diag_report(sw_diags *d, sw_check c, sw_span span, sw_msg msg)
{
	return sw_diag_add(d, c, sw_check_info(c)->sev, span, msg);
}

void sw_diag_arg(sw_diags *d, sw_diag *g, int i, const char *s, size_t n)
{
	if (!g || i < 1 || i > SW_DARGS)
		return;
	if (n > ARG_MAX) {
		/* a name or text a megabyte long helps no reader: cut it, on a
		 * character boundary, and say so */
		size_t k = ARG_MAX - 3;
		while (k > 0 && ((unsigned char)s[k] & 0xC0) == 0x80)
			k--;
		char *p = sw_alloc(&d->arena, k + 4);
		memcpy(p, s, k);
		memcpy(p + k, "...", 4);
		g->args[i - 1].text = p;
	} else {
		g->args[i - 1].text = sw_strndup(&d->arena, s, n);
	}
	g->args[i - 1].phrase = M_NONE;
}

void sw_diag_arg_whole(sw_diags *d, sw_diag *g, int i, const char *s)
{
	if (!g || i < 1 || i > SW_DARGS)
		return;
	g->args[i - 1].text = sw_strndup(&d->arena, s, strlen(s));
	g->args[i - 1].phrase = M_NONE;
}

void sw_diag_argz(sw_diags *d, sw_diag *g, int i, const char *s)
{
	sw_diag_arg(d, g, i, s, strlen(s));
}

void sw_diag_argp(sw_diag *g, int i, sw_msg phrase, const char *text)
{
	if (!g || i < 1 || i > SW_DARGS)
		return;
	g->args[i - 1].text = text;
	g->args[i - 1].phrase = phrase;
}

void sw_diag_fix(sw_diags *d, sw_diag *g, const char *s, int safe)
{
	if (!g)
		return;
	g->fix = sw_strndup(&d->arena, s, strlen(s));
	g->fix_span = g->span;
	g->fix_safe = safe != 0;
	g->fix_insert = 0;
}

void sw_diag_fix_insert(sw_diags *d, sw_diag *g, sw_pos at, const char *s)
{
	if (!g)
		return;
	g->fix = sw_strndup(&d->arena, s, strlen(s));
	g->fix_span.start = g->fix_span.end = at;
	g->fix_safe = 0;
	g->fix_insert = 1;
}

static int cmp(const void *a, const void *b)
{
	const sw_diag *x = a, *y = b;
	if (x->span.start.off != y->span.start.off)
		return x->span.start.off < y->span.start.off ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

void sw_diags_sort(sw_diags *d)
{
	if (d->len > 1)
		qsort(d->v, d->len, sizeof *d->v, cmp);
}

void sw_diags_drain(sw_diags *d, uint32_t lo, uint32_t hi, sw_tally *t)
{
	size_t keep = 0;
	for (size_t i = 0; i < d->log_len; i++) {
		const sw_logent *e = &d->log[i];
		if (e->off > hi) {
			d->log[keep++] = *e;
			continue;
		}
		if (!t || e->off < lo)
			continue;
		t->count[e->sev]++;
		if (t->sev[e->check] < e->sev + 1)
			t->sev[e->check] = (uint8_t)(e->sev + 1);
		t->lowered[e->check] |= e->lowered;
	}
	d->log_len = keep;
}

void sw_msg_expand(sw_buf *out, sw_msg m, const sw_darg *args, int nl)
{
	sw_msg_expand_text(out, sw_msg_text(m, nl), args, nl);
}

void sw_msg_expand_text(sw_buf *out, const char *t, const sw_darg *args, int nl)
{
	while (*t) {
		if (t[0] == '{' && t[1] >= '1' && t[1] <= '0' + SW_DARGS && t[2] == '}') {
			const sw_darg *a = &args[t[1] - '1'];
			if (a->phrase) {
				sw_darg inner[SW_DARGS] = { { a->text, M_NONE } };
				sw_msg_expand(out, a->phrase, inner, nl);
			} else if (a->text) {
				sw_buf_puts(out, a->text);
			}
			t += 3;
		} else {
			const char *n = strchr(t + 1, '{');
			size_t k = n ? (size_t)(n - t) : strlen(t);
			sw_buf_put(out, t, k);
			t += k;
		}
	}
}

/* ---- system errors ---------------------------------------------------- */

static const struct {
	int err;
	sw_msg text;
} errnos[] = {
	{ EACCES, M_P_E_ACCES }, { EPERM, M_P_E_PERM }, { EIO, M_P_E_IO },
	{ EBADF, M_P_E_BADF }, { EFBIG, M_P_E_FBIG }, { ENOSPC, M_P_E_NOSPC },
	{ EDQUOT, M_P_E_DQUOT }, { EROFS, M_P_E_ROFS }, { ENAMETOOLONG, M_P_E_NAMETOOLONG },
	{ ELOOP, M_P_E_LOOP }, { ENOTDIR, M_P_E_NOTDIR }, { EISDIR, M_P_E_ISDIR },
	{ ENOENT, M_P_E_NOENT }, { ENOMEM, M_P_E_NOMEM }, { EMFILE, M_P_E_MFILE },
	{ ENXIO, M_P_E_NXIO }, { EINVAL, M_P_E_INVAL }, { EXDEV, M_P_E_XDEV },
	{ ETXTBSY, M_P_E_TXTBSY },
};

const char *sw_errno_text(int err, int nl, char *buf, size_t n)
{
	for (size_t i = 0; i < sizeof errnos / sizeof errnos[0]; i++)
		if (errnos[i].err == err)
			return sw_msg_text(errnos[i].text, nl);
	if (!nl)
		return strerror(err);
	sw_buf b = { 0 };
	char num[16];
	snprintf(num, sizeof num, "%d", err);
	sw_darg a[SW_DARGS] = { { num, M_NONE } };
	sw_msg_expand(&b, M_P_E_OTHER, a, nl);
	snprintf(buf, n, "%s", sw_buf_str(&b));
	sw_buf_free(&b);
	return buf;
}
