"""The capture patterns for fold candidates: expressions that may compute a string (see fold_roots.py).

They are part of the parser's one capture query (parse.py) for a script as written, so finding
the candidates costs no second walk over the tree; a folded script is parsed without them.
"""

from __future__ import annotations

from psscript_graphql.analyzer.folding import METHODS

CAPTURE = "fold_candidate"

# Expressions that can yield a string: the predicates drop the many that cannot (`-eq`, `[int]`
# casts, `-not`, other method calls, strings without expansions) before any Python runs.
# (Backslashes are doubled: the query language unescapes its strings once.)
_METHOD_NAMES = "|".join(sorted(METHODS))
PATTERNS = rf"""
(additive_expression) @fold_candidate
(additive_argument_expression) @fold_candidate
(format_expression) @fold_candidate
((comparison_expression (comparison_operator) @fold_operator) @fold_candidate
  (#match? @fold_operator "(?i)^-[ic]?(join|replace|split)$"))
(expression_with_unary_operator ["-join" "-split"]) @fold_candidate
((cast_expression (type_literal) @fold_type) @fold_candidate
  (#match? @fold_type "(?i)^\\[[ \t]*(system\\.)?(char|string)(\\[\\])?[ \t]*\\]$"))
((invocation_expression (member_name) @fold_member) @fold_candidate (#match? @fold_member "(?i)^({_METHOD_NAMES})$"))
(string_literal [(expandable_string_literal [(variable) (sub_expression)])
                 (expandable_here_string_literal [(variable) (sub_expression)])]) @fold_candidate
"""
