// The compact WordNet table (wordnet_table.h), embedded into the library so
// that a program needs nothing beside its binary. CMake generates it at build
// time from the installed WordNet files (crosswire_wordnet_table, run over
// CROSSWIRE_WORDNET_DIR) and passes its absolute path as
// CROSSWIRE_WORDNET_TABLE; without it (a build configured without WordNet)
// the table is empty and WordNet::Installed() is nullptr.
#ifdef CROSSWIRE_WORDNET_TABLE
__asm__(
    ".section .rodata\n"
    ".balign 4096\n"
    ".globl crosswire_wordnet_table_begin\n"
    "crosswire_wordnet_table_begin:\n"
    ".incbin \"" CROSSWIRE_WORDNET_TABLE
    "\"\n"
    ".globl crosswire_wordnet_table_end\n"
    "crosswire_wordnet_table_end:\n"
    ".byte 0\n"
    ".previous\n");
#else
__asm__(
    ".section .rodata\n"
    ".globl crosswire_wordnet_table_begin\n"
    "crosswire_wordnet_table_begin:\n"
    ".globl crosswire_wordnet_table_end\n"
    "crosswire_wordnet_table_end:\n"
    ".byte 0\n"
    ".previous\n");
#endif
