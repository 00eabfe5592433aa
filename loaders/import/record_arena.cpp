#include "loaders/import/record_arena.h"

#include <algorithm>
#include <cstring>

namespace rollcall::loaders {
namespace {

// A field's length, or NULL_FIELD for a null field.
constexpr uint32_t NULL_FIELD = ~uint32_t{0};

template <typename Chunk>
void appendBytes(Chunk& out, const char* data, size_t size) {
  out.insert(out.end(), data, data + size);
}

template <typename Chunk>
void putU32(Chunk& out, uint32_t v) {
  appendBytes(out, reinterpret_cast<const char*>(&v), 4);
}

template <typename Chunk>
uint32_t getU32(const Chunk& in, size_t pos) {
  uint32_t v = 0;
  std::memcpy(&v, in.data() + pos, 4);
  return v;
}

void renderField(std::string& out, std::optional<std::string_view> field) {
  if (!field) return;
  bool quote = field->empty() || field->find_first_of(",\"\r\n") != std::string_view::npos;
  if (!quote) {
    out.append(*field);
    return;
  }
  out.push_back('"');
  for (char c : *field) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
}

}  // namespace

uint64_t RecordArena::append(const csv::CsvRecord& record) {
  size_t bytes = 4 + 4 * record.size();
  for (size_t i = 0; i < record.size(); ++i) bytes += record.view(i).size();
  if (chunks_.empty() || chunks_.back().size() + bytes > chunks_.back().capacity()) {
    chunks_.emplace_back().reserve(std::max(CHUNK_BYTES, bytes));
  }
  Chunk& chunk = chunks_.back();
  uint64_t handle = (uint64_t{chunks_.size() - 1} << OFFSET_BITS) | chunk.size();
  putU32(chunk, static_cast<uint32_t>(record.size()));
  for (size_t i = 0; i < record.size(); ++i) {
    if (record.isNull(i)) {
      putU32(chunk, NULL_FIELD);
      continue;
    }
    std::string_view v = record.view(i);
    putU32(chunk, static_cast<uint32_t>(v.size()));
    appendBytes(chunk, v.data(), v.size());
  }
  return handle;
}

void RecordArena::read(uint64_t handle, Fields& out) const {
  out.clear();
  const Chunk& chunk = chunks_[handle >> OFFSET_BITS];
  size_t pos = handle & ((uint64_t{1} << OFFSET_BITS) - 1);
  uint32_t count = getU32(chunk, pos);
  pos += 4;
  for (uint32_t i = 0; i < count; ++i) {
    uint32_t size = getU32(chunk, pos);
    pos += 4;
    if (size == NULL_FIELD) {
      out.emplace_back();
      continue;
    }
    out.emplace_back(std::string_view(chunk.data() + pos, size));
    pos += size;
  }
}

std::string renderFields(const Fields& fields) {
  std::string out;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out.push_back(',');
    renderField(out, fields[i]);
  }
  return out;
}

std::string renderRecord(const csv::CsvRecord& record) {
  Fields fields;
  for (size_t i = 0; i < record.size(); ++i) fields.push_back(record.get(i));
  return renderFields(fields);
}

}  // namespace rollcall::loaders
