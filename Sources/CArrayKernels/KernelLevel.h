#ifndef PXK_KERNEL_LEVEL_H
#define PXK_KERNEL_LEVEL_H

// Shared by the kernel files, not part of the module's interface.

/// The instruction-set level the kernels use now: 2 AVX-512 (F, BW, DQ, VL), 1 AVX2, 0 the baseline (always 0
/// outside x86-64). `pxk_use_level` lowers it.
int pxk_current_level(void);

#endif
