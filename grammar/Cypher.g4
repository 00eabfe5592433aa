// rollcall's Cypher grammar: the subset of openCypher the engine runs, plus the schema commands
// of Neo4j 5. Written for ANTLR 4.7, which has no caseInsensitive option, so keywords are spelled
// with one fragment per letter. Every keyword token is named K_<KEYWORD>: the shell's completion
// list is read from the generated vocabulary by that prefix (engine/parser/keywords.cpp).
grammar Cypher;

// ---------------------------------------------------------------------------------------------
// Statements
// ---------------------------------------------------------------------------------------------

cypherInput : statement SEMI? EOF ;

statement
  : schemaCommand
  | K_SHOW K_PROCEDURES yieldClause?
  | explainOption? periodicCommitHint? regularQuery
  ;

explainOption : K_EXPLAIN | K_PROFILE ;

periodicCommitHint : K_USING K_PERIODIC K_COMMIT DECIMAL_INTEGER? ;

schemaCommand
  : K_CREATE K_INDEX schemaObjectName? ifNotExists? K_FOR schemaNode
    K_ON LPAREN schemaProperty RPAREN                                  # createIndex
  | K_CREATE K_CONSTRAINT schemaObjectName? ifNotExists? K_FOR schemaNode
    K_REQUIRE schemaProperty K_IS K_UNIQUE                             # createConstraint
  | K_DROP K_INDEX schemaObjectName ifExists?                          # dropIndex
  | K_DROP K_CONSTRAINT schemaObjectName ifExists?                     # dropConstraint
  | K_SHOW (K_INDEX | K_INDEXES)                                       # showIndexes
  | K_SHOW (K_CONSTRAINT | K_CONSTRAINTS)                              # showConstraints
  ;

schemaObjectName : symbolicName ;
ifNotExists : K_IF K_NOT K_EXISTS ;
ifExists : K_IF K_EXISTS ;
schemaNode : LPAREN variable COLON schemaName RPAREN ;
schemaProperty : variable DOT schemaName ;

regularQuery : singleQuery unionPart* ;
unionPart : K_UNION K_ALL? singleQuery ;
singleQuery : clause+ ;

// ---------------------------------------------------------------------------------------------
// Clauses
// ---------------------------------------------------------------------------------------------

clause
  : matchClause
  | unwindClause
  | withClause
  | returnClause
  | createClause
  | mergeClause
  | setClause
  | removeClause
  | deleteClause
  | loadCsvClause
  | callSubqueryClause
  | callProcedureClause
  ;

matchClause : K_OPTIONAL? K_MATCH pattern whereClause? ;
whereClause : K_WHERE expression ;
unwindClause : K_UNWIND expression K_AS variable ;
withClause : K_WITH projectionBody whereClause? ;
returnClause : K_RETURN projectionBody ;

projectionBody : K_DISTINCT? projectionItems orderClause? skipClause? limitClause? ;
projectionItems
  : STAR (COMMA projectionItem)*
  | projectionItem (COMMA projectionItem)*
  ;
// An alias may be any name, keywords included (RETURN x AS set).
projectionItem : expression (K_AS schemaName)? ;
orderClause : K_ORDER K_BY sortItem (COMMA sortItem)* ;
sortItem : expression (K_ASC | K_ASCENDING | K_DESC | K_DESCENDING)? ;
skipClause : K_SKIP expression ;
limitClause : K_LIMIT expression ;

createClause : K_CREATE pattern ;
mergeClause : K_MERGE patternPart mergeAction* ;
mergeAction : K_ON (K_CREATE | K_MATCH) setClause ;
setClause : K_SET setItem (COMMA setItem)* ;
setItem
  : propertyExpression EQ expression   # setProperty
  | variable EQ expression             # setReplaceMap
  | variable PLUS_EQ expression        # setMergeMap
  | variable nodeLabels                # setLabels
  ;
propertyExpression : atom (DOT schemaName)+ ;
removeClause : K_REMOVE removeItem (COMMA removeItem)* ;
removeItem
  : variable nodeLabels   # removeLabels
  | propertyExpression    # removeProperty
  ;
