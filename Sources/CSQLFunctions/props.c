// Reading one property out of a node's or relationship's stored JSON props in one call.
//
// cy_prop(props, key): the property as a query value: a string as TEXT, an integer or a float
// as itself, true/false as the BLOBs 'true'/'false', a list or map as a BLOB of its JSON,
// null or a missing key as NULL. The same values as
//   CASE json_type(props, path) WHEN 'true' ... ELSE json_extract(props, path) END
// but one call scanning the top-level object instead of two JSON function calls: each of
// those costs ~0.5 us even when SQLite's JSON cache spares the parse, and sorting or
// projecting thousands of rows made them most of a query's time.
//
// cy_propkey(props, key, …): the properties' sort key in Cypher's order of values, the bytes
// of ValueSemantics.sortKey (kind byte, then an order-preserving encoding) one after the
// other; NULL when one is a list or a map (the compiler then asks cy_sortkey for those).

#include "CSQLFunctions.h"

#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    const unsigned char *p;
    const unsigned char *end;
} Cursor;

static int is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

static void skip_space(Cursor *c) {
    while (c->p < c->end && is_space(*c->p)) c->p++;
}

/// Past a string token starting at its opening quote; 0 when unterminated. memchr finds the
/// candidate closing quotes (a quote is escaped when an odd run of backslashes precedes it):
/// byte by byte, long titles and URLs were most of a property lookup's time.
static int skip_string(Cursor *c) {
    const unsigned char *from = c->p + 1;
    for (;;) {
        const unsigned char *quote = memchr(from, '"', (size_t)(c->end - from));
        if (!quote) return 0;
        const unsigned char *run = quote;
        while (run > from && run[-1] == '\\') run--;
        if (((quote - run) & 1) == 0) {
            c->p = quote + 1;
            return 1;
        }
        from = quote + 1;
    }
}

/// Past one value of any kind; 0 on malformed JSON.
static int skip_value(Cursor *c) {
    skip_space(c);
    if (c->p >= c->end) return 0;
    unsigned char ch = *c->p;
    if (ch == '"') return skip_string(c);
    if (ch == '{' || ch == '[') {
        int depth = 0;
        while (c->p < c->end) {
            ch = *c->p;
            if (ch == '"') {
                if (!skip_string(c)) return 0;
                continue;
            }
            if (ch == '{' || ch == '[') depth++;
            else if (ch == '}' || ch == ']') {
                depth--;
                if (depth == 0) {
                    c->p++;
                    return 1;
                }
            }
            c->p++;
        }
        return 0;
    }
    const unsigned char *start = c->p;
    while (c->p < c->end && *c->p != ',' && *c->p != '}' && *c->p != ']' && !is_space(*c->p)) c->p++;
    return c->p > start;
}

static int hex4(const unsigned char *s, unsigned *out) {
    unsigned v = 0;
    for (int i = 0; i < 4; i++) {
        unsigned char ch = s[i];
        v <<= 4;
        if (ch >= '0' && ch <= '9') v |= ch - '0';
        else if (ch >= 'a' && ch <= 'f') v |= ch - 'a' + 10;
        else if (ch >= 'A' && ch <= 'F') v |= ch - 'A' + 10;
        else return 0;
    }
    *out = v;
    return 1;
}

static int put_utf8(unsigned code, unsigned char *out) {
    if (code < 0x80) { out[0] = (unsigned char)code; return 1; }
    if (code < 0x800) { out[0] = 0xC0 | (code >> 6); out[1] = 0x80 | (code & 0x3F); return 2; }
    if (code < 0x10000) {
        out[0] = 0xE0 | (code >> 12); out[1] = 0x80 | ((code >> 6) & 0x3F); out[2] = 0x80 | (code & 0x3F);
        return 3;
    }
    out[0] = 0xF0 | (code >> 18); out[1] = 0x80 | ((code >> 12) & 0x3F);
    out[2] = 0x80 | ((code >> 6) & 0x3F); out[3] = 0x80 | (code & 0x3F);
    return 4;
}

