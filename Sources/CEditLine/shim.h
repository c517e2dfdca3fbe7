// Non-variadic wrappers over libedit's native API.
//
// `el_set`, `el_get` and `history` are C variadic functions, which Swift
// cannot call. Each operation PXLineEditor uses gets one `static inline`
// wrapper here with a fixed signature.
#ifndef SWIFTPX_CEDITLINE_SHIM_H
#define SWIFTPX_CEDITLINE_SHIM_H

#include <histedit.h>

/// Returns the prompt text; the pointer must stay valid until the next call.
typedef char *(*px_prompt_function)(EditLine *);
/// A key-bound editor command; returns one of the `CC_*` codes.
typedef unsigned char (*px_command_function)(EditLine *, int);
/// Reads one wide character: 1 on success, 0 at end of input, -1 on error.
typedef int (*px_read_function)(EditLine *, wchar_t *);

// MARK: - el_set

/// Sets the prompt function; text between two `ignore` characters is sent to
/// the terminal without counting towards the prompt's width.
static inline int px_el_set_prompt(EditLine *el, px_prompt_function prompt, char ignore) {
    return el_set(el, EL_PROMPT_ESC, prompt, ignore);
}

/// Selects the key bindings: "emacs" or "vi".
static inline int px_el_set_editor(EditLine *el, const char *mode) {
    return el_set(el, EL_EDITOR, mode);
}

/// 1: libedit restores the terminal around signals while reading a line.
static inline int px_el_set_signal(EditLine *el, int handle) {
    return el_set(el, EL_SIGNAL, handle);
}

/// Binds a key sequence (libedit notation, e.g. "^I") to a named command.
static inline int px_el_bind(EditLine *el, const char *keys, const char *command) {
    return el_set(el, EL_BIND, keys, command, (const char *)NULL);
}

/// Registers a named editor command that can then be bound to keys.
static inline int px_el_add_function(EditLine *el, const char *name, const char *help,
                                     px_command_function function) {
    return el_set(el, EL_ADDFN, name, help, function);
}

/// Attaches a history list to the editor (Up/Down, searches).
static inline int px_el_set_history(EditLine *el, History *hist) {
    return el_set(el, EL_HIST, history, hist);
}

/// Replaces the function that reads one character from the terminal.
static inline int px_el_set_read_function(EditLine *el, px_read_function read) {
    return el_set(el, EL_GETCFN, read);
}

/// Stores an opaque pointer that callbacks fetch with `px_el_get_client_data`.
static inline int px_el_set_client_data(EditLine *el, void *data) {
    return el_set(el, EL_CLIENTDATA, data);
}

/// 1: switch the terminal to editing (raw, no echo) mode now; 0: back to normal.
static inline int px_el_set_prepare_terminal(EditLine *el, int editing) {
    return el_set(el, EL_PREP_TERM, editing);
}

/// Redraws the prompt and the line from scratch (after the prompt changed).
static inline int px_el_refresh(EditLine *el) {
    return el_set(el, EL_REFRESH);
}

// MARK: - el_get

/// The pointer stored with `px_el_set_client_data`, or NULL.
static inline void *px_el_get_client_data(EditLine *el) {
    void *data = NULL;
    if (el_get(el, EL_CLIENTDATA, &data) != 0) {
        return NULL;
    }
    return data;
}

/// The terminal's width in columns as libedit knows it, or 0 if unknown.
static inline int px_el_get_columns(EditLine *el) {
    int columns = 0;
    if (el_get(el, EL_GETTC, "co", &columns, (void *)NULL) != 0) {
        return 0;
    }
    return columns;
}

// MARK: - history

/// Limits the number of remembered lines.
static inline int px_history_set_size(History *hist, int size) {
    HistEvent event;
    return history(hist, &event, H_SETSIZE, size);
}

/// 1: a line equal to the previous entry is not stored again.
static inline int px_history_set_unique(History *hist, int unique) {
    HistEvent event;
    return history(hist, &event, H_SETUNIQUE, unique);
}

/// Appends a line as a new entry.
static inline int px_history_enter(History *hist, const char *line) {
    HistEvent event;
    return history(hist, &event, H_ENTER, line);
}

/// Loads entries from a file written by `px_history_save`; -1 on failure.
static inline int px_history_load(History *hist, const char *path) {
    HistEvent event;
    return history(hist, &event, H_LOAD, path);
}

/// Writes all entries to a file; -1 on failure.
static inline int px_history_save(History *hist, const char *path) {
    HistEvent event;
    return history(hist, &event, H_SAVE, path);
}

/// The entry `offset` steps back from the newest (0: the newest), or NULL past the oldest. The string stays
/// valid until the history changes.
static inline const char *px_history_entry(History *hist, int offset) {
    HistEvent event;
    if (history(hist, &event, H_FIRST) != 0) {
        return NULL;
    }
    for (int i = 0; i < offset; i++) {
        if (history(hist, &event, H_NEXT) != 0) {
            return NULL;
        }
    }
    return event.str;
}

// MARK: - Standard streams

/// The C `stdout` stream (a function, so Swift does not see a mutable global).
static inline FILE *px_stdout(void) {
    return stdout;
}

// MARK: - Character width

/// Columns a wide character occupies on a terminal (-1 if not printable),
/// per the current `LC_CTYPE`. glibc declares `wcwidth` only under
/// `_XOPEN_SOURCE`, which the Swift importer does not define.
static inline int px_wcwidth(wchar_t character) {
    extern int wcwidth(wchar_t);
    return wcwidth(character);
}

#endif