deleteClause : K_DETACH? K_DELETE expression (COMMA expression)* ;

loadCsvClause
  : K_LOAD K_CSV (K_WITH K_HEADERS)? K_FROM expression K_AS variable
    (K_FIELDTERMINATOR STRING_LITERAL)?
  ;

callSubqueryClause
  : K_CALL LBRACE regularQuery RBRACE
    (K_IN K_TRANSACTIONS (K_OF expression (K_ROW | K_ROWS))?)?
  ;

// CALL db.labels() / CALL algo.pageRank({}) YIELD node, score AS rank WHERE rank > 1. Without the
// parentheses (CALL db.labels) only as a whole statement, as in Neo4j.
callProcedureClause
  : K_CALL procedureName (LPAREN (expression (COMMA expression)*)? RPAREN)? yieldClause?
  ;
procedureName : symbolicName (DOT symbolicName)* ;
yieldClause : K_YIELD (STAR | yieldItem (COMMA yieldItem)*) whereClause? ;
yieldItem : field=schemaName (K_AS variable)? ;

// ---------------------------------------------------------------------------------------------
// Patterns
// ---------------------------------------------------------------------------------------------

pattern : patternPart (COMMA patternPart)* ;
patternPart : (variable EQ)? (shortestPathPattern | nodePattern patternChain*) ;
// shortestPath((a)-[:T*]-(b)) and allShortestPaths(...): the name is a plain name the transformer
// checks, so neither word is reserved.
shortestPathPattern : symbolicName LPAREN nodePattern patternChain RPAREN ;
patternChain : relationshipPattern nodePattern ;
nodePattern : LPAREN variable? nodeLabels? properties? RPAREN ;
nodeLabels : (COLON schemaName)+ ;
properties : mapLiteral | parameter ;

relationshipPattern : LT? MINUS relationshipDetail? MINUS GT? ;
relationshipDetail : LBRACKET variable? relationshipTypes? variableLength? properties? RBRACKET ;
relationshipTypes : COLON schemaName (PIPE COLON? schemaName)* ;
variableLength : STAR minHops=DECIMAL_INTEGER? (RANGE maxHops=DECIMAL_INTEGER?)? ;

// ---------------------------------------------------------------------------------------------
// Expressions, lowest precedence first
// ---------------------------------------------------------------------------------------------

expression : orExpression ;
orExpression : xorExpression (K_OR xorExpression)* ;
xorExpression : andExpression (K_XOR andExpression)* ;
andExpression : notExpression (K_AND notExpression)* ;
notExpression : K_NOT notExpression | comparisonExpression ;
comparisonExpression : predicateExpression (comparisonOperator predicateExpression)* ;
comparisonOperator : EQ | NE | LT | LE | GT | GE | BANG_EQ ;
predicateExpression : additiveExpression predicateSuffix* ;
predicateSuffix
  : K_STARTS K_WITH additiveExpression   # startsWith
  | K_ENDS K_WITH additiveExpression     # endsWith
  | K_CONTAINS additiveExpression        # containsOp
  | K_IN additiveExpression              # inList
  | REGEX_MATCH additiveExpression       # regexMatch
  | K_IS K_NOT? K_NULL                   # isNull
  ;
additiveExpression : multiplicativeExpression (additiveOperator multiplicativeExpression)* ;
additiveOperator : PLUS | MINUS ;
multiplicativeExpression : powerExpression (multiplicativeOperator powerExpression)* ;
multiplicativeOperator : STAR | SLASH | PERCENT ;
powerExpression : unaryExpression (CARET unaryExpression)* ;
unaryExpression : (PLUS | MINUS) unaryExpression | postfixExpression ;
postfixExpression : atom postfixOperator* nodeLabels? ;
postfixOperator
  : DOT schemaName                                        # propertyLookup
  | LBRACKET expression RBRACKET                          # indexLookup
  | LBRACKET from=expression? RANGE to=expression? RBRACKET   # sliceLookup
  ;

