#include "engine/exec/operators/import_path.h"

#include <filesystem>

#include "engine/common/error.h"

namespace rollcall {
namespace {

namespace fs = std::filesystem;

CypherError loadError(const std::string& message) {
  return CypherError(ErrorClass::LOAD_ERROR, "", message);
}

bool startsWith(const std::string& s, const std::string& prefix) {
  return s.compare(0, prefix.size(), prefix) == 0;
}

std::string relativePart(const std::string& url) {
  if (startsWith(url, "http://") || startsWith(url, "https://") || startsWith(url, "ftp://")) {
    throw loadError("Cannot load from URL '" + url +
                    "': only file:/// URLs inside the import directory are supported");
  }
  if (startsWith(url, "file:///")) return url.substr(8);
  if (startsWith(url, "file://")) return url.substr(7);
  if (startsWith(url, "file:/")) return url.substr(6);
  throw loadError("Invalid URL '" + url + "': expected file:///<path inside the import directory>");
}

bool isInside(const fs::path& path, const fs::path& dir) {
  auto rel = path.lexically_relative(dir);
  return !rel.empty() && *rel.begin() != ".." && !rel.is_absolute();
}

}  // namespace

std::string resolveImportUrl(const std::string& url, const std::string& importDir) {
  std::string rel = relativePart(url);
  std::error_code ec;
  fs::path dir =
      fs::weakly_canonical(importDir.empty() ? fs::current_path() : fs::path(importDir), ec);
  // file:///x.csv names x.csv inside the import directory (as in Neo4j); file:////abs/x.csv
  // names an absolute path, accepted only when it lies inside the import directory.
  fs::path given(rel);
  if (given.is_absolute() && !isInside(given.lexically_normal(), dir)) {
    throw loadError("Cannot load '" + url + "': the absolute path '" + given.string() +
                    "' is outside the import directory '" + dir.string() + "'");
  }
  fs::path candidate = given.is_absolute() ? given : dir / given;
  if (!isInside(candidate.lexically_normal(), dir)) {
    throw loadError("Cannot load '" + url + "': the path leaves the import directory '" +
                    dir.string() + "'");
  }
  if (!fs::exists(candidate, ec)) {
    throw loadError("Couldn't load the external resource at: " + url + " (no file '" +
                    candidate.string() + "')");
  }
  fs::path real = fs::canonical(candidate, ec);
  if (ec || !isInside(real, dir)) {
    throw loadError("Cannot load '" + url + "': it resolves outside the import directory '" +
                    dir.string() + "'");
  }
  return real.string();
}

}  // namespace rollcall
