// The trained parser model (data/tag/gum-parse.model), embedded into the
// library like the tagger's (model_data.cc). CMake passes the file's absolute
// path as CROSSWIRE_PARSE_MODEL and rebuilds this file when the model changes.
#ifndef CROSSWIRE_PARSE_MODEL
#error "CROSSWIRE_PARSE_MODEL must name the model file"
#endif

__asm__(
    ".section .rodata\n"
    ".balign 16\n"
    ".globl crosswire_parse_model_begin\n"
    "crosswire_parse_model_begin:\n"
    ".incbin \"" CROSSWIRE_PARSE_MODEL
    "\"\n"
    ".globl crosswire_parse_model_end\n"
    "crosswire_parse_model_end:\n"
    ".byte 0\n"
    ".previous\n");
