/* parse/ast_names.c: CPython class names of AST kinds and operators,
 * generated from ast.def so that they can never drift from the enums. */
#include "parse/ast.h"

static const char *pick(const char *const *names, unsigned n, unsigned k) { return k < n ? names[k] : "?"; }
#define COUNT(a) (unsigned)(sizeof(a) / sizeof(a[0]))

static const char *const expr_names[] = {
#define EXPR(name, py) py,
#include "parse/ast.def"
};
static const char *const stmt_names[] = {
#define STMT(name, py) py,
#include "parse/ast.def"
};
static const char *const pattern_names[] = {
#define PAT(name, py) py,
#include "parse/ast.def"
};
static const char *const binop_names[] = {
#define BINOP(name, py, text) py,
#include "parse/ast.def"
};
static const char *const binop_texts[] = {
#define BINOP(name, py, text) text,
#include "parse/ast.def"
};
static const char *const unop_names[] = {
#define UNOP(name, py, text) py,
#include "parse/ast.def"
};
static const char *const boolop_names[] = {
#define BOOLOP(name, py, text) py,
#include "parse/ast.def"
};
static const char *const cmpop_names[] = {
#define CMPOP(name, py, text) py,
#include "parse/ast.def"
};

const char *ast_expr_name(AstExprKind k) { return pick(expr_names, COUNT(expr_names), k); }
const char *ast_stmt_name(AstStmtKind k) { return pick(stmt_names, COUNT(stmt_names), k); }
const char *ast_pattern_name(AstPatternKind k) { return pick(pattern_names, COUNT(pattern_names), k); }
const char *ast_binop_name(AstBinOp op) { return pick(binop_names, COUNT(binop_names), op); }
const char *ast_binop_text(AstBinOp op) { return pick(binop_texts, COUNT(binop_texts), op); }
const char *ast_unop_name(AstUnaryOp op) { return pick(unop_names, COUNT(unop_names), op); }
const char *ast_boolop_name(AstBoolOp op) { return pick(boolop_names, COUNT(boolop_names), op); }
const char *ast_cmpop_name(AstCmpOp op) { return pick(cmpop_names, COUNT(cmpop_names), op); }
