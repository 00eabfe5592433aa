#pragma once
// Resolves LOAD CSV URLs inside the import directory.
#include <string>

namespace rollcall {

// `file:///x.csv` -> <importDir>/x.csv, canonical. Throws LoadError for URLs that are not
// file URLs (http(s) is named as unsupported), paths leaving the import directory (.., absolute
// paths elsewhere, symlinks out) and missing files.
std::string resolveImportUrl(const std::string& url, const std::string& importDir);

}  // namespace rollcall
