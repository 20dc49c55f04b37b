#ifndef DOCKET_CNCURSESW_SHIM_H
#define DOCKET_CNCURSESW_SHIM_H
// The wide-character API needs these before any include (see DESIGN.md section 9).
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Glibc's Swift module does not expose wcwidth.
int wcwidth(wchar_t c);

// Attribute macros are built from NCURSES_BITS and do not import into Swift.
static inline attr_t docket_attr_normal(void) { return A_NORMAL; }
static inline attr_t docket_attr_bold(void) { return A_BOLD; }
static inline attr_t docket_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t docket_attr_reverse(void) { return A_REVERSE; }
static inline attr_t docket_attr_dim(void) { return A_DIM; }
static inline attr_t docket_attr_standout(void) { return A_STANDOUT; }

// KEY_F(n) is a function-like macro.
static inline int docket_key_f(int n) { return KEY_F(n); }

// getmaxyx is a macro; these read a window's size without touching LINES/COLS.
static inline int docket_getmaxy(const WINDOW *w) { return getmaxy(w); }
static inline int docket_getmaxx(const WINDOW *w) { return getmaxx(w); }

// Swift 6 strict concurrency rejects C globals; read them through functions.
static inline int docket_colors(void) { return COLORS; }
static inline int docket_color_pairs(void) { return COLOR_PAIRS; }
static inline FILE *docket_stdin(void) { return stdin; }
static inline FILE *docket_stdout(void) { return stdout; }
// The standard window of the current screen (newterm returns a SCREEN*, not a WINDOW*).
static inline WINDOW *docket_stdscr(void) { return stdscr; }

// How many wide characters one cchar_t holds (a spacing character plus combining marks).
static inline int docket_ccharw_max(void) { return CCHARW_MAX; }

#endif