/// The text of the string token [s, e) (quotes included) without its escapes, into `out`
/// (at least e - s bytes); its length, or -1 on a bad escape.
static int unescape(const unsigned char *s, const unsigned char *e, unsigned char *out) {
    int n = 0;
    s++;
    e--;
    while (s < e) {
        unsigned char ch = *s++;
        if (ch != '\\') { out[n++] = ch; continue; }
        if (s >= e) return -1;
        ch = *s++;
        switch (ch) {
        case 'n': out[n++] = '\n'; break;
        case 't': out[n++] = '\t'; break;
        case 'r': out[n++] = '\r'; break;
        case 'b': out[n++] = '\b'; break;
        case 'f': out[n++] = '\f'; break;
        case 'u': {
            unsigned code;
            if (e - s < 4 || !hex4(s, &code)) return -1;
            s += 4;
            unsigned low;
            if (code >= 0xD800 && code < 0xDC00 && e - s >= 6 && s[0] == '\\' && s[1] == 'u' && hex4(s + 2, &low)
                && low >= 0xDC00 && low < 0xE000) {
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                s += 6;
            }
            n += put_utf8(code, out + n);
            break;
        }
        default: out[n++] = ch;
        }
    }
    return n;
}

/// Finds `key` among the top-level members of the object `json`: sets [*vs, *ve) to its
/// value. Returns 1 found, 0 absent (or not an object), -1 malformed.
static int find_member(const unsigned char *json, int n, const unsigned char *key, int klen,
                       const unsigned char **vs, const unsigned char **ve) {
    Cursor c = { json, json + n };
    skip_space(&c);
    if (c.p >= c.end || *c.p != '{') return 0;
    c.p++;
    unsigned char small[256];
    for (;;) {
        skip_space(&c);
        if (c.p >= c.end) return -1;
        if (*c.p == '}') return 0;
        if (*c.p != '"') return -1;
        const unsigned char *ks = c.p;
        if (!skip_string(&c)) return -1;
        const unsigned char *ke = c.p;
        int match;
        if (memchr(ks + 1, '\\', (size_t)(ke - ks - 2)) == NULL) {
            match = ke - ks - 2 == klen && memcmp(ks + 1, key, (size_t)klen) == 0;
        } else {
            unsigned char *buf = ke - ks <= (long)sizeof small ? small : sqlite3_malloc64((sqlite3_uint64)(ke - ks));
            if (!buf) return -1;
            int len = unescape(ks, ke, buf);
            match = len == klen && memcmp(buf, key, (size_t)klen) == 0;
            if (buf != small) sqlite3_free(buf);
        }
        skip_space(&c);
        if (c.p >= c.end || *c.p != ':') return -1;
        c.p++;
        skip_space(&c);
        const unsigned char *start = c.p;
        if (!skip_value(&c)) return -1;
        if (match) {
            *vs = start;
            *ve = c.p;
            return 1;
        }
        skip_space(&c);
        if (c.p >= c.end) return -1;
        if (*c.p == ',') { c.p++; continue; }
        if (*c.p == '}') return 0;
        return -1;
    }
}

/// The member named by the arguments: 1 found ([*vs, *ve) its value), 0 absent (or a NULL
/// argument), -1 malformed JSON.
/// The bytes are read as a blob: the text accessor would first copy a value read straight
/// from a page to give it a terminating NUL, which the scan, bounded by length, never needs.
static int locate(sqlite3_value **argv, const unsigned char **vs, const unsigned char **ve) {
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL || sqlite3_value_type(argv[1]) == SQLITE_NULL) return 0;
    const unsigned char *json = sqlite3_value_blob(argv[0]);
    int n = sqlite3_value_bytes(argv[0]);
    const unsigned char *key = sqlite3_value_blob(argv[1]);
    int klen = sqlite3_value_bytes(argv[1]);
    if (!json || !key) return 0;
    return find_member(json, n, key, klen, vs, ve);
}

static int is_float_token(const unsigned char *s, const unsigned char *e) {
    for (; s < e; s++) if (*s == '.' || *s == 'e' || *s == 'E') return 1;
    return 0;
}

/// A token of at most 18 digits, optionally negative, as an integer (it cannot overflow):
/// ids and counts, most numbers in props, without strtoll's copy and locale.
static int small_integer(const unsigned char *s, const unsigned char *e, sqlite3_int64 *i) {
    int negative = s < e && *s == '-';
    const unsigned char *p = s + negative;
    if (p == e || e - p > 18) return 0;
    sqlite3_int64 v = 0;
    for (; p < e; p++) {
        if (*p < '0' || *p > '9') return 0;
        v = v * 10 + (*p - '0');
    }
    *i = negative ? -v : v;
    return 1;
}

