/* The values a statement holds, checked once its shape fits: texts that
 * are not empty, dates in the calendar, KvK and other registration numbers
 * with their check digits, amounts of money written without ambiguity,
 * whole numbers, qualified majorities, and titles written where a role
 * belongs. Each says what is wrong and shows the accepted form. */
#include "build.h"
#include "../base/money.h"

#include <stdio.h>
#include <string.h>

static void arg1(sw_build *h, sw_diag *g, const sw_arg *a)
{
	if (g)
		sw_diag_arg(h->D, g, 1, a->text, a->len);
}

/* SW005 at a, which the message names as {1}, with its help */
static sw_diag *invalid(sw_build *h, const sw_arg *a, sw_msg msg, sw_msg help)
{
	sw_diag *g = sw_build_diag(h, SW005, a->span, msg);
	arg1(h, g, a);
	if (g)
		g->help = help;
	return g;
}

/* sw_check_text's report: t is empty */
int sw_text_empty(sw_build *h, const sw_stmt *s, const sw_arg *t)
{
	sw_diag *g = sw_build_diag(h, SW005, t->span, M_VAL_EMPTY);
	if (g) {
		g->help = M_VAL_EMPTY_HELP;
		sw_diag_argz(h->D, g, 1, sw_kwtext(s));
	}
	return 0;
}

int sw_date_slow(sw_build *h, const sw_arg *a, sw_date *out)
{
	if (sw_date_parse(a->text, a->len, out))
		return 1;
	invalid(h, a, M_VAL_DATE, M_VAL_DATE_HELP);
	return 0;
}

static int digits(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return n > 0;
}

/* The digits of a KBO number written with dots or spaces ("0123.456.749"),
 * into d; 0 unless there are ten. */
static int kbo_digits(const char *s, size_t n, char d[10])
{
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '.' || s[i] == ' ')
			continue;
		if (s[i] < '0' || s[i] > '9' || k == 10)
			return 0;
		d[k++] = s[i];
	}
	return k == 10;
}

/* A Belgian enterprise number: ten digits, the first 0 or 1, the last two
 * 97 minus the first eight modulo 97. */
static int kbo_ok(const char *s, size_t n)
{
	char d[10];
	if (!kbo_digits(s, n, d) || (d[0] != '0' && d[0] != '1'))
		return 0;
	long first = 0;
	for (int i = 0; i < 8; i++)
		first = first * 10 + (d[i] - '0');
	return 97 - first % 97 == (d[8] - '0') * 10 + (d[9] - '0');
}

/* Are the eight bytes at s digits? All at once: each byte's high half is 3
 * (0x30 to 0x3F), and stays 3 with 6 added (not 0x3A to 0x3F). */
static int eight_digits(const char *s)
{
	uint64_t w;
	memcpy(&w, s, 8);
	return (w & 0xF0F0F0F0F0F0F0F0u) == 0x3030303030303030u &&
	       ((w + 0x0606060606060606u) & 0xF0F0F0F0F0F0F0F0u) == 0x3030303030303030u;
}

int sw_check_kvk(sw_build *h, const sw_arg *t)
{
	if (t->len == 8 && eight_digits(t->text))
		return 1;
	sw_diag *g = sw_build_diag(h, SW005, t->span, M_VAL_KVK);
	arg1(h, g, t);
	if (g) {
		char d[10];
		if (kbo_digits(t->text, t->len, d)) {
			/* a Belgian number in the Dutch register's place */
			g->help = M_VAL_KVK_KBO_HELP;
			sw_buf ex = { 0 };
			sw_buf_printf(&ex, "%s %s \"%.*s\"", sw_kw_spell(KW_REGISTRATION, h->lang),
			              sw_kw_spell(KW_KBO, h->lang), (int)t->len, t->text);
			sw_diag_argz(h->D, g, 2, sw_buf_str(&ex));
			sw_buf_free(&ex);
		} else {
			g->help = M_VAL_KVK_HELP;
		}
	}
	return 0;
}

/* A German Handelsregister number: its register (HRA, HRB, GnR, PR, VR)
 * and a number, as in "HRB 86891" or "Amtsgericht München HRB 86891". */
static int handelsregister_ok(const char *s, size_t n)
{
	static const char *const regs[] = { "HRA", "HRB", "GnR", "PR", "VR" };
	for (size_t i = 0; i < n; i++) {
		for (size_t r = 0; r < sizeof regs / sizeof regs[0]; r++) {
			size_t k = strlen(regs[r]);
			if (i + k > n || memcmp(s + i, regs[r], k) != 0 || (i && s[i - 1] != ' '))
				continue;
			size_t j = i + k;
			while (j < n && s[j] == ' ')
				j++;
			size_t d = j;
			while (j < n && s[j] >= '0' && s[j] <= '9')
				j++;
			if (j > d)
				return 1;
		}
	}
	return 0;
}

