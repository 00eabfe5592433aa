#include "loaders/csv/csv_reader.h"

#include <cerrno>
#include <cstring>
#include <utility>

namespace rollcall::csv {
namespace {

void validate(const std::string& path, const CsvOptions& options) {
  auto t = static_cast<unsigned char>(options.fieldTerminator);
  if (t == '"' || t == '\r' || t == '\n' || t >= 0x80) {
    throw CsvError(path, 0, 0, "invalid field terminator");
  }
}

// Room for a whole BOM in the first chunk, so skipBom never has to look across chunks.
constexpr size_t MIN_BUFFER_BYTES = 4;

}  // namespace

CsvReader::CsvReader(std::string path, CsvOptions options)
    : CsvReader(path, (validate(path, options), CsvSource::openFile(path)), options) {}

CsvReader CsvReader::fromString(std::string text, CsvOptions options, std::string name) {
  validate(name, options);
  return CsvReader(std::move(name), CsvSource::fromString(std::move(text)), options);
}

CsvReader::CsvReader(std::string path, std::unique_ptr<CsvSource> source, CsvOptions options)
    : path_(std::move(path)),
      source_(std::move(source)),
      options_(options),
      buf_(std::max(options.bufferBytes, MIN_BUFFER_BYTES)) {
  auto delimiter = static_cast<unsigned char>(options_.fieldTerminator);
  for (unsigned c : {unsigned('\r'), unsigned('\n')}) unquotedStop_[c] = quotedStop_[c] = true;
  for (unsigned c = 0x80; c < 256; ++c) unquotedStop_[c] = quotedStop_[c] = true;
  unquotedStop_[delimiter] = true;
  quotedStop_['"'] = true;
  quotedStop_['\\'] = options_.backslashEscapesQuote;
  skipBom();
}

void CsvReader::skipBom() {
  // A short file can arrive in pieces: gather the first 3 bytes before deciding.
  while (end_ < 3 && !eof_) {
    long n = source_->read(buf_.data() + end_, buf_.size() - end_);
    if (n < 0) fail(0, 0, std::string("read error: ") + std::strerror(errno));
    if (n == 0) eof_ = true;
    end_ += static_cast<size_t>(n);
  }
  if (end_ >= 3 && std::memcmp(buf_.data(), "\xEF\xBB\xBF", 3) == 0) {
    pos_ = 3;
    lineStart_ = 3;  // the BOM is not part of line 1: columns count from the first character
  }
}

bool CsvReader::refill() {
  if (eof_) return false;
  if (current_ != nullptr && current_->data_.size() > options_.maxRecordBytes) {
    fail(current_->line(), 0,
         "record exceeds " + std::to_string(options_.maxRecordBytes) +
             " bytes (is a quote unbalanced?)");
  }
  bufStart_ += end_;
  pos_ = end_ = 0;
  long n = source_->read(buf_.data(), buf_.size());
  if (n < 0) fail(line_, 0, std::string("read error: ") + std::strerror(errno));
  if (n == 0) eof_ = true;
  end_ = static_cast<size_t>(n);
  return n > 0;
}

bool CsvReader::next(CsvRecord& out) {
  out.clear();
  if (!atRecordStart()) return false;
  out.line_ = line_;
  current_ = &out;
  while (readField(out) == FieldEnd::DELIMITER) {
  }
  current_ = nullptr;
  return true;
}

bool CsvReader::atRecordStart() {
  for (;;) {
    int c = peek();
    if (c < 0) return false;
    if (!options_.skipEmptyLines || (c != '\r' && c != '\n')) return true;
    consumeLineEnd(nullptr);
  }
}

CsvReader::FieldEnd CsvReader::readField(CsvRecord& out) {
  return peek() == '"' ? readQuoted(out) : readUnquoted(out);
}

CsvReader::FieldEnd CsvReader::readUnquoted(CsvRecord& out) {
  size_t fieldStart = out.data_.size();
  for (;;) {
    const char* p = buf_.data() + pos_;
    const char* e = buf_.data() + end_;
    const char* q = p;
    while (q < e && !unquotedStop_[static_cast<unsigned char>(*q)]) ++q;
    out.data_.append(p, q);
    pos_ += static_cast<size_t>(q - p);
    int c = peek();
    if (c >= 0 && !unquotedStop_[c]) continue;  // the run went on in the next chunk
    if (c >= 0x80) {
      readUtf8(out);
      continue;
    }
    out.endField(/*isNull=*/out.data_.size() == fieldStart);
    if (c < 0) return FieldEnd::END_OF_INPUT;
    if (c == '\r' || c == '\n') {
      consumeLineEnd(nullptr);
      return FieldEnd::LINE_END;
    }
    ++pos_;  // the field terminator
    return FieldEnd::DELIMITER;
  }
}

CsvReader::FieldEnd CsvReader::readQuoted(CsvRecord& out) {
  uint64_t startLine = line_;
  uint64_t startColumn = column();
  ++pos_;  // the opening quote
  for (;;) {
    const char* p = buf_.data() + pos_;
    const char* e = buf_.data() + end_;
    const char* q = p;
    while (q < e && !quotedStop_[static_cast<unsigned char>(*q)]) ++q;
    out.data_.append(p, q);
    pos_ += static_cast<size_t>(q - p);
    int c = peek();
    if (c >= 0 && !quotedStop_[c]) continue;  // the run went on in the next chunk
    if (c < 0) fail(startLine, startColumn, "unterminated quoted field");
    if (c == '"') {
      ++pos_;
      if (peek() != '"') return afterClosingQuote(out);
      out.data_.push_back('"');
      ++pos_;
    } else if (c == '\\') {
      readEscape(out);
    } else if (c == '\r' || c == '\n') {
      consumeLineEnd(&out);
    } else {
      readUtf8(out);
    }
  }
}

CsvReader::FieldEnd CsvReader::afterClosingQuote(CsvRecord& out) {
  out.endField(/*isNull=*/false);
  int c = peek();
  if (c < 0) return FieldEnd::END_OF_INPUT;
  if (c == '\r' || c == '\n') {
    consumeLineEnd(nullptr);
    return FieldEnd::LINE_END;
  }
  if (c != static_cast<unsigned char>(options_.fieldTerminator)) {
    fail(line_, column(), "unexpected character after closing quote");
  }
  ++pos_;
  return FieldEnd::DELIMITER;
}

// Only \" is an escape (Neo4j's legacy quote escaping); any other backslash is literal.
void CsvReader::readEscape(CsvRecord& out) {
  ++pos_;
  if (peek() == '"') {
    out.data_.push_back('"');
    ++pos_;
  } else {
    out.data_.push_back('\\');
  }
}

// Validates one multi-byte UTF-8 sequence (no overlongs, surrogates or code points above
// U+10FFFF) and copies it; errors point at its first byte.
void CsvReader::readUtf8(CsvRecord& out) {
  uint64_t startColumn = column();
  int lead = peek();
  int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
  int low = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
  int high = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
  if (lead < 0xC2 || lead > 0xF4) fail(line_, startColumn, "invalid UTF-8");
  out.data_.push_back(static_cast<char>(lead));
  ++pos_;
  for (int i = 1; i < length; ++i) {
    int c = peek();
    if (c < low || c > high) fail(line_, startColumn, "invalid UTF-8");
    out.data_.push_back(static_cast<char>(c));
    ++pos_;
    low = 0x80;
    high = 0xBF;
  }
}

// Consumes CRLF, LF or CR; inside a quoted field the line end is part of the value.
void CsvReader::consumeLineEnd(CsvRecord* keepIn) {
  char c = buf_[pos_++];
  if (keepIn != nullptr) keepIn->data_.push_back(c);
  if (c == '\r' && peek() == '\n') {
    if (keepIn != nullptr) keepIn->data_.push_back('\n');
    ++pos_;
  }
  ++line_;
  lineStart_ = bufStart_ + pos_;
}

void CsvReader::requireFieldCount(const CsvRecord& record, size_t expected) const {
  if (record.size() == expected) return;
  fail(record.line(), 0,
       "expected " + std::to_string(expected) + " fields, found " + std::to_string(record.size()));
}

void CsvReader::fail(uint64_t line, uint64_t column, const std::string& message) const {
  throw CsvError(path_, line, column, message);
}

}  // namespace rollcall::csv
