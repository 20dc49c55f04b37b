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
/* AES-256-GCM: seals `count` bytes of `plain` under the 32-byte `key` and 12-byte `nonce`
   into `out` (`count` bytes) and a 16-byte `tag`. 1 on success. */
static inline int docket_aes256gcm_seal(const unsigned char *key, const unsigned char *nonce,
                                        const unsigned char *plain, int count,
                                        unsigned char *out, unsigned char *tag) {
    EVP_CIPHER_CTX *context = EVP_CIPHER_CTX_new();
    if (context == NULL) return 0;
    int length = 0, ok = EVP_EncryptInit_ex(context, EVP_aes_256_gcm(), NULL, key, nonce)
        && EVP_EncryptUpdate(context, out, &length, plain, count)
        && EVP_EncryptFinal_ex(context, out + length, &length)
        && EVP_CIPHER_CTX_ctrl(context, EVP_CTRL_GCM_GET_TAG, 16, tag);
    EVP_CIPHER_CTX_free(context);
    return ok;
}

/* Opens what docket_aes256gcm_seal made: 1 when the tag matches (the text is whole and the
   key is the one it was sealed with), 0 otherwise. */
static inline int docket_aes256gcm_open(const unsigned char *key, const unsigned char *nonce,
                                        const unsigned char *sealed, int count,
                                        const unsigned char *tag, unsigned char *out) {
    EVP_CIPHER_CTX *context = EVP_CIPHER_CTX_new();
    if (context == NULL) return 0;
    int length = 0, ok = EVP_DecryptInit_ex(context, EVP_aes_256_gcm(), NULL, key, nonce)
        && EVP_DecryptUpdate(context, out, &length, sealed, count)
        && EVP_CIPHER_CTX_ctrl(context, EVP_CTRL_GCM_SET_TAG, 16, (void *)tag)
        && EVP_DecryptFinal_ex(context, out + length, &length) > 0;
    EVP_CIPHER_CTX_free(context);
    return ok;
}
#endif
