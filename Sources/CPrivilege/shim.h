#ifndef DOCKET_CPRIVILEGE_SHIM_H
#define DOCKET_CPRIVILEGE_SHIM_H
#include <sys/prctl.h>
#include <sys/types.h>

// prctl is variadic, which Swift cannot call. An installed docket holds the service account's
// rights and has the store's files open: no core file, and no ptrace or /proc/PID/fd by the
// person who started it (both need the process to be dumpable).
static inline int docket_forbid_dumps(void) {
    return prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
}

static inline int docket_is_dumpable(void) {
    return prctl(PR_GET_DUMPABLE, 0, 0, 0, 0);
}

// getresuid is a GNU extension the Glibc module leaves out; the saved set-user-ID it gives is
// the service account's uid after the effective uid has been set back to the person's.
extern int getresuid(uid_t *ruid, uid_t *euid, uid_t *suid);
#endif
