#include "loaders/csv/csv_record.h"

namespace rollcall::csv {

std::string_view CsvRecord::view(size_t i) const {
  size_t begin = i == 0 ? 0 : ends_[i - 1];
  return std::string_view(data_).substr(begin, ends_[i] - begin);
}

std::optional<std::string_view> CsvRecord::get(size_t i) const {
  if (i >= size() || isNull(i)) return std::nullopt;
  return view(i);
}

void CsvRecord::clear() {
  data_.clear();
  ends_.clear();
  nulls_.clear();
  line_ = 0;
}

}  // namespace rollcall::csv
