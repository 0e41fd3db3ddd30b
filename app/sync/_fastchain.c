/* Head office's hot loop of an upload, in C: the event chain and the journal chain of a
 * batch recomputed (app.sync.wire._hashed, app.sync.journal_chain.recompute), the
 * decode's scans of the batch's text (wire._texts_if_usual, wire.check_text), and the
 * binary COPY data of the events (app.headoffice.ingest.binary_rows) and of the
 * projector's rows (app.headoffice.projection_write._copy).
 *
 * Why C: the Python loops cost ~12 of the ~21 microseconds head office spent per event
 * acknowledging a batch, against COPY's ~5 (benchmarks/sync_ingest.py). The work is
 * formatting already-parsed values (Python str / int / None, parsed and checked by
 * msgspec and app.sync.wire) as canonical JSON and chaining SHA-256 over them; no
 * parsing of untrusted bytes happens here.
 *
 * Contract: each function returns None whenever anything is unusual (a value of another
 * type, an integer beyond 64 bits, a text that is not valid Unicode, a device time not
 * of the form the branch writes, a journal row out of order...): the Python code then
 * does the work itself and gives its own answer or error. So this module never decides
 * anything the Python code would decide differently; tests/sync/test_fastchain.py holds
 * both equal for any input (hypothesis). SHA-256 is OpenSSL's, the library Python's own
 * hashlib uses.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#define OPENSSL_SUPPRESS_DEPRECATED  /* SHA256_Init &c.: see sha_hex below */
#include <openssl/sha.h>
#include <stdint.h>
#include <string.h>

typedef struct {
    char *data;
    Py_ssize_t len, cap;
} Buf;

static int buf_reserve(Buf *b, Py_ssize_t extra) {
    if (b->len + extra <= b->cap) return 0;
    Py_ssize_t cap = b->cap ? b->cap : 1024;
    while (cap < b->len + extra) cap *= 2;
    char *data = PyMem_Realloc(b->data, (size_t)cap);
    if (!data) { PyErr_NoMemory(); return -1; }
    b->data = data;
    b->cap = cap;
    return 0;
}

static int buf_put(Buf *b, const char *s, Py_ssize_t n) {
    if (buf_reserve(b, n) < 0) return -1;
    memcpy(b->data + b->len, s, (size_t)n);
    b->len += n;
    return 0;
}

static const char HEX[] = "0123456789abcdef";

/* A JSON string literal of `text` as json.encoder.encode_basestring writes it (the
 * canonical form, ensure_ascii=False): quote and backslash escaped, \n \r \t \b \f by
 * their short escapes, every other character below 0x20 as \u00XX (lower-case hex), all
 * else as its UTF-8. 1 on success, 0 when the text is not valid Unicode (a lone
 * surrogate: left to Python), -1 on error. */
static int put_json_text(Buf *b, PyObject *text) {
    /* bytes JSON escapes: the control characters, the quote and the backslash */
    static const unsigned char SPECIAL[256] = {
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  /* '"' */
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0,  /* '\\' */
    };
    Py_ssize_t n;
    const char *s = PyUnicode_AsUTF8AndSize(text, &n);
    if (!s) {
        if (PyErr_ExceptionMatches(PyExc_UnicodeEncodeError)) { PyErr_Clear(); return 0; }
        return -1;
    }
    /* room for the text as it is; an escape asks for more as it comes (a text of
     * quotes takes twice its size, never six times up front) */
    if (buf_reserve(b, n + 2) < 0) return -1;
    b->data[b->len++] = '"';
    Py_ssize_t i = 0;
    while (i < n) {
        Py_ssize_t run = i;
        while (run < n && !SPECIAL[(unsigned char)s[run]]) run++;
        memcpy(b->data + b->len, s + i, (size_t)(run - i));  /* a run as it is */
        b->len += run - i;
        i = run;
        if (i == n) break;
        unsigned char c = (unsigned char)s[i++];
        if (buf_reserve(b, (n - i) + 6 + 1) < 0) return -1;
        char *out = b->data + b->len;
        *out++ = '\\';
        switch (c) {
        case '"': *out++ = '"'; break;
        case '\\': *out++ = '\\'; break;
        case '\n': *out++ = 'n'; break;
        case '\r': *out++ = 'r'; break;
        case '\t': *out++ = 't'; break;
        case '\b': *out++ = 'b'; break;
        case '\f': *out++ = 'f'; break;
        default:
            *out++ = 'u'; *out++ = '0'; *out++ = '0';
            *out++ = HEX[c >> 4]; *out++ = HEX[c & 15];
        }
        b->len = out - b->data;
    }
    b->data[b->len++] = '"';
    return 1;
}

