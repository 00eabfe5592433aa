#include "engine/exec/memory_budget.h"

#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <stdexcept>

#include "engine/common/error.h"
#include "engine/exec/function/function_registry.h"

namespace rollcall {

void MemoryBudget::reserve(uint64_t bytes, std::string_view what) {
  require(bytes, what);
  held_ += bytes;
}

void MemoryBudget::require(uint64_t bytes, std::string_view what) const {
  // Without a limit, still nothing bigger than the machine: asking the allocator for 50 TB
  // aborts a sanitizer build and, with overcommit, may not fail until the pages are touched.
  uint64_t limit = limit_ != 0 ? limit_ : physicalMemory();
  if (limit != 0 && (bytes > limit || used() > limit - bytes)) exceeded(bytes, what);
}

void MemoryBudget::setTransactionBytes(uint64_t bytes) {
  if (bytes > transactionBytes_) require(bytes - transactionBytes_, "uncommitted writes");
  transactionBytes_ = bytes;
}

void MemoryBudget::exceeded(uint64_t bytes, std::string_view what) const {
  std::string limit = limit_ != 0 ? "its memory limit of " + formatMemorySize(limit_)
                                  : "this machine's memory, " + formatMemorySize(physicalMemory());
  throw CypherError(ErrorClass::MEMORY_LIMIT_EXCEEDED, "",
                    "the statement needed more than " + limit + " (" + formatMemorySize(used()) +
                        " held, " + formatMemorySize(bytes) + " more for " + std::string(what) +
                        ") and was stopped; its uncommitted writes were rolled back");
}

void FunctionContext::hold(uint64_t bytes, std::string_view what) {
  if (holder) holder->grow(*memory, bytes, what);
}

uint64_t physicalMemory() {
  static const uint64_t bytes = [] {
    long pages = ::sysconf(_SC_PHYS_PAGES);
    long pageSize = ::sysconf(_SC_PAGE_SIZE);
    // Unknown: 0, no limit rather than a made-up one.
    return pages > 0 && pageSize > 0 ? uint64_t(pages) * uint64_t(pageSize) : uint64_t{0};
  }();
  return bytes;
}

uint64_t defaultMemoryLimit() { return physicalMemory() / 2; }

namespace {

// The power of 1024 a unit names: "" and "b" 0, "k"/"kb"/"kib" 1, ... "t" 4; -1 when unknown.
int unitPower(std::string unit) {
  for (char& c : unit) c = char(std::tolower(static_cast<unsigned char>(c)));
  if (unit.empty() || unit == "b" || unit == "bytes") return 0;
  static constexpr char PREFIXES[] = "kmgt";
  for (int p = 0; p < 4; ++p) {
    std::string prefix(1, PREFIXES[p]);
    if (unit == prefix || unit == prefix + "b" || unit == prefix + "ib") return p + 1;
  }
  return -1;
}

}  // namespace

uint64_t parseMemorySize(std::string_view text) {
  std::string s(text);
  if (s == "off" || s == "0") return 0;
  size_t numberEnd = 0;
  while (numberEnd < s.size() && (std::isdigit(static_cast<unsigned char>(s[numberEnd])) ||
                                  s[numberEnd] == '.')) {
    ++numberEnd;
  }
  size_t unitStart = numberEnd;
  while (unitStart < s.size() && s[unitStart] == ' ') ++unitStart;
  int power = unitPower(s.substr(unitStart));
  bool oneDot = std::count(s.begin(), s.begin() + long(numberEnd), '.') <= 1;
  if (numberEnd == 0 || power < 0 || !oneDot) {
    throw std::invalid_argument("'" + s + "' is not a size (examples: 512MiB, 2G, off)");
  }
  double bytes = std::stod(s.substr(0, numberEnd)) * std::pow(1024.0, power);
  if (!(bytes >= 1) || bytes > 9.2e18) {
    throw std::invalid_argument("'" + s + "' is out of range (1 byte to 8 EiB, or off)");
  }
  return uint64_t(bytes);
}

std::string formatMemorySize(uint64_t bytes) {
  static constexpr const char* UNITS[] = {"KiB", "MiB", "GiB", "TiB"};
  if (bytes < 1024) return std::to_string(bytes) + " bytes";
  double value = double(bytes) / 1024;
  int unit = 0;
  while (value >= 1024 && unit < 3) {
    value /= 1024;
    ++unit;
  }
  char text[32];
  std::snprintf(text, sizeof text, value < 10 ? "%.1f %s" : "%.0f %s", value, UNITS[unit]);
  return text;
}

}  // namespace rollcall