// Where two alternatives match the same text, ANTLR picks the earlier one: a list comprehension
// beats a one-element list literal, a pattern beats a parenthesised subtraction.
atom
  : listComprehension      # listComprehensionAtom
  | patternComprehension   # patternComprehensionAtom
  | literal                # literalAtom
  | parameter              # parameterAtom
  | caseExpression         # caseAtom
  | quantifierExpression   # quantifierAtom
  | patternPredicate       # patternPredicateAtom
  | existsSubquery         # existsSubqueryAtom
  | countSubquery          # countSubqueryAtom
  | reduceExpression       # reduceAtom
  | functionCall           # functionCallAtom
  | LPAREN expression RPAREN   # parenthesizedAtom
  | mapProjection          # mapProjectionAtom
  | variable               # variableAtom
  ;

// n {.name, .*, key: expr, other}
mapProjection : variable LBRACE (mapProjectionItem (COMMA mapProjectionItem)*)? RBRACE ;
mapProjectionItem
  : DOT STAR                      # allPropertiesItem
  | DOT schemaName                # propertyItem
  | schemaName COLON expression   # literalEntryItem
  | variable                      # variableItem
  ;

literal
  : numberLiteral    # numberAtom
  | STRING_LITERAL   # stringAtom
  | K_TRUE           # trueAtom
  | K_FALSE          # falseAtom
  | K_NULL           # nullAtom
  | listLiteral      # listAtom
  | mapLiteral       # mapAtom
  ;
numberLiteral : DECIMAL_INTEGER | HEX_INTEGER | OCTAL_INTEGER | FLOAT_LITERAL | INVALID_NUMBER ;
listLiteral : LBRACKET (expression (COMMA expression)*)? RBRACKET ;
mapLiteral : LBRACE (mapEntry (COMMA mapEntry)*)? RBRACE ;
mapEntry : schemaName COLON expression ;
parameter : DOLLAR (schemaName | DECIMAL_INTEGER) ;

caseExpression : K_CASE test=expression? caseAlternative+ (K_ELSE elseExpr=expression)? K_END ;
caseAlternative : K_WHEN expression K_THEN expression ;

listComprehension
  : LBRACKET variable K_IN expression (K_WHERE where=expression)? (PIPE projection=expression)?
    RBRACKET
  ;
// [(a)-[:ATTENDED]->(s) WHERE s.year = 2024 | s.code]: the projection of every match, as a list.
patternComprehension
  : LBRACKET (variable EQ)? nodePattern patternChain+ (K_WHERE where=expression)?
    PIPE projection=expression RBRACKET
  ;
quantifierExpression
  : (K_ALL | K_ANY | K_NONE | K_SINGLE) LPAREN variable K_IN expression K_WHERE expression RPAREN
  ;
patternPredicate : nodePattern patternChain+ ;
existsSubquery : K_EXISTS LBRACE K_MATCH? pattern whereClause? RBRACE ;
// COUNT { (s)-[:ATTENDED]->() }: how many rows the pattern matches for the current row.
countSubquery : K_COUNT LBRACE K_MATCH? pattern whereClause? RBRACE ;
// reduce(total = 0, x IN list | total + x): a fold; listed before functionCall, which would
// otherwise take `reduce(` as a call of an unknown function.
reduceExpression
  : K_REDUCE LPAREN accumulator=variable EQ init=expression COMMA element=variable K_IN
    list=expression PIPE step=expression RPAREN
  ;
functionCall : functionName LPAREN (STAR | K_DISTINCT? (expression (COMMA expression)*)?) RPAREN ;
functionName : (symbolicName DOT)* symbolicName ;

// ---------------------------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------------------------

variable : symbolicName ;