/* An exact int (not bool) within 64 bits, written in decimal: 1, or 0 when it is not
 * one (left to Python), -1 on error. */
static int put_int(Buf *b, PyObject *value) {
    if (!PyLong_CheckExact(value)) return 0;
    int overflow = 0;
    long long v = PyLong_AsLongLongAndOverflow(value, &overflow);
    if (overflow) return 0;
    if (v == -1 && PyErr_Occurred()) return -1;
    char tmp[24];
    int n = snprintf(tmp, sizeof tmp, "%lld", v);
    return buf_put(b, tmp, n) < 0 ? -1 : 1;
}

/* A journal value: exact int, exact str or None. */
static int put_value(Buf *b, PyObject *value) {
    if (value == Py_None) return buf_put(b, "null", 4) < 0 ? -1 : 1;
    if (PyUnicode_CheckExact(value)) return put_json_text(b, value);
    return put_int(b, value);
}

/* SHA-256(prev ‖ content) as 64 hex digits into `hex` (NUL-terminated), by OpenSSL's
 * SHA-256 functions themselves: EVP's digest init costs more than the hash of an
 * event's few hundred bytes (OpenSSL 3 looks its provider up on each). */
static int sha_hex(const char *prev, Py_ssize_t prev_len, const char *content,
                   Py_ssize_t content_len, char hex[65]) {
    SHA256_CTX ctx;
    unsigned char digest[SHA256_DIGEST_LENGTH];
    if (!SHA256_Init(&ctx) || !SHA256_Update(&ctx, prev, (size_t)prev_len) ||
        !SHA256_Update(&ctx, content, (size_t)content_len) ||
        !SHA256_Final(digest, &ctx)) {
        PyErr_SetString(PyExc_RuntimeError, "SHA-256 failed");
        return -1;
    }
    for (int i = 0; i < 32; i++) {
        hex[2 * i] = HEX[digest[i] >> 4];
        hex[2 * i + 1] = HEX[digest[i] & 15];
    }
    hex[64] = 0;
    return 0;
}

/* The UTF-8 of an exact str, or NULL (with no error set when it is not one or is not
 * valid Unicode: left to Python). */
static const char *utf8_of(PyObject *text, Py_ssize_t *n) {
    if (!PyUnicode_CheckExact(text)) return NULL;
    const char *s = PyUnicode_AsUTF8AndSize(text, n);
    if (!s && PyErr_ExceptionMatches(PyExc_UnicodeEncodeError)) PyErr_Clear();
    return s;
}

#define FALLBACK -2

/* event_hashes(prev_hash, epoch, first_seq, event_id, type, schema_version,
 *              aggregate_id, business_date, device_time, staff_id, payload)
 * -> list of hex hashes, or None (left to Python).
 * The content is wire._CONTENT: canonical JSON of the HASHED fields, keys sorted, the
 * payload as a JSON string of its text. */
