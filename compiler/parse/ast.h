/* parse/ast.h: the abstract syntax tree, the parser's output.
 *
 * The tree mirrors CPython 3.11's `ast` module class for class and field for
 * field (ast.def names each kind's CPython class), so that it can be dumped
 * in CPython's own vocabulary and compared with `ast.parse` node for node.
 * All nodes live in one arena per module. Every node carries a Span of the
 * source it came from, with CPython's extent: a FunctionDef/ClassDef starts
 * at `def`/`class` (or `async`), not at its decorators. Lists are arrays of
 * pointers with a count, never linked lists. Identifiers are NFKC-normalized
 * UTF-8, NUL-terminated. An "absent" optional is NULL (or an empty AstIdent). */
#ifndef ADDER_PARSE_AST_H
#define ADDER_PARSE_AST_H

#include "support/diag.h"

typedef enum AstExprKind {
#define EXPR(name, py) AST_##name,
#include "parse/ast.def"
    AST_EXPR__COUNT
} AstExprKind;

typedef enum AstStmtKind {
#define STMT(name, py) AST_##name,
#include "parse/ast.def"
    AST_STMT__COUNT
} AstStmtKind;

typedef enum AstPatternKind {
#define PAT(name, py) AST_##name,
#include "parse/ast.def"
    AST_PAT__COUNT
} AstPatternKind;

typedef enum AstBinOp {
#define BINOP(name, py, text) BINOP_##name,
#include "parse/ast.def"
    BINOP__COUNT
} AstBinOp;

typedef enum AstUnaryOp {
#define UNOP(name, py, text) UNOP_##name,
#include "parse/ast.def"
    UNOP__COUNT
} AstUnaryOp;

typedef enum AstBoolOp {
#define BOOLOP(name, py, text) BOOLOP_##name,
#include "parse/ast.def"
    BOOLOP__COUNT
} AstBoolOp;

typedef enum AstCmpOp {
#define CMPOP(name, py, text) CMPOP_##name,
#include "parse/ast.def"
    CMPOP__COUNT
} AstCmpOp;

typedef enum AstCtx { CTX_LOAD, CTX_STORE, CTX_DEL } AstCtx;

typedef struct AstExpr AstExpr;
typedef struct AstStmt AstStmt;
typedef struct AstPattern AstPattern;
typedef struct AstArg AstArg;
typedef struct AstArguments AstArguments;
typedef struct AstKeyword AstKeyword;
typedef struct AstAlias AstAlias;
typedef struct AstWithItem AstWithItem;
typedef struct AstExceptHandler AstExceptHandler;
typedef struct AstMatchCase AstMatchCase;
typedef struct AstComprehension AstComprehension;
struct Type;    /* sema/types.h */
struct SemaRef; /* sema/sema.h */

/* An identifier: NUL-terminated UTF-8; s == NULL means absent. */
typedef struct AstIdent {
    const char *s;
    uint32_t len;
    Span span;
} AstIdent;

typedef struct { AstExpr **items; uint32_t n; } AstExprList;
typedef struct { AstStmt **items; uint32_t n; } AstStmtList;
typedef struct { AstPattern **items; uint32_t n; } AstPatternList;
typedef struct { AstArg **items; uint32_t n; } AstArgList;
typedef struct { AstKeyword **items; uint32_t n; } AstKeywordList;
typedef struct { AstAlias **items; uint32_t n; } AstAliasList;
typedef struct { AstWithItem **items; uint32_t n; } AstWithItemList;
typedef struct { AstExceptHandler **items; uint32_t n; } AstHandlerList;
typedef struct { AstMatchCase **items; uint32_t n; } AstCaseList;
typedef struct { AstComprehension **items; uint32_t n; } AstCompList;
typedef struct { AstIdent *items; uint32_t n; } AstIdentList;

typedef enum AstConstKind {
    CONST_INT,      /* num: source text, e.g. "0x_FF"; i64 / fits_i64 */
    CONST_FLOAT,    /* f */
    CONST_COMPLEX,  /* f: the imaginary part (Python literals have no real part) */
    CONST_STR,      /* str: decoded UTF-8 (lone surrogates as 3-byte WTF-8) */
    CONST_BYTES,    /* str: the raw bytes */
    CONST_BOOL,     /* b */
    CONST_NONE,
    CONST_ELLIPSIS,
} AstConstKind;

typedef struct AstConstant {
    AstConstKind kind;
    bool is_u;            /* a str written with the u prefix: CPython's kind='u' */
    bool fits_i64;        /* CONST_INT: the value fits in int64_t */
    bool b;
    int64_t i64;
    double f;
    const char *text;     /* CONST_INT: literal text; CONST_STR/BYTES: data */
    uint32_t len;
} AstConstant;