int sw_check_registration(sw_build *h, sw_kw scheme, const sw_arg *t)
{
	int ok = scheme == KW_KBO ? kbo_ok(t->text, t->len)
	       : scheme == KW_HANDELSREGISTER ? handelsregister_ok(t->text, t->len)
	       : t->len > 0;
	if (ok)
		return 1;
	sw_msg m = scheme == KW_KBO ? M_VAL_KBO : scheme == KW_HANDELSREGISTER ? M_VAL_HRB : M_VAL_EMPTY;
	sw_diag *g = sw_build_diag(h, SW005, t->span, m);
	if (g && scheme == KW_KBO)
		g->help = M_VAL_KBO_HELP;
	else if (g && scheme == KW_HANDELSREGISTER)
		g->help = M_VAL_HRB_HELP;
	else if (g)
		g->help = M_VAL_EMPTY_HELP;
	if (g && m == M_VAL_EMPTY)
		sw_diag_argz(h->D, g, 1, sw_kw_spell(KW_REGISTRATION, h->lang));
	else
		arg1(h, g, t);
	return 0;
}

/* ---- amounts ------------------------------------------------------------- */

/* The currencies of ISO 4217 in use. */
static const char currencies[] =
	"AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB "
	"BRL BSD BTN BWP BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP "
	"DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF "
	"IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK "
	"LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN "
	"NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF "
	"SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND "
	"TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER "
	"ZAR ZMW ZWL "; /* each code with its space, in alphabetical order: the
	                 * search below halves the list by steps of 4 */

static int currency(const sw_arg *a, char out[4])
{
	if (a->len == 3 && memcmp(a->text, "\xE2\x82\xAC", 3) == 0) {
		memcpy(out, "EUR", 4);
		return 1;
	}
	if (a->len != 3)
		return 0;
	/* the three letters as one number, ordered as the list is */
#define CODE(t) ((uint32_t)(unsigned char)(t)[0] << 16 | (uint32_t)(unsigned char)(t)[1] << 8 | \
                 (unsigned char)(t)[2])
	uint32_t key = CODE(a->text);
	size_t lo = 0, hi = (sizeof currencies - 1) / 4;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		uint32_t c = CODE(currencies + 4 * mid);
		if (c == key) {
			memcpy(out, a->text, 3);
			out[3] = '\0';
			return 1;
		}
		if (c < key)
			lo = mid + 1;
		else
			hi = mid;
	}
#undef CODE
	return 0;
}

int sw_check_amount(sw_build *h, const sw_arg *cur, const sw_arg *num, sw_amount *out)
{
	memset(out, 0, sizeof *out);
	out->span.start = cur->span.start;
	out->span.end = num->span.end;
	if (!currency(cur, out->currency)) {
		invalid(h, cur, M_VAL_CURRENCY, M_VAL_CURRENCY_HELP);
		return 0;
	}
	int frac;
	sw_money_read r = sw_money_parse(num->text, num->len, h->lang == SW_LANG_NL ? '.' : ',', &out->cents, &frac);
	if (r == SW_MONEY_OK) {
		out->valid = 1;
		return 1;
	}
	if (r == SW_MONEY_AMBIGUOUS)
		invalid(h, num, M_VAL_AMOUNT_AMBIGUOUS, M_VAL_AMOUNT_AMBIGUOUS_HELP);
	else
		invalid(h, num, M_VAL_AMOUNT, M_VAL_AMOUNT_HELP);
	return 0;
}

int sw_check_count(sw_build *h, const sw_arg *a, unsigned *out)
{
	if (digits(a->text, a->len) && a->len <= 7) {
		unsigned v = 0;
		for (uint32_t i = 0; i < a->len; i++)
			v = v * 10 + (unsigned)(a->text[i] - '0');
		if (v > 0) {
			*out = v;
			return 1;
		}
	}
	invalid(h, a, M_VAL_COUNT, M_VAL_COUNT_HELP);
	return 0;
}