static PyObject *event_hashes(PyObject *Py_UNUSED(self), PyObject *args) {
    PyObject *prev, *epoch, *first_seq, *cols[8];
    if (!PyArg_ParseTuple(args, "UOOO!O!O!O!O!O!O!O!", &prev, &epoch, &first_seq,
                          &PyList_Type, &cols[0], &PyList_Type, &cols[1],
                          &PyList_Type, &cols[2], &PyList_Type, &cols[3],
                          &PyList_Type, &cols[4], &PyList_Type, &cols[5],
                          &PyList_Type, &cols[6], &PyList_Type, &cols[7]))
        return NULL;
    Py_ssize_t n = PyList_GET_SIZE(cols[0]);
    for (int c = 1; c < 8; c++)
        if (PyList_GET_SIZE(cols[c]) != n) Py_RETURN_NONE;
    if (!PyLong_CheckExact(epoch) || !PyLong_CheckExact(first_seq)) Py_RETURN_NONE;
    int overflow = 0;
    long long seq0 = PyLong_AsLongLongAndOverflow(first_seq, &overflow);
    if (overflow || seq0 < 0 || seq0 > ((long long)1 << 62)) Py_RETURN_NONE;
    if (seq0 == -1 && PyErr_Occurred()) return NULL;
    Py_ssize_t prev_len;
    const char *prev_s = utf8_of(prev, &prev_len);
    if (!prev_s) { if (PyErr_Occurred()) return NULL; Py_RETURN_NONE; }

    Buf b = {0};
    char hex[65];
    PyObject *out = PyList_New(n);
    int status = 0;
    if (!out) { status = -1; goto done; }
    /* prev as bytes of its own: the first event chains from `prev`, then each from the
     * previous hash */
    if (prev_len > 64) {  /* hashes are 64 hex digits; anything else is Python's */
        status = FALLBACK;
        goto done;
    }
    memcpy(hex, prev_s, (size_t)prev_len);
    Py_ssize_t hex_len = prev_len;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *event_id = PyList_GET_ITEM(cols[0], i), *type = PyList_GET_ITEM(cols[1], i),
                 *schema = PyList_GET_ITEM(cols[2], i), *aggregate = PyList_GET_ITEM(cols[3], i),
                 *day = PyList_GET_ITEM(cols[4], i), *at = PyList_GET_ITEM(cols[5], i),
                 *staff = PyList_GET_ITEM(cols[6], i), *payload = PyList_GET_ITEM(cols[7], i);
        if (!PyUnicode_CheckExact(event_id) || !PyUnicode_CheckExact(type) ||
            !PyUnicode_CheckExact(aggregate) || !PyUnicode_CheckExact(day) ||
            !PyUnicode_CheckExact(at) || !PyUnicode_CheckExact(payload)) {
            status = FALLBACK;
            goto done;
        }
        char seq_text[24];
        int seq_len = snprintf(seq_text, sizeof seq_text, "%lld", seq0 + (long long)i);
        b.len = 0;
        int r;
#define PUT(s) if (buf_put(&b, s, (Py_ssize_t)strlen(s)) < 0) { status = -1; goto done; }
#define CHECK(expr) r = (expr); if (r < 0) { status = -1; goto done; } \
                    if (r == 0) { status = FALLBACK; goto done; }
        PUT("{\"aggregate_id\":");
        CHECK(put_json_text(&b, aggregate));
        PUT(",\"business_date\":");
        CHECK(put_json_text(&b, day));
        PUT(",\"device_time\":");
        CHECK(put_json_text(&b, at));
        PUT(",\"epoch\":");
        CHECK(put_int(&b, epoch));
        PUT(",\"event_id\":");
        CHECK(put_json_text(&b, event_id));
        PUT(",\"payload\":");
        CHECK(put_json_text(&b, payload));
        PUT(",\"schema_version\":");
        CHECK(put_int(&b, schema));
        PUT(",\"seq\":");
        if (buf_put(&b, seq_text, seq_len) < 0) { status = -1; goto done; }
        PUT(",\"staff_id\":");
        if (staff == Py_None) { PUT("null"); } else { CHECK(put_int(&b, staff)); }
        PUT(",\"type\":");
        CHECK(put_json_text(&b, type));
        PUT("}");
        if (sha_hex(hex, hex_len, b.data, b.len, hex) < 0) { status = -1; goto done; }
        hex_len = 64;
        PyObject *h = PyUnicode_FromStringAndSize(hex, 64);
        if (!h) { status = -1; goto done; }
        PyList_SET_ITEM(out, i, h);
    }
done:
    PyMem_Free(b.data);
    if (status == 0) return out;
    Py_XDECREF(out);
    if (status == FALLBACK) Py_RETURN_NONE;
    return NULL;
}

/* Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
static long long days_from_civil(long long y, unsigned m, unsigned d) {
    y -= m <= 2;
    const long long era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = (unsigned)(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + (long long)doe - 719468;
}

static void civil_from_days(long long z, long long *y, unsigned *m, unsigned *d) {
    z += 719468;
    const long long era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = (unsigned)(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp < 10 ? mp + 3 : mp - 9;
    *y = (long long)yoe + era * 400 + (*m <= 2);
}

static int digits(const char *s, int n, int *value) {
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') return 0;
        v = v * 10 + (s[i] - '0');
    }
    *value = v;
    return 1;
}

static int leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

/* posted_at_text for a number: the device time "YYYY-MM-DDTHH:MM:SS[.ffffff]" less
 * `micros` microseconds, as datetime.isoformat writes it. 0 when the device time is
 * of any other form or the result is outside years 1-9999 (left to Python). */
static int posted_text(const char *at, Py_ssize_t n, long long micros, char out[27],
                       int *out_len) {
    int y, mo, d, h, mi, s, us = 0;
    if (n != 19 && n != 26) return 0;
    if (at[4] != '-' || at[7] != '-' || at[10] != 'T' || at[13] != ':' || at[16] != ':')
        return 0;
    if (!digits(at, 4, &y) || !digits(at + 5, 2, &mo) || !digits(at + 8, 2, &d) ||
        !digits(at + 11, 2, &h) || !digits(at + 14, 2, &mi) || !digits(at + 17, 2, &s))
        return 0;
    if (n == 26 && (at[19] != '.' || !digits(at + 20, 6, &us))) return 0;
    static const int month_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1 || mo < 1 || mo > 12 || d < 1 ||
        d > month_days[mo - 1] + (mo == 2 && leap(y)) || h > 23 || mi > 59 || s > 59)
        return 0;
    long long t = days_from_civil(y, (unsigned)mo, (unsigned)d) * 86400000000LL +
                  ((long long)h * 3600 + mi * 60 + s) * 1000000LL + us - micros;
    long long day = t >= 0 ? t / 86400000000LL : -((-t + 86400000000LL - 1) / 86400000000LL);
    long long rest = t - day * 86400000000LL;
    long long year;
    unsigned month, dom;
    civil_from_days(day, &year, &month, &dom);
    if (year < 1 || year > 9999) return 0;
    long long secs = rest / 1000000, frac = rest % 1000000;
    int len = snprintf(out, 27, "%04lld-%02u-%02uT%02lld:%02lld:%02lld", year, month, dom,
                       secs / 3600, secs / 60 % 60, secs % 60);
    if (frac) len += snprintf(out + len, 27 - len, ".%06lld", frac);
    *out_len = len;
    return 1;
}

/* journal_head(prev_id, prev_hash, rows, device_times, posted, staff, reason, keys, order)
 * -> (id, hash) of the journal head reached, or None (left to Python).
 * Each row (a list of the JOURNAL_FIELDS values) followed by its posted_at text, staff
 * id and reason is written as canonical JSON with its keys in sorted order: `keys` are
 * the texts before each value ('{"amount_minor":', ',"business_date":', …) and
 * `order` the index of each value in that extended row. Rows already held (id up to
 * prev_id) are skipped, as recompute does; anything recompute would refuse (a missing
 * row, a malformed field) is left to it. */
