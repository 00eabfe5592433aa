#include "bench/query_pack.h"

#include <filesystem>
#include <fstream>
#include <stdexcept>

namespace rollcall::bench {

PackQuery packQuery(const std::string& dir, const std::string& prefix) {
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    std::string file = entry.path().filename().string();
    if (file.rfind(prefix, 0) != 0 || entry.path().extension() != ".cypher") continue;
    std::ifstream in(entry.path());
    std::string line, text;
    while (std::getline(in, line)) {
      if (line.rfind("//", 0) != 0) text += line + "\n";
    }
    while (!text.empty() && (text.back() == '\n' || text.back() == ';')) text.pop_back();
    return {file, text};
  }
  throw std::runtime_error("no " + prefix + "*.cypher in " + dir);
}

}  // namespace rollcall::bench