/* A share of the votes: "2/3", or a percentage "75%" or "66,7%". */
static int read_ratio(const char *s, size_t n, unsigned *num, unsigned *den)
{
	const char *slash = memchr(s, '/', n);
	if (slash) {
		size_t a = (size_t)(slash - s), b = n - a - 1;
		if (!digits(s, a) || !digits(slash + 1, b) || a > 4 || b > 4)
			return 0;
		*num = *den = 0;
		for (size_t i = 0; i < a; i++)
			*num = *num * 10 + (unsigned)(s[i] - '0');
		for (size_t i = 0; i < b; i++)
			*den = *den * 10 + (unsigned)(slash[1 + i] - '0');
		return *den > 0;
	}
	if (n < 2 || s[n - 1] != '%')
		return 0;
	n--;
	unsigned v = 0, scale = 1;
	int frac = -1;
	for (size_t i = 0; i < n; i++) {
		if ((s[i] == ',' || s[i] == '.') && frac < 0 && i > 0) {
			frac = 0;
			continue;
		}
		if (s[i] < '0' || s[i] > '9' || v > 100000)
			return 0;
		v = v * 10 + (unsigned)(s[i] - '0');
		if (frac >= 0 && ++frac > 2)
			return 0;
	}
	for (int i = 0; i < (frac > 0 ? frac : 0); i++)
		scale *= 10;
	*num = v;
	*den = 100 * scale;
	return 1;
}

int sw_check_ratio(sw_build *h, sw_kw decides, const sw_arg *a, sw_ratio *out)
{
	unsigned num, den;
	sw_msg m = M_NONE;
	if (decides != KW_MAJORITY)
		m = M_VAL_RATIO_WITHOUT_MAJORITY;
	else if (!read_ratio(a->text, a->len, &num, &den))
		m = M_VAL_RATIO;
	else if (num > den || 2u * num <= den)
		m = M_VAL_RATIO_RANGE;
	if (m == M_NONE) {
		out->num = num;
		out->den = den;
		out->arg = (sw_arg *)a;
		return 1;
	}
	sw_diag *g = invalid(h, a, m, M_VAL_RATIO_HELP);
	if (g)
		sw_diag_argz(h->D, g, 2, sw_kw_spell(KW_MAJORITY, h->lang));
	return 0;
}

/* ---- titles -------------------------------------------------------------- */

static const struct {
	const char *s;
	sw_kw role;
} titles[] = {
#define TITLE(s, role) { s, KW_##role },
#include "titles.def"
#undef TITLE
};

static unsigned char lower(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c - 'A' + 'a') : c;
}

sw_kw sw_title_lookup(const char *s, size_t n)
{
	while (n && (*s == ' '))
		s++, n--;
	while (n && s[n - 1] == ' ')
		n--;
	for (size_t i = 0; i < sizeof titles / sizeof titles[0]; i++) {
		size_t k = strlen(titles[i].s);
		if (k != n)
			continue;
		size_t j = 0;
		while (j < n && lower((unsigned char)s[j]) == (unsigned char)titles[i].s[j])
			j++;
		if (j == n)
			return titles[i].role;
	}
	return KW_NONE;
}

/* The fix for a title t: `director title "t"`, in the file's language,
 * with `role` before it when with_role. */
static void title_fix(sw_build *h, sw_buf *b, const sw_arg *t, sw_kw role, int with_role)
{
	if (with_role)
		sw_buf_printf(b, "%s ", sw_kw_spell(KW_ROLE, h->lang));
	sw_buf_printf(b, "%s %s \"%.*s\"", sw_kw_spell(role, h->lang), sw_kw_spell(KW_TITLE, h->lang),
	              (int)t->len, t->text);
}

/* SW005 for a title where the role belongs (msg), with the fix that
 * writes the role and keeps the title (before: the title stands alone,
 * so the role word goes in front too) */
static void title_diag(sw_build *h, const sw_arg *a, sw_kw role, sw_msg msg, int before)
{
	sw_diag *g = sw_build_diag(h, SW005, a->span, msg);
	if (!g)
		return;
	arg1(h, g, a);
	sw_buf fix = { 0 };
	title_fix(h, &fix, a, role, before);
	g->help = M_VAL_TITLE_ROLE_HELP;
	sw_diag_argz(h->D, g, 2, sw_kw_spell(role, h->lang));
	sw_diag_fix(h->D, g, sw_buf_str(&fix), 1);
	sw_buf_free(&fix);
}

int sw_title_role(sw_build *h, const sw_arg *a)
{
	sw_kw role = sw_title_lookup(a->text, a->len);
	if (!role)
		return 0;
	title_diag(h, a, role, M_VAL_TITLE_ROLE, 0);
	return 1;
}

int sw_title_word(sw_build *h, const sw_stmt *s, const sw_arg *a)
{
	(void)s;
	if (a->kind != ARG_WORD || a->next)
		return 0;
	sw_kw role = sw_title_lookup(a->text, a->len);
	if (!role)
		return 0;
	title_diag(h, a, role, M_VAL_TITLE_NO_ROLE, 1);
	return 1;
}