static PyObject *journal_head(PyObject *Py_UNUSED(self), PyObject *args) {
    PyObject *prev_id_obj, *prev_hash, *rows, *times, *posted, *staffs, *reasons, *keys, *order;
    if (!PyArg_ParseTuple(args, "OUO!O!O!O!O!O!O!", &prev_id_obj, &prev_hash,
                          &PyList_Type, &rows, &PyList_Type, &times, &PyList_Type, &posted,
                          &PyList_Type, &staffs, &PyList_Type, &reasons,
                          &PyTuple_Type, &keys, &PyTuple_Type, &order))
        return NULL;
    Py_ssize_t n = PyList_GET_SIZE(rows), width = PyTuple_GET_SIZE(keys);
    if (PyList_GET_SIZE(times) != n || PyList_GET_SIZE(posted) != n ||
        PyList_GET_SIZE(staffs) != n || PyList_GET_SIZE(reasons) != n ||
        PyTuple_GET_SIZE(order) != width || width < 4)
        Py_RETURN_NONE;
    Py_ssize_t row_width = width - 3;
    long long index[64];
    const char *key_text[64];
    Py_ssize_t key_len[64];
    if (width > 64) Py_RETURN_NONE;
    for (Py_ssize_t k = 0; k < width; k++) {
        PyObject *key = PyTuple_GET_ITEM(keys, k);
        if (!PyBytes_Check(key)) Py_RETURN_NONE;
        key_text[k] = PyBytes_AS_STRING(key);
        key_len[k] = PyBytes_GET_SIZE(key);
        index[k] = PyLong_AsLongLong(PyTuple_GET_ITEM(order, k));
        if (index[k] == -1 && PyErr_Occurred()) return NULL;
        if (index[k] < 0 || index[k] >= width) Py_RETURN_NONE;
    }
    int overflow = 0;
    if (!PyLong_CheckExact(prev_id_obj)) Py_RETURN_NONE;
    long long prev_id = PyLong_AsLongLongAndOverflow(prev_id_obj, &overflow);
    if (overflow) Py_RETURN_NONE;
    if (prev_id == -1 && PyErr_Occurred()) return NULL;
    Py_ssize_t hash_len;
    const char *hash_s = utf8_of(prev_hash, &hash_len);
    if (!hash_s) { if (PyErr_Occurred()) return NULL; Py_RETURN_NONE; }
    if (hash_len > 64) Py_RETURN_NONE;

    Buf b = {0};
    char hex[65];
    memcpy(hex, hash_s, (size_t)hash_len);
    Py_ssize_t hex_len = hash_len;
    int status = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *row = PyList_GET_ITEM(rows, i);
        if (!PyList_CheckExact(row) || PyList_GET_SIZE(row) != row_width) {
            status = FALLBACK; goto done;
        }
        PyObject *first = PyList_GET_ITEM(row, 0);
        if (!PyLong_CheckExact(first)) { status = FALLBACK; goto done; }
        long long id = PyLong_AsLongLongAndOverflow(first, &overflow);
        if (overflow || (id == -1 && PyErr_Occurred())) {
            PyErr_Clear(); status = FALLBACK; goto done;
        }
        if (id <= prev_id) continue;  /* held already */
        if (id != prev_id + 1) { status = FALLBACK; goto done; }  /* recompute says why */
        PyObject *entry = PyList_GET_ITEM(posted, i), *staff = PyList_GET_ITEM(staffs, i),
                 *reason = PyList_GET_ITEM(reasons, i);
        if ((staff != Py_None && !PyLong_CheckExact(staff)) ||
            (reason != Py_None && !PyUnicode_CheckExact(reason))) {
            status = FALLBACK; goto done;
        }
        PyObject *posted_obj;
        if (PyUnicode_CheckExact(entry)) {
            posted_obj = entry;
            Py_INCREF(posted_obj);
        } else {
            long long micros = PyLong_CheckExact(entry)
                ? PyLong_AsLongLongAndOverflow(entry, &overflow) : -1;
            if (overflow || micros < 0 || micros >= 1000000000000LL) {
                PyErr_Clear(); status = FALLBACK; goto done;
            }
            Py_ssize_t at_len;
            const char *at = utf8_of(PyList_GET_ITEM(times, i), &at_len);
            char text[27];
            int text_len;
            if (!at || !posted_text(at, at_len, micros, text, &text_len)) {
                PyErr_Clear(); status = FALLBACK; goto done;
            }
            posted_obj = PyUnicode_FromStringAndSize(text, text_len);
            if (!posted_obj) { status = -1; goto done; }
        }
        b.len = 0;
        for (Py_ssize_t k = 0; k < width && status == 0; k++) {
            if (buf_put(&b, key_text[k], key_len[k]) < 0) { status = -1; break; }
            long long at = index[k];
            PyObject *value = at < row_width ? PyList_GET_ITEM(row, at)
                : at == row_width ? posted_obj : at == row_width + 1 ? staff : reason;
            int r = put_value(&b, value);
            if (r < 0) status = -1;
            else if (r == 0) status = FALLBACK;
        }
        Py_DECREF(posted_obj);
        if (status != 0) goto done;
        if (buf_put(&b, "}", 1) < 0) { status = -1; goto done; }
        if (sha_hex(hex, hex_len, b.data, b.len, hex) < 0) { status = -1; goto done; }
        hex_len = 64;
        prev_id = id;
    }
