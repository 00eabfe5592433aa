#pragma once
// The Cypher keywords, for the shell's completion. Read from the grammar's generated vocabulary,
// so the grammar is the one list that feeds both the parser and the completion.
#include <string>
#include <vector>

namespace rollcall {

// Upper-case keywords ("MATCH", "WHERE", ...), in alphabetical order.
std::vector<std::string> cypherKeywords();

}  // namespace rollcall
