/* driver/main.c — the krait command line. The whole pipeline is visible in
 * compile_file(): source -> AST -> typed AST -> IR -> passes -> C -> cc. */
#define _XOPEN_SOURCE 700 /* realpath */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <limits.h>
#include <unistd.h>
#include <sys/stat.h>

#include "../codegen/codegen.h"
#include "../frontend/frontend.h"
#include "../ir/ir.h"
#include "driver.h"

#define KRAIT_VERSION "0.1.0"

static void usage(FILE *f) {
  fputs("usage: krait build [options] FILE.py    compile FILE.py into an extension module\n"
        "       krait check FILE.py              report diagnostics only\n"
        "options:\n"
        "  --exe              build a standalone executable (default name: FILE)\n"
        "  -o PATH            output path; a directory (or a path ending in /) for\n"
        "                     an extension module gets NAME + the interpreter's EXT_SUFFIX\n"
        "  --python PATH      interpreter whose headers and EXT_SUFFIX a module uses\n"
        "  --emit-c           print the generated C on stdout\n"
        "  --emit-ir          print the IR after the passes on stdout\n"
        "  --emit-ast         print the syntax tree on stdout\n"
        "  --dump-after=PASS  print the IR after PASS (lower, fuse, fold, dce, bounds)\n"
        "  --keep-c           keep the generated .c next to the output\n"
        "  --cc CC            C compiler (default: $CC or cc)\n"
        "  -O0 .. -O3         C optimisation level (default -O3)\n"
        "  --no-boundscheck   drop index checks\n"
        "  --no-auto-parallel keep large array expressions and sums on one thread\n"
        "  -v                 show the C compiler command\n",
        f);
}

static bool parse_args(int argc, char **argv, Options *o) {
  if (argc < 2) return false;
  o->cmd = argv[1];
  if (strcmp(o->cmd, "build") && strcmp(o->cmd, "check")) return false;
  for (int i = 2; i < argc; i++) {
    const char *a = argv[i];
    if (!strcmp(a, "--exe")) o->exe = true;
    else if (!strcmp(a, "-o") && i + 1 < argc) o->output = argv[++i];
    else if (!strcmp(a, "--emit-c")) o->emit_c = true;
    else if (!strcmp(a, "--emit-ir")) o->emit_ir = true;
    else if (!strcmp(a, "--emit-ast")) o->emit_ast = true;
    else if (!strncmp(a, "--dump-after=", 13)) o->dump_after = a + 13;
    else if (!strcmp(a, "--keep-c")) o->keep_c = true;
    else if (!strcmp(a, "--cc") && i + 1 < argc) o->cc = argv[++i];
    else if (!strcmp(a, "--python") && i + 1 < argc) o->python = argv[++i];
    else if (!strncmp(a, "-O", 2) && strlen(a) == 3) o->opt = a + 2;
    else if (!strcmp(a, "--no-boundscheck")) o->no_boundscheck = true;
    else if (!strcmp(a, "--no-auto-parallel")) o->no_auto_parallel = true;
    else if (!strcmp(a, "-v")) o->verbose = true;
    else if (a[0] != '-' && !o->input) o->input = a;
    else {
      fprintf(stderr, "krait: error: unknown option '%s'\n", a);
      return false;
    }
  }
  if (!o->cc) o->cc = getenv("CC") ? getenv("CC") : "cc";
  return o->input != NULL;
}