done:
    PyMem_Free(b.data);
    if (status == FALLBACK) Py_RETURN_NONE;
    if (status < 0) return NULL;
    return Py_BuildValue("(Ls#)", prev_id, hex, hex_len);
}

/* What the payload scan looks at in a byte: 1 a digit, 2 "." "e" "E" (unusual after a
 * digit), 3 a backslash (unusual before "u"), 4 "[" "{" (an opener), 0 anything else. */
static unsigned char SCAN_CLASS[256];

static void scan_classes(void) {
    for (int c = '0'; c <= '9'; c++) SCAN_CLASS[c] = 1;
    SCAN_CLASS['.'] = SCAN_CLASS['e'] = SCAN_CLASS['E'] = 2;
    SCAN_CLASS['\\'] = 3;
    SCAN_CLASS['['] = SCAN_CLASS['{'] = 4;
}

/* Whether one payload's text shows what sends the batch to the full check (see
 * payload_texts). */
static int payload_unusual(const unsigned char *s, Py_ssize_t n, Py_ssize_t max_openers) {
    Py_ssize_t run = 0, openers = 0;
    if (n == 0 || s[0] != '{') return 1;
    for (Py_ssize_t i = 0; i < n; i++) {
        switch (SCAN_CLASS[s[i]]) {
        case 0: run = 0; break;
        case 1: if (++run >= 16) return 1; break;
        case 2: if (run) return 1; break;
        case 3: if (i + 1 < n && s[i + 1] == 'u') return 1; run = 0; break;
        default: if (++openers > max_openers) return 1; run = 0; break;
        }
    }
    return 0;
}

/* payload_texts(payloads, max_openers) -> the payloads (msgspec Raw, each one JSON value
 * msgspec read) as str, or None when any shows what sends the batch to the full check
 * (app.sync.wire._payload_texts, which says what each is): a text not starting with
 * "{", a \\u escape, a digit before "." "e" "E", a run of 16 digits, more than
 * max_openers "[" and "{". One pass over each payload, the same answer as the Python
 * checks (tests/sync/test_fastchain.py). */
static PyObject *payload_texts(PyObject *Py_UNUSED(self), PyObject *args) {
    PyObject *payloads;
    Py_ssize_t max_openers;
    if (!PyArg_ParseTuple(args, "O!n", &PyList_Type, &payloads, &max_openers)) return NULL;
    Py_ssize_t n = PyList_GET_SIZE(payloads);
    PyObject *texts = PyList_New(n);
    if (!texts) return NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_buffer view;
        if (PyObject_GetBuffer(PyList_GET_ITEM(payloads, i), &view, PyBUF_SIMPLE) < 0) {
            Py_DECREF(texts);
            return NULL;
        }
        PyObject *text = NULL;
        if (!payload_unusual(view.buf, view.len, max_openers))
            text = PyUnicode_DecodeUTF8(view.buf, view.len, "strict");
        PyBuffer_Release(&view);
        if (!text) {  /* unusual, or not UTF-8: left to the full check */
            PyErr_Clear();
            Py_DECREF(texts);
            Py_RETURN_NONE;
        }
        PyList_SET_ITEM(texts, i, text);
    }
    return texts;
}

/* json_values(raw) -> the number of "," "[" "{" bytes: what wire.check_text counts. */
static PyObject *json_values(PyObject *Py_UNUSED(self), PyObject *args) {
    Py_buffer view;
    if (!PyArg_ParseTuple(args, "y*", &view)) return NULL;
    const unsigned char *s = view.buf;
    Py_ssize_t count = 0;
    for (Py_ssize_t i = 0; i < view.len; i++)
        count += s[i] == ',' || s[i] == '[' || s[i] == '{';
    PyBuffer_Release(&view);
    return PyLong_FromSsize_t(count);
}

/* The event fields in ingest.EVENT_COLUMNS order between branch and received_at. */
static const char *const COPY_FIELDS[] = {"epoch", "seq", "event_id", "type",
    "schema_version", "aggregate_id", "business_date", "device_time", "staff_id",
    "payload", "prev_hash", "hash"};
#define COPY_FIELD_COUNT 12