/// A number token as an integer (when it is one and fits) or a double, like json_extract.
static int number(const unsigned char *s, const unsigned char *e, sqlite3_int64 *i, double *d) {
    if (small_integer(s, e, i)) return 0;
    char buf[64];
    size_t len = (size_t)(e - s);
    if (len == 0 || len >= sizeof buf) return -1;
    memcpy(buf, s, len);
    buf[len] = 0;
    char *stop;
    if (!is_float_token(s, e)) {
        errno = 0;
        long long v = strtoll(buf, &stop, 10);
        if (*stop == 0 && errno != ERANGE) { *i = v; return 0; }
    }
    *d = strtod(buf, &stop);
    return *stop == 0 ? 1 : -1;
}

static void cy_prop(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    (void)argc;
    const unsigned char *vs, *ve;
    int found = locate(argv, &vs, &ve);
    if (found < 0) { sqlite3_result_error(ctx, "malformed JSON", -1); return; }
    if (found == 0) { sqlite3_result_null(ctx); return; }
    switch (*vs) {
    case '"':
        if (memchr(vs + 1, '\\', (size_t)(ve - vs - 2)) == NULL) {
            sqlite3_result_text(ctx, (const char *)vs + 1, (int)(ve - vs - 2), SQLITE_TRANSIENT);
        } else {
            unsigned char *buf = sqlite3_malloc64((sqlite3_uint64)(ve - vs));
            if (!buf) { sqlite3_result_error_nomem(ctx); return; }
            int len = unescape(vs, ve, buf);
            if (len < 0) { sqlite3_free(buf); sqlite3_result_error(ctx, "malformed JSON", -1); return; }
            sqlite3_result_text(ctx, (const char *)buf, len, sqlite3_free);
        }
        return;
    case 't': sqlite3_result_blob(ctx, "true", 4, SQLITE_STATIC); return;
    case 'f': sqlite3_result_blob(ctx, "false", 5, SQLITE_STATIC); return;
    case 'n': sqlite3_result_null(ctx); return;
    case '[':
    case '{': sqlite3_result_blob(ctx, vs, (int)(ve - vs), SQLITE_TRANSIENT); return;
    default: {
        sqlite3_int64 i;
        double d;
        int kind = number(vs, ve, &i, &d);
        if (kind == 0) sqlite3_result_int64(ctx, i);
        else if (kind == 1) sqlite3_result_double(ctx, d);
        else sqlite3_result_error(ctx, "malformed JSON", -1);
    }
    }
}

static void put_u64(unsigned char *out, uint64_t u) {
    for (int i = 0; i < 8; i++) out[i] = (unsigned char)(u >> (56 - 8 * i));
}

static uint64_t double_key(double d) {
    if (d == 0) d = 0.0;
    uint64_t bits;
    memcpy(&bits, &d, 8);
    return (bits & ((uint64_t)1 << 63)) ? ~bits : bits | ((uint64_t)1 << 63);
}

static uint64_t int_key(sqlite3_int64 i) { return (uint64_t)i ^ ((uint64_t)1 << 63); }

/// A sort key being built: on the stack while short, then on SQLite's heap.
typedef struct {
    unsigned char *bytes;
    size_t count;
    size_t capacity;
    unsigned char small[256];
} KeyBuffer;

static int key_reserve(KeyBuffer *b, size_t more) {
    if (b->count + more <= b->capacity) return 1;
    size_t capacity = 2 * (b->count + more);
    unsigned char *grown = sqlite3_malloc64((sqlite3_uint64)capacity);
    if (!grown) return 0;
    memcpy(grown, b->bytes, b->count);
    if (b->bytes != b->small) sqlite3_free(b->bytes);
    b->bytes = grown;
    b->capacity = capacity;
    return 1;
}

enum { KEY_OK = 0, KEY_COMPOSITE = 1, KEY_MALFORMED = -1, KEY_NOMEM = -2 };

