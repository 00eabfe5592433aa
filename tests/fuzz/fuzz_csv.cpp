// The CSV reader (the one LOAD CSV and the bulk loader share) with every option it has, chosen
// by the first two bytes of the input; the rest is the file. A CsvError is the expected answer
// to bad input; anything else escaping, or a sanitizer report, is a bug.
//
//   byte 0: the field terminator, any byte (invalid ones must be refused with a CsvError)
//   byte 1: bit 0 backslashEscapesQuote, bit 1 skipEmptyLines, bit 2 read a header first,
//           bit 3 allowDuplicateNames, bits 4-5 bufferBytes (1, 3, 7 or the default: tiny
//           buffers put every record across refills), bit 6 maxRecordBytes of 16,
//           bit 7 requireFieldCount against the first record
#include <cstdint>
#include <optional>
#include <string>

#include "loaders/csv/csv_header.h"
#include "loaders/csv/csv_reader.h"

namespace {

using namespace rollcall::csv;

constexpr size_t BUFFER_SIZES[] = {1, 3, 7, CsvOptions{}.bufferBytes};

CsvOptions optionsFrom(uint8_t terminator, uint8_t flags) {
  CsvOptions options;
  options.fieldTerminator = char(terminator);
  options.backslashEscapesQuote = flags & 0x01;
  options.skipEmptyLines = flags & 0x02;
  options.bufferBytes = BUFFER_SIZES[(flags >> 4) & 0x03];
  if (flags & 0x40) options.maxRecordBytes = 16;
  return options;
}

// Touches every field the way the loaders do, so a bad view is read and reported.
size_t consume(const CsvRecord& record) {
  size_t bytes = 0;
  for (size_t i = 0; i <= record.size(); ++i) {
    if (auto field = record.get(i)) bytes += field->size();
  }
  for (size_t i = 0; i < record.size(); ++i) bytes += record.isNull(i) + record.view(i).size();
  return bytes;
}

void readAll(CsvReader& reader, uint8_t flags) {
  std::optional<CsvHeader> header;
  if (flags & 0x04) {
    header = CsvHeader::read(reader, {.allowDuplicateNames = bool(flags & 0x08)});
  }
  CsvRecord record;
  std::optional<size_t> width;
  while (reader.next(record)) {
    consume(record);
    if (!width) width = record.size();
    if (flags & 0x80) reader.requireFieldCount(record, *width);
    if (!header) continue;
    for (size_t i = 0; i < header->size(); ++i) {
      if (auto name = header->name(i)) header->value(record, *name);
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 2) return 0;
  std::string text(reinterpret_cast<const char*>(data) + 2, size - 2);
  try {
    CsvReader reader = CsvReader::fromString(std::move(text), optionsFrom(data[0], data[1]));
    readAll(reader, data[1]);
  } catch (const CsvError&) {
  }
  return 0;
}
