/* codegen/exe.c — main() for a standalone executable: start the runtime,
 * run the module's top-level code (which holds the __main__ block), and let
 * the runtime turn a pending exception into CPython's traceback and exit
 * status. No Python interpreter starts. */
#include "codegen.h"

void cg_exe_main(StrBuf *out, const char *init_cname, bool mpi) {
  sb_puts(out, "int main(int argc, char **argv) {\n");
  if (mpi) sb_puts(out, "  kr_mpi_start(&argc, &argv); /* the program imports mpi4py */\n");
  sb_puts(out, "  kr_init(argc, argv);\n");
  if (mpi) sb_puts(out, "  kr_mpi_stdout();\n");
  sb_printf(out, "  %s();\n", init_cname);
  sb_puts(out, mpi ? "  return kr_mpi_finish(kr_main_exit());\n" : "  return kr_main_exit();\n");
  sb_puts(out, "}\n");
}