/// Appends the sort key of the JSON value [vs, ve) (ValueSemantics.sortKey's bytes); a list
/// or a map is KEY_COMPOSITE, which cy_sortkey encodes.
static int append_key(KeyBuffer *b, const unsigned char *vs, const unsigned char *ve) {
    switch (*vs) {
    case '"': {
        // Most strings have no escapes: their bytes are the text, with no second buffer.
        const unsigned char *text = vs + 1;
        int len = (int)(ve - vs - 2);
        unsigned char *unescaped = NULL;
        if (memchr(text, '\\', (size_t)len) != NULL) {
            unescaped = sqlite3_malloc64((sqlite3_uint64)(ve - vs));
            if (!unescaped) return KEY_NOMEM;
            len = unescape(vs, ve, unescaped);
            if (len < 0) { sqlite3_free(unescaped); return KEY_MALFORMED; }
            text = unescaped;
        }
        if (!key_reserve(b, (size_t)(2 * len + 3))) { sqlite3_free(unescaped); return KEY_NOMEM; }
        unsigned char *out = b->bytes + b->count;
        size_t n = 0;
        out[n++] = 6;
        for (int k = 0; k < len; k++) {
            out[n++] = text[k];
            if (text[k] == 0) out[n++] = 0xFF;
        }
        out[n++] = 0;
        out[n++] = 0;
        b->count += n;
        sqlite3_free(unescaped);
        return KEY_OK;
    }
    case 't':
    case 'f':
        if (!key_reserve(b, 2)) return KEY_NOMEM;
        b->bytes[b->count++] = 7;
        b->bytes[b->count++] = *vs == 't';
        return KEY_OK;
    case 'n':
        if (!key_reserve(b, 1)) return KEY_NOMEM;
        b->bytes[b->count++] = 10;
        return KEY_OK;
    case '[':
    case '{': return KEY_COMPOSITE;
    default: {
        sqlite3_int64 i;
        double d;
        int kind = number(vs, ve, &i, &d);
        if (kind < 0) return KEY_MALFORMED;
        if (!key_reserve(b, 17)) return KEY_NOMEM;
        unsigned char *out = b->bytes + b->count;
        out[0] = 8;
        if (kind == 0) {
            put_u64(out + 1, double_key((double)i));
            put_u64(out + 9, int_key(i));
        } else {
            sqlite3_int64 whole = d >= 9.2e18 ? INT64_MAX : (d <= -9.2e18 ? INT64_MIN : (sqlite3_int64)floor(d));
            put_u64(out + 1, double_key(d));
            put_u64(out + 9, int_key(whole));
        }
        b->count += 17;
        return KEY_OK;
    }
    }
}

/// cy_propkey(props, key, …): the keys of the properties, one after the other. Each key is
/// self-delimiting, so the joined bytes sort as the tuple does (ORDER BY c.date, c.id in one
/// column and one scan of the props); NULL when one of them is a list or a map.
static void cy_propkey(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    KeyBuffer b;
    b.bytes = b.small;
    b.count = 0;
    b.capacity = sizeof b.small;
    int status = KEY_OK;
    for (int k = 1; k < argc && status == KEY_OK; k++) {
        sqlite3_value *pair[2] = { argv[0], argv[k] };
        const unsigned char *vs, *ve;
        int found = locate(pair, &vs, &ve);
        if (found < 0) status = KEY_MALFORMED;
        else if (found == 0) status = key_reserve(&b, 1) ? (b.bytes[b.count++] = 10, KEY_OK) : KEY_NOMEM;  // absent: null
        else status = append_key(&b, vs, ve);
    }
    switch (status) {
    case KEY_OK:
        // SQLite copies a short key into the result's own buffer, which it keeps from row
        // to row, so sorting by a property allocates nothing.
        sqlite3_result_blob64(ctx, b.bytes, b.count, b.bytes == b.small ? SQLITE_TRANSIENT : sqlite3_free);
        return;
    case KEY_COMPOSITE: sqlite3_result_null(ctx); break;
    case KEY_MALFORMED: sqlite3_result_error(ctx, "malformed JSON", -1); break;
    default: sqlite3_result_error_nomem(ctx); break;
    }
    if (b.bytes != b.small) sqlite3_free(b.bytes);
}

int cg_register_prop_functions(sqlite3 *db) {
    int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    int rc = sqlite3_create_function_v2(db, "cy_prop", 2, flags, NULL, cy_prop, NULL, NULL, NULL);
    if (rc != SQLITE_OK) return rc;
    return sqlite3_create_function_v2(db, "cy_propkey", -1, flags, NULL, cy_propkey, NULL, NULL, NULL);
}
