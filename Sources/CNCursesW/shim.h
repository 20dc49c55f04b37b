#ifndef DOCKET_CNCURSESW_SHIM_H
#define DOCKET_CNCURSESW_SHIM_H
// The wide-character API needs these before any include (see DESIGN.md section 9).
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Glibc's Swift module does not expose wcwidth.
int wcwidth(wchar_t c);
#endif