/* The COPY_FIELDS as interned keys of an event's dict; -1 on error (the ones made are
 * released by `finished`). */
static int intern_keys(PyObject **keys) {
    for (int k = 0; k < COPY_FIELD_COUNT; k++)
        if (!(keys[k] = PyUnicode_InternFromString(COPY_FIELDS[k]))) return -1;
    return 0;
}

/* A COPY writer's answer: the bytes written (status 0), None (FALLBACK: left to
 * Python) or NULL (an error); the buffer and the keys (if any) released. */
static PyObject *finished(Buf *b, int status, PyObject **keys) {
    for (int k = 0; keys && k < COPY_FIELD_COUNT; k++) Py_XDECREF(keys[k]);
    PyObject *out = status == 0 ? PyBytes_FromStringAndSize(b->data ? b->data : "", b->len)
                                : NULL;
    PyMem_Free(b->data);
    if (status == FALLBACK) { PyErr_Clear(); Py_RETURN_NONE; }
    return out;
}

/* Big-endian integers, as PostgreSQL's binary COPY format writes them. */
static int put_be(Buf *b, unsigned long long v, int bytes) {
    if (buf_reserve(b, bytes) < 0) return -1;
    for (int i = bytes - 1; i >= 0; i--) b->data[b->len++] = (char)((v >> (8 * i)) & 0xff);
    return 0;
}

/* One field of a row in binary COPY: its length, then its bytes (-1 alone for NULL).
 * kind: 'q' bigint, 'i' int, 't' text, 'd' date ("YYYY-MM-DD", as days since
 * 2000-01-01). 1 written, 0 unusual (left to Python), -1 error. */
static int put_binary_field(Buf *b, PyObject *value, char kind) {
    if (value == Py_None) return put_be(b, 0xffffffffULL, 4) < 0 ? -1 : 1;
    if (kind == 'q' || kind == 'i') {
        if (!PyLong_CheckExact(value)) return 0;
        int overflow = 0;
        long long v = PyLong_AsLongLongAndOverflow(value, &overflow);
        if (v == -1 && PyErr_Occurred()) return -1;
        if (overflow || (kind == 'i' && (v < INT32_MIN || v > INT32_MAX))) return 0;
        int width = kind == 'q' ? 8 : 4;
        if (put_be(b, (unsigned long long)width, 4) < 0) return -1;
        return put_be(b, (unsigned long long)v, width) < 0 ? -1 : 1;
    }
    if (!PyUnicode_CheckExact(value)) return 0;
    Py_ssize_t n;
    const char *s = utf8_of(value, &n);
    if (!s) return PyErr_Occurred() ? -1 : 0;
    if (kind == 't') {
        if (n > INT32_MAX || put_be(b, (unsigned long long)n, 4) < 0) return -1;
        return buf_put(b, s, n) < 0 ? -1 : 1;
    }
    int y, mo, d;  /* 'd': a real day, written YYYY-MM-DD, years 1-9999 */
    static const int month_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (kind != 'd' || n != 10 || s[4] != '-' || s[7] != '-' || !digits(s, 4, &y) ||
        !digits(s + 5, 2, &mo) || !digits(s + 8, 2, &d) || y < 1 || mo < 1 || mo > 12 ||
        d < 1 || d > month_days[mo - 1] + (mo == 2 && leap(y)))
        return 0;
    long long days = days_from_civil(y, (unsigned)mo, (unsigned)d) - 10957;  /* 2000-01-01 */
    if (put_be(b, 4, 4) < 0) return -1;
    return put_be(b, (unsigned long long)days, 4) < 0 ? -1 : 1;
}

/* copy_binary(branch, rows, kinds) -> the rows (lists), each after the branch code, in
 * PostgreSQL's binary COPY format (signature, tuples, trailer), their fields of the
 * `kinds` given ('q' 'i' 't' 'd', see put_binary_field); None when anything is
 * unusual (a row of another length, a value of another type or range, a day that is
 * not one): app.headoffice.projection_write._copy then writes them with psycopg. */
