#include "loaders/csv/csv_header.h"

namespace rollcall::csv {

CsvHeader CsvHeader::read(CsvReader& reader, CsvHeaderOptions options) {
  CsvHeader header;
  CsvRecord record;
  if (!reader.next(record)) return header;
  header.line_ = record.line();
  for (size_t i = 0; i < record.size(); ++i) {
    std::string_view name = record.view(i);
    if (name.empty()) {
      header.names_.emplace_back(std::nullopt);
      continue;
    }
    header.names_.emplace_back(std::string(name));
    auto [it, inserted] = header.index_.try_emplace(std::string(name), i);
    if (inserted) continue;
    if (!options.allowDuplicateNames) {
      throw CsvError(reader.path(), record.line(), 0,
                     "duplicate column name '" + std::string(name) + "' (columns " +
                         std::to_string(it->second + 1) + " and " + std::to_string(i + 1) + ")");
    }
    it->second = i;
  }
  return header;
}

std::optional<std::string_view> CsvHeader::name(size_t i) const {
  if (i >= names_.size() || !names_[i]) return std::nullopt;
  return std::string_view(*names_[i]);
}

std::optional<size_t> CsvHeader::indexOf(std::string_view name) const {
  auto it = index_.find(name);
  if (it == index_.end()) return std::nullopt;
  return it->second;
}

std::optional<std::string_view> CsvHeader::value(const CsvRecord& record,
                                                 std::string_view name) const {
  auto index = indexOf(name);
  if (!index) return std::nullopt;
  return record.get(*index);
}

}  // namespace rollcall::csv