// Names of variables and functions: identifiers and the keywords that cannot be confused with
// the start of a clause, an operator or a literal (count, exists, index, rows, all, ...).
symbolicName : IDENTIFIER | ESCAPED_NAME | softKeyword ;
softKeyword
  : K_ALL | K_ANY | K_ASC | K_ASCENDING | K_BY | K_COMMIT | K_CONSTRAINT | K_CONSTRAINTS | K_COUNT
  | K_CSV | K_DESC | K_DESCENDING | K_EXISTS | K_EXPLAIN | K_FIELDTERMINATOR | K_FOR | K_FROM
  | K_HEADERS | K_IF | K_INDEX | K_INDEXES | K_NONE | K_OF | K_PERIODIC | K_PROCEDURES | K_PROFILE
  | K_REDUCE | K_REQUIRE | K_ROW | K_ROWS | K_SHOW | K_SINGLE | K_TRANSACTIONS | K_UNIQUE | K_USING
  | K_YIELD
  ;
// Labels, relationship types, property and map keys: any name at all, keywords included.
schemaName : symbolicName | reservedKeyword ;
reservedKeyword
  : K_AND | K_AS | K_CALL | K_CASE | K_CONTAINS | K_CREATE | K_DELETE | K_DETACH | K_DISTINCT
  | K_DROP | K_ELSE | K_END | K_ENDS | K_FALSE | K_IN | K_IS | K_LIMIT | K_LOAD | K_MATCH
  | K_MERGE | K_NOT | K_NULL | K_ON | K_OPTIONAL | K_OR | K_ORDER | K_REMOVE | K_RETURN | K_SET
  | K_SKIP | K_STARTS | K_THEN | K_TRUE | K_UNION | K_UNWIND | K_WHEN | K_WHERE | K_WITH | K_XOR
  ;

// ---------------------------------------------------------------------------------------------
// Lexer
// ---------------------------------------------------------------------------------------------

K_ALL : A L L ;
K_AND : A N D ;
K_ANY : A N Y ;
K_AS : A S ;
K_ASC : A S C ;
K_ASCENDING : A S C E N D I N G ;
K_BY : B Y ;
K_CALL : C A L L ;
K_CASE : C A S E ;
K_COMMIT : C O M M I T ;
K_CONSTRAINT : C O N S T R A I N T ;
K_CONSTRAINTS : C O N S T R A I N T S ;
K_CONTAINS : C O N T A I N S ;
K_COUNT : C O U N T ;
K_CREATE : C R E A T E ;
K_CSV : C S V ;
K_DELETE : D E L E T E ;
K_DESC : D E S C ;
K_DESCENDING : D E S C E N D I N G ;
K_DETACH : D E T A C H ;
K_DISTINCT : D I S T I N C T ;
K_DROP : D R O P ;
K_ELSE : E L S E ;
K_END : E N D ;
K_ENDS : E N D S ;
K_EXISTS : E X I S T S ;
K_EXPLAIN : E X P L A I N ;
K_FALSE : F A L S E ;
K_FIELDTERMINATOR : F I E L D T E R M I N A T O R ;
K_FOR : F O R ;
K_FROM : F R O M ;
K_HEADERS : H E A D E R S ;
K_IF : I F ;
K_IN : I N ;
K_INDEX : I N D E X ;
K_INDEXES : I N D E X E S ;
K_IS : I S ;
K_LIMIT : L I M I T ;
K_LOAD : L O A D ;
K_MATCH : M A T C H ;
K_MERGE : M E R G E ;
K_NONE : N O N E ;
K_NOT : N O T ;
K_NULL : N U L L ;
K_OF : O F ;
K_ON : O N ;
K_OPTIONAL : O P T I O N A L ;
K_OR : O R ;
K_ORDER : O R D E R ;
K_PERIODIC : P E R I O D I C ;
K_PROCEDURES : P R O C E D U R E S ;
K_PROFILE : P R O F I L E ;
K_REDUCE : R E D U C E ;
K_REMOVE : R E M O V E ;
K_REQUIRE : R E Q U I R E ;
K_RETURN : R E T U R N ;
K_ROW : R O W ;
K_ROWS : R O W S ;
K_SET : S E T ;
K_SHOW : S H O W ;
K_SINGLE : S I N G L E ;
K_SKIP : S K I P ;
K_STARTS : S T A R T S ;
K_THEN : T H E N ;
K_TRANSACTIONS : T R A N S A C T I O N S ;
K_TRUE : T R U E ;
K_UNION : U N I O N ;
K_UNIQUE : U N I Q U E ;
K_UNWIND : U N W I N D ;
K_USING : U S I N G ;
K_WHEN : W H E N ;
K_WHERE : W H E R E ;
K_WITH : W I T H ;
K_XOR : X O R ;
K_YIELD : Y I E L D ;