static PyObject *copy_binary(PyObject *Py_UNUSED(self), PyObject *args) {
    PyObject *branch, *rows;
    const char *kinds;
    Py_ssize_t width;
    if (!PyArg_ParseTuple(args, "UO!y#", &branch, &PyList_Type, &rows, &kinds, &width))
        return NULL;
    static const char SIGNATURE[] = "PGCOPY\n\377\r\n\0\0\0\0\0\0\0\0\0";
    Buf b = {0};
    int status = width < 32767 && buf_put(&b, SIGNATURE, 19) == 0 ? 0 : -1;
    Py_ssize_t n = PyList_GET_SIZE(rows);
    for (Py_ssize_t i = 0; i < n && status == 0; i++) {
        PyObject *row = PyList_GET_ITEM(rows, i);
        if (!PyList_CheckExact(row) || PyList_GET_SIZE(row) != width) { status = FALLBACK; break; }
        if (put_be(&b, (unsigned long long)(width + 1), 2) < 0) { status = -1; break; }
        int r = put_binary_field(&b, branch, 't');
        for (Py_ssize_t k = 0; k < width && r == 1; k++)
            r = put_binary_field(&b, PyList_GET_ITEM(row, k), kinds[k]);
        status = r < 0 ? -1 : r == 0 ? FALLBACK : 0;
    }
    if (status == 0 && put_be(&b, 0xffff, 2) < 0) status = -1;
    return finished(&b, status, NULL);
}

/* The kinds of COPY_FIELDS in hq_event's binary COPY: epoch int, seq bigint, the
 * texts, schema_version int, staff_id int (or NULL). */
static const char COPY_KINDS[] = "iqttitttittt";

/* copy_events_binary(branch, received, events) -> the events (dicts) as tuples of
 * PostgreSQL's binary COPY format into hq_event (ingest.EVENT_COLUMNS: the branch code,
 * the COPY_FIELDS, `received` as a timestamp: microseconds since 2000-01-01), without
 * the signature or trailer (the caller writes them once per COPY); None (left to
 * Python) for a field missing or of another type or range. */
static PyObject *copy_events_binary(PyObject *Py_UNUSED(self), PyObject *args) {
    PyObject *branch, *received, *events, *keys[COPY_FIELD_COUNT] = {0};
    if (!PyArg_ParseTuple(args, "UO!O!", &branch, &PyLong_Type, &received, &PyList_Type,
                          &events))
        return NULL;
    Buf b = {0};
    int status = intern_keys(keys);
    Py_ssize_t n = PyList_GET_SIZE(events);
    for (Py_ssize_t i = 0; i < n && status == 0; i++) {
        PyObject *event = PyList_GET_ITEM(events, i);
        if (!PyDict_CheckExact(event)) { status = FALLBACK; break; }
        if (put_be(&b, COPY_FIELD_COUNT + 2, 2) < 0) { status = -1; break; }
        int r = put_binary_field(&b, branch, 't');
        for (int k = 0; k < COPY_FIELD_COUNT && r == 1; k++) {
            PyObject *value = PyDict_GetItemWithError(event, keys[k]);
            if (!value) { r = PyErr_Occurred() ? -1 : 0; break; }
            if (value == Py_None && k != 8) { r = 0; break; }  /* only staff_id is NULL */
            r = put_binary_field(&b, value, COPY_KINDS[k]);
        }
        if (r == 1) r = put_binary_field(&b, received, 'q');
        status = r < 0 ? -1 : r == 0 ? FALLBACK : 0;
    }
    return finished(&b, status, keys);
}

static PyMethodDef methods[] = {
    {"copy_events_binary", copy_events_binary, METH_VARARGS,
     "Events as binary COPY tuples, or None."},
    {"copy_binary", copy_binary, METH_VARARGS, "Rows in binary COPY format, or None."},
    {"payload_texts", payload_texts, METH_VARARGS, "Payloads as str, or None."},
    {"json_values", json_values, METH_VARARGS, "Commas and openers counted."},
    {"event_hashes", event_hashes, METH_VARARGS, "The batch's event hashes, or None."},
    {"journal_head", journal_head, METH_VARARGS, "The journal head reached, or None."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_fastchain", NULL, -1, methods, NULL, NULL, NULL, NULL};

PyMODINIT_FUNC PyInit__fastchain(void) {
    scan_classes();
    return PyModule_Create(&module);
}