struct AstExpr {
    AstExprKind kind;
    Span span;
    /* Filled by sema, NULL after parsing: the expression's type, and what a
     * name, call or attribute refers to. Later stages read them; the parser
     * and the AST dumpers never do. */
    const struct Type *ty;
    struct SemaRef *ref;
    union {
        struct { AstBoolOp op; AstExprList values; } boolop;
        struct { AstExpr *target, *value; } named;
        struct { AstExpr *left; AstBinOp op; AstExpr *right; } binop;
        struct { AstUnaryOp op; AstExpr *operand; } unary;
        struct { AstArguments *args; AstExpr *body; } lambda;
        struct { AstExpr *test, *body, *orelse; } ifexp;
        struct { AstExprList keys, values; } dict;
        struct { AstExprList elts; AstCtx ctx; } seq;
        struct { AstExpr *elt, *value; AstCompList generators; } comp;
        struct { AstExpr *value; } value;
        struct { AstExpr *left; AstCmpOp *ops; AstExprList comparators; } compare;
        struct { AstExpr *func; AstExprList args; AstKeywordList keywords; } call;
        /* conversion: -1 none, or 's', 'r', 'a'; format_spec: a JoinedStr or NULL */
        struct { AstExpr *value; int conversion; AstExpr *format_spec; } formatted;
        struct { AstExprList values; } joined;
        AstConstant constant;
        struct { AstExpr *value; AstIdent attr; AstCtx ctx; } attribute;
        struct { AstExpr *value, *slice; AstCtx ctx; } subscript;
        struct { AstExpr *value; AstCtx ctx; } starred;
        struct { AstIdent id; AstCtx ctx; } name;
        struct { AstExpr *lower, *upper, *step; } slice;
    } as;
};

struct AstArg {
    Span span;
    AstIdent arg;
    AstExpr *annotation; /* may be NULL */
};

struct AstArguments {
    AstArgList posonlyargs, args;
    AstArg *vararg;          /* may be NULL */
    AstArgList kwonlyargs;
    AstExprList kw_defaults; /* one per kwonlyarg; NULL item = no default */
    AstArg *kwarg;           /* may be NULL */
    AstExprList defaults;    /* for the last len(defaults) of posonlyargs+args */
};

struct AstKeyword {
    Span span;
    AstIdent arg; /* absent for **value */
    AstExpr *value;
};

struct AstAlias {
    Span span;
    AstIdent name;   /* dotted name as written ("a.b.c"), or "*" */
    AstIdent asname; /* may be absent */
};

struct AstWithItem {
    AstExpr *context_expr;
    AstExpr *optional_vars; /* may be NULL */
};

struct AstExceptHandler {
    Span span;
    AstExpr *type; /* may be NULL */
    AstIdent name; /* may be absent */
    AstStmtList body;
};

struct AstMatchCase {
    AstPattern *pattern;
    AstExpr *guard; /* may be NULL */
    AstStmtList body;
};

struct AstComprehension {
    AstExpr *target, *iter;
    AstExprList ifs;
    bool is_async;
};

struct AstPattern {
    AstPatternKind kind;
    Span span;
    union {
        struct { AstExpr *value; } value;
        struct { AstConstKind kind; bool b; } singleton;
        struct { AstPatternList patterns; } seq;
        struct { AstExprList keys; AstPatternList patterns; AstIdent rest; } mapping;
        struct { AstExpr *cls; AstPatternList patterns; AstIdentList kwd_attrs; AstPatternList kwd_patterns; } cls;
        struct { AstIdent name; } star;
        struct { AstPattern *pattern; AstIdent name; } as;
    } as;
};

struct AstStmt {
    AstStmtKind kind;
    Span span;
    struct SemaRef *ref; /* filled by sema (functions, classes, loops), NULL after parsing */
    union {
        struct {
            AstIdent name;
            AstArguments *args;
            AstStmtList body;
            AstExprList decorators;
            AstExpr *returns; /* may be NULL */
        } funcdef;
        struct {
            AstIdent name;
            AstExprList bases;
            AstKeywordList keywords;
            AstStmtList body;
            AstExprList decorators;
        } classdef;
        struct { AstExpr *value; } value;
        struct { AstExprList targets; } del;
        struct { AstExprList targets; AstExpr *value; } assign;
        struct { AstExpr *target; AstBinOp op; AstExpr *value; } augassign;
        struct { AstExpr *target, *annotation, *value; bool simple; } annassign;
        struct { AstExpr *target, *iter; AstStmtList body, orelse; } for_;
        struct { AstExpr *test; AstStmtList body, orelse; } while_;
        struct { AstExpr *test; AstStmtList body, orelse; } if_;
        struct { AstWithItemList items; AstStmtList body; } with;
        struct { AstExpr *subject; AstCaseList cases; } match;
        struct { AstExpr *exc, *cause; } raise;
        struct { AstStmtList body; AstHandlerList handlers; AstStmtList orelse, finalbody; } try_;
        struct { AstExpr *test, *msg; } assert_;
        struct { AstIdent module; AstAliasList names; int level; } import;
        struct { AstIdentList names; } names;
    } as;
};

typedef struct AstModule {
    AstStmtList body;
} AstModule;

/* CPython class names, for dumps (ast_names.c). */
const char *ast_expr_name(AstExprKind k);
const char *ast_stmt_name(AstStmtKind k);
const char *ast_pattern_name(AstPatternKind k);
const char *ast_binop_name(AstBinOp op);
const char *ast_unop_name(AstUnaryOp op);
const char *ast_boolop_name(AstBoolOp op);
const char *ast_cmpop_name(AstCmpOp op);
const char *ast_binop_text(AstBinOp op);

#endif
