#ifndef DOCKET_CCRYPTO_SHIM_H
#define DOCKET_CCRYPTO_SHIM_H
// OpenSSL 3 marks the low-level SHA-256 calls deprecated in favour of EVP (as the one-shot
// SHA256() now is inside), whose per-call algorithm fetch costs more than hashing a whole
// event record. The low-level calls stay supported and use the CPU's SHA instructions.
#define OPENSSL_SUPPRESS_DEPRECATED
#include <stddef.h>
#include <openssl/sha.h>
#include <unistd.h>
#include <openssl/hmac.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

static inline void docket_sha256(const void *bytes, size_t count, unsigned char *digest) {
    SHA256_CTX context;
    SHA256_Init(&context);
    SHA256_Update(&context, bytes, count);
    SHA256_Final(digest, &context);
}

/* The digest of everything left to read from `fd`, streamed: 0, or -1 when a read failed. */
static inline int docket_sha256_fd(int fd, unsigned char *digest) {
    SHA256_CTX context;
    SHA256_Init(&context);
    unsigned char buffer[1 << 16];
    for (;;) {
        ssize_t n = read(fd, buffer, sizeof buffer);
        if (n < 0) return -1;
        if (n == 0) break;
        SHA256_Update(&context, buffer, (size_t)n);
    }
    SHA256_Final(digest, &context);
    return 0;
}

/* HMAC-SHA-256 of `count` bytes under `key`: 1 on success. */
static inline int docket_hmac_sha256(const void *key, int keyCount, const void *bytes, size_t count, unsigned char *digest) {
    unsigned int length = 32;
    return HMAC(EVP_sha256(), key, keyCount, bytes, count, digest, &length) != NULL;
}

/* `count` bytes from the system's cryptographic random source: 1 on success. */
static inline int docket_random_bytes(unsigned char *out, int count) {
    return RAND_bytes(out, count);
}
#endif
