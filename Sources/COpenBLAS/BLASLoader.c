#include "COpenBLAS.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static px_blas_functions functions;
static const px_blas_functions *loaded;
static char failure[512];
static pthread_once_t once = PTHREAD_ONCE_INIT;

/// Opens the first of `names` the dynamic loader finds (RTLD_LOCAL: nothing else in the process sees its symbols).
/// On failure records the loader's message for the first name.
static void *open_first(const char *const names[], size_t count) {
    for (size_t i = 0; i < count; i++) {
        void *handle = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
        if (handle) {
            failure[0] = 0;
            return handle;
        }
        const char *message = dlerror();
        if (i == 0) snprintf(failure, sizeof failure, "cannot load BLAS: %s", message ? message : names[0]);
    }
    return NULL;
}

/// `symbol` from the first handle that has it (some OpenBLAS builds carry LAPACKE themselves), or NULL with the
/// failure recorded.
static void *find(void *first, void *second, const char *symbol) {
    void *address = dlsym(first, symbol);
    if (!address && second) address = dlsym(second, symbol);
    if (!address && failure[0] == 0) snprintf(failure, sizeof failure, "BLAS function %s not found", symbol);
    return address;
}

/// Opens OpenBLAS with OPENBLAS_NUM_THREADS=1 in the environment, which its constructor reads: it then starts no
/// worker thread. The variable's previous state is restored afterwards, so child processes see the user's.
static void *open_openblas(void) {
    static const char *const names[] = {"libopenblas.so.0", "libopenblas.so", "libopenblas.dylib"};
    const char *variable = "OPENBLAS_NUM_THREADS";
    const char *current = getenv(variable);
    char *previous = current ? strdup(current) : NULL;
    setenv(variable, "1", 1);
    void *handle = open_first(names, sizeof names / sizeof names[0]);
    if (previous) {
        setenv(variable, previous, 1);
        free(previous);
    } else {
        unsetenv(variable);
    }
    return handle;
}

static void load(void) {
    static const char *const lapacke_names[] = {"liblapacke.so.3", "liblapacke.so", "liblapacke.dylib"};
    void *blas = open_openblas();
    if (!blas) return;
    void *lapacke = open_first(lapacke_names, sizeof lapacke_names / sizeof lapacke_names[0]);
    // LAPACKE may be inside OpenBLAS itself: the loader's message only counts if a function is missing.
    char lapacke_failure[sizeof failure];
    memcpy(lapacke_failure, failure, sizeof failure);
    failure[0] = 0;
    int complete = 1;
#define PX_FIND(first, second, name) \
    complete &= (functions.name = (__typeof__(functions.name))find(first, second, #name)) != NULL;
    PX_FIND(blas, NULL, cblas_sdot)
    PX_FIND(blas, NULL, cblas_ddot)
    PX_FIND(blas, NULL, cblas_sgemv)
    PX_FIND(blas, NULL, cblas_dgemv)
    PX_FIND(blas, NULL, cblas_ssyrk)
    PX_FIND(blas, NULL, cblas_dsyrk)
    PX_FIND(blas, NULL, cblas_sgemm)
    PX_FIND(blas, NULL, cblas_dgemm)
    PX_FIND(blas, NULL, openblas_get_num_threads)
    PX_FIND(blas, NULL, openblas_set_num_threads)
    void *first = lapacke ? lapacke : blas;
    void *second = lapacke ? blas : NULL;
    PX_FIND(first, second, LAPACKE_dgeev_work)
    PX_FIND(first, second, LAPACKE_dgelsd_work)
    PX_FIND(first, second, LAPACKE_dgeqrf_work)
    PX_FIND(first, second, LAPACKE_dgesdd_work)
    PX_FIND(first, second, LAPACKE_dgesv_work)
    PX_FIND(first, second, LAPACKE_dgetrf_work)
    PX_FIND(first, second, LAPACKE_dorgqr_work)
    PX_FIND(first, second, LAPACKE_dpotrf_work)
    PX_FIND(first, second, LAPACKE_dsyevd_work)
#undef PX_FIND
    if (!complete) {
        if (!lapacke) memcpy(failure, lapacke_failure, sizeof failure);
        return;
    }
    // Engines run one per core: one BLAS thread each, whatever the environment said (the pinned count also keeps
    // numpy's rounding in eigh, solve and inv, which OpenBLAS splits across threads otherwise).
    functions.openblas_set_num_threads(1);
    loaded = &functions;
}

const px_blas_functions *px_blas_load(void) {
    pthread_once(&once, load);
    return loaded;
}

const char *px_blas_load_error(void) { return failure; }