// Numbers. On equal length the earlier rule wins, so INVALID_NUMBER only takes text that runs
// on past a valid literal ("0x", "1e", "12abc", "0o9").
HEX_INTEGER : '0' [xX] HEX_DIGIT+ ;
OCTAL_INTEGER : '0' [oO] [0-7]+ ;
DECIMAL_INTEGER : DIGIT+ ;
FLOAT_LITERAL
  : DIGIT+ '.' DIGIT+ EXPONENT?
  | '.' DIGIT+ EXPONENT?
  | DIGIT+ EXPONENT
  ;
INVALID_NUMBER : (DIGIT+ ('.' DIGIT+)? | '.' DIGIT+) ([eE] [+-]?)? [a-zA-Z0-9_]* ;

// Escapes are checked and decoded by the transformer, which can then point at the bad one.
STRING_LITERAL
  : '\'' (~['\\] | '\\' .)* '\''
  | '"' (~["\\] | '\\' .)* '"'
  ;

ESCAPED_NAME : '`' (~'`' | '``')* '`' ;
IDENTIFIER : IDENT_START IDENT_PART* ;

LPAREN : '(' ;
RPAREN : ')' ;
LBRACKET : '[' ;
RBRACKET : ']' ;
LBRACE : '{' ;
RBRACE : '}' ;
COMMA : ',' ;
RANGE : '..' ;
DOT : '.' ;
COLON : ':' ;
SEMI : ';' ;
PIPE : '|' ;
DOLLAR : '$' ;
PLUS_EQ : '+=' ;
REGEX_MATCH : '=~' ;
EQ : '=' ;
NE : '<>' ;
BANG_EQ : '!=' ;
LE : '<=' ;
GE : '>=' ;
LT : '<' ;
GT : '>' ;
PLUS : '+' ;
MINUS : '-' ;
STAR : '*' ;
SLASH : '/' ;
PERCENT : '%' ;
CARET : '^' ;

BLOCK_COMMENT : '/*' .*? '*/' -> skip ;
LINE_COMMENT : '//' ~[\r\n]* -> skip ;
WHITESPACE : [ \t\r\n\f\u000B\u00A0\u2000-\u200A\u2028\u2029\u3000\uFEFF]+ -> skip ;

// Anything else becomes a token of its own, so the parser reports it with the expected input.
UNKNOWN_CHAR : . ;

fragment DIGIT : [0-9] ;
fragment HEX_DIGIT : [0-9a-fA-F] ;
fragment EXPONENT : [eE] [+-]? DIGIT+ ;
fragment IDENT_START : [a-zA-Z_] | [\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u1FFF\u2C00-\uD7FF\uF900-\uFDCF] ;
fragment IDENT_PART : IDENT_START | DIGIT ;

fragment A : [aA] ;
fragment B : [bB] ;
fragment C : [cC] ;
fragment D : [dD] ;
fragment E : [eE] ;
fragment F : [fF] ;
fragment G : [gG] ;
fragment H : [hH] ;
fragment I : [iI] ;
fragment J : [jJ] ;
fragment K : [kK] ;
fragment L : [lL] ;
fragment M : [mM] ;
fragment N : [nN] ;
fragment O : [oO] ;
fragment P : [pP] ;
fragment Q : [qQ] ;
fragment R : [rR] ;
fragment S : [sS] ;
fragment T : [tT] ;
fragment U : [uU] ;
fragment V : [vV] ;
fragment W : [wW] ;
fragment X : [xX] ;
fragment Y : [yY] ;
fragment Z : [zZ] ;
