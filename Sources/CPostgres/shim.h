// libpq, PostgreSQL's C client library (pkg-config: libpq; apt: libpq-dev).
#include <libpq-fe.h>