/* The module name is the file's stem: dir/collatz.py -> collatz. */
static const char *module_name(Ctx *cx, const char *path) {
  const char *base = strrchr(path, '/');
  base = base ? base + 1 : path;
  size_t n = strcspn(base, ".");
  char *name = arena_strndup(&cx->arena, base, n);
  for (char *p = name; *p; p++)
    if (!(*p == '_' || (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
          (*p >= '0' && *p <= '9')))
      *p = '_';
  return name;
}

/* Building (or printing the intermediate forms of) an executable, which
 * runs the __main__ block, rather than an extension module, which does not. */
static bool exe_view(const Options *o) { return o->exe; }

/* Where an extension module goes: -o FILE as given; -o DIR or -o DIR/ or
 * nothing: DIR/NAME + EXT_SUFFIX (the current directory by default). */
static const char *ext_path(Ctx *cx, const char *output, const char *name, const char *suffix) {
  struct stat st;
  size_t n = output ? strlen(output) : 0;
  if (!output) return arena_printf(&cx->arena, "%s%s", name, suffix);
  if (output[n - 1] == '/' || (stat(output, &st) == 0 && S_ISDIR(st.st_mode))) {
    if (output[n - 1] == '/') mkdir(output, 0777); /* may exist already */
    return arena_printf(&cx->arena, "%s%s%s%s", output, output[n - 1] == '/' ? "" : "/", name, suffix);
  }
  return output;
}

static void write_out(StrBuf *b) {
  if (b->len) fwrite(b->p, 1, b->len, stdout);
  fflush(stdout);
}

static bool emit_and_build(Ctx *cx, IrModule *ir, const Options *o) {
  /* CPython's tracebacks name the main script by its absolute path */
  char *abs = realpath(o->input, NULL);
  CgOptions cg = {.exe = exe_view(o), .line_directives = true,
                  .py_path = abs ? arena_strdup(&cx->arena, abs) : o->input};
  free(abs);
  StrBuf c = {0};
  cg_emit_module(cx, ir, &cg, &c);
  if (o->emit_c) {
    write_out(&c);
    sb_free(&c);
    return true;
  }
  char pyinc[PATH_MAX], suffix[256];
  if (!o->exe && !toolchain_python(o, pyinc, sizeof pyinc, suffix, sizeof suffix)) {
    sb_free(&c);
    return false;
  }
  const char *out = o->output ? o->output : arena_printf(&cx->arena, "%s", ir->name);
  if (!o->exe) out = ext_path(cx, o->output, ir->name, suffix);
  for (int i = 0; !o->exe && i < ir->funcs.len; i++) {
    IrFunc *fn = ir->funcs.data[i];
    if (fn->exported && !fn->is_init && !cg_pyext_exportable(fn))
      fprintf(stderr, "krait: warning: %s() is not exported: its parameters and result must "
                      "be int, float, bool, complex, str, numpy arrays, or lists and tuples of "
                      "those (parameters: arrays and MPI.Comm only at the top level; defaults: "
                      "constants)\n",
              fn->name);
  }
  char cpath[4096];
  if (o->keep_c) snprintf(cpath, sizeof cpath, "%s.c", out);
  else snprintf(cpath, sizeof cpath, "%s/krait-%d-%s.c",
                getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp", (int)getpid(), ir->name);
  FILE *f = fopen(cpath, "w");
  if (!f) {
    fprintf(stderr, "krait: error: cannot write '%s'\n", cpath);
    sb_free(&c);
    return false;
  }
  fwrite(c.p, 1, c.len, f);
  fclose(f);
  Options lo = *o;
  lo.blas = strstr(c.p, "krait-link: -lopenblas") != NULL;
  lo.openmp = strstr(c.p, "krait-link: -fopenmp") != NULL;
  lo.mpi = strstr(c.p, "krait-link: mpi") != NULL;
  o = &lo;
  sb_free(&c);
  bool ok = o->exe ? toolchain_build_exe(o, cpath, out)
                   : toolchain_build_ext(o, cpath, out, pyinc);
  if (!o->keep_c) remove(cpath);
  return ok;
}

static bool compile_file(Ctx *cx, const Options *o) {
  Source *src = source_load(cx, o->input);            if (!src) return false;
  AstModule *ast = cst_to_ast(cx, src);               if (diag_failed(cx) || !ast) return false;
  ast->name = module_name(cx, o->input);
  if (o->emit_ast) {
    StrBuf b = {0};
    ast_print(cx, ast, &b);
    write_out(&b);
    sb_free(&b);
    return true;
  }
  infer_module(cx, ast);                              if (diag_failed(cx)) return false;
  /* an executable runs the __main__ block; an extension module does not */
  LowerOptions lo = {.exe = exe_view(o), .auto_parallel = !o->no_auto_parallel};
  IrModule *ir = lower_module(cx, ast, &lo);          if (diag_failed(cx)) return false;
  ir->no_boundscheck = o->no_boundscheck;
  StrBuf dump = {0};
  run_passes(cx, ir, o->dump_after, &dump);
  if (diag_failed(cx)) {
    sb_free(&dump);
    return false;
  }
  if (o->dump_after) {
    write_out(&dump);
    sb_free(&dump);
    return true;
  }
  if (o->emit_ir) {
    ir_print_module(cx, ir, &dump);
    write_out(&dump);
    sb_free(&dump);
    return true;
  }
  if (!strcmp(o->cmd, "check")) return true;
  return emit_and_build(cx, ir, o);
}

int main(int argc, char **argv) {
  if (argc >= 2 && (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h"))) {
    usage(stdout);
    return 0;
  }
  if (argc >= 2 && !strcmp(argv[1], "--version")) {
    printf("krait %s\n", KRAIT_VERSION);
    return 0;
  }
  Options o = {0};
  if (!parse_args(argc, argv, &o)) {
    usage(stderr);
    return 2;
  }
  Ctx cx;
  ctx_init(&cx);
  types_init(&cx);
  bool ok = compile_file(&cx, &o);
  ctx_free(&cx);
  return ok ? 0 : 1;
}
