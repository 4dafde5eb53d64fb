// The trained model (data/tag/gum.model), embedded into the library so that a
// program needs nothing beside its binary. CMake passes the file's absolute
// path as CROSSWIRE_TAG_MODEL and rebuilds this file when the model changes.
#ifndef CROSSWIRE_TAG_MODEL
#error "CROSSWIRE_TAG_MODEL must name the model file"
#endif

__asm__(
    ".section .rodata\n"
    ".balign 16\n"
    ".globl crosswire_tag_model_begin\n"
    "crosswire_tag_model_begin:\n"
    ".incbin \"" CROSSWIRE_TAG_MODEL
    "\"\n"
    ".globl crosswire_tag_model_end\n"
    "crosswire_tag_model_end:\n"
    ".byte 0\n"
    ".previous\n");
