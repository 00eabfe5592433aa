#include "loaders/generate/mess.h"

#include <array>
#include <string>
#include <string_view>

namespace rollcall::loaders {
namespace {

constexpr uint64_t MESS_PER_MILLION = 10000;  // 1%

// Ids as they turn up in exported spreadsheets; toInteger() is null for every one of them.
constexpr std::array<std::string_view, 5> JUNK_IDS = {"abc", "N/A", "12x", "?", "#REF!"};

}  // namespace

MessKind Mess::pick(std::initializer_list<MessKind> kinds) {
  if (!enabled_ || !random_.chance(MESS_PER_MILLION)) return MessKind::NONE;
  return kinds.begin()[random_.below(kinds.size())];
}

void Mess::id(csv::CsvWriter& out, uint64_t id, MessKind kind) {
  if (kind != MessKind::SPACES) {
    out.value(static_cast<int64_t>(id));
    return;
  }
  std::string digits = std::to_string(id);
  switch (random_.below(3)) {
    case 0:
      out.verbatim(" " + digits);
      break;
    case 1:
      out.verbatim(digits + " ");
      break;
    default:
      out.verbatim(" " + digits + " ");
  }
}

void Mess::junkId(csv::CsvWriter& out) { out.value(JUNK_IDS[random_.below(JUNK_IDS.size())]); }

void Mess::junkRow(csv::CsvWriter& out, int fields) {
  junkId(out);
  for (int i = 1; i < fields; ++i) out.null();
  out.endRecord();
  ++extraRows_;
}

void Mess::extraAttendance(csv::CsvWriter& out, MessKind kind, uint64_t student, uint64_t session,
                           Bounds bounds) {
  switch (kind) {
    case MessKind::NON_NUMERIC:
      junkId(out);
      out.value(static_cast<int64_t>(session));
      break;
    case MessKind::DUPLICATE:
      out.value(static_cast<int64_t>(student));
      out.value(static_cast<int64_t>(session));
      break;
    case MessKind::UNKNOWN_STUDENT:
      out.value(static_cast<int64_t>(bounds.students + 1 + random_.below(1000)));
      out.value(static_cast<int64_t>(session));
      break;
    case MessKind::UNKNOWN_SESSION:
      out.value(static_cast<int64_t>(student));
      out.value(static_cast<int64_t>(bounds.sessions + 1 + random_.below(1000)));
      break;
    default:
      return;
  }
  out.endRecord();
  ++extraRows_;
}

}  // namespace rollcall::loaders
