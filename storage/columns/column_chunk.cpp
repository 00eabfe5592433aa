#include "storage/columns/column_chunk.h"

#include <algorithm>

namespace rollcall::storage {

size_t ChunkBitmap::count() const {
  size_t n = 0;
  for (uint64_t w : words) n += size_t(std::popcount(w));
  return n;
}

bool ChunkBitmap::empty() const {
  return std::all_of(words.begin(), words.end(), [](uint64_t w) { return w == 0; });
}

namespace {

using Layout = PropertyChunk::Layout;

Layout layoutOf(PropertyValue::Type type) {
  switch (type) {
    case PropertyValue::Type::BOOL: return Layout::BOOL;
    case PropertyValue::Type::INT: return Layout::INT;
    case PropertyValue::Type::DOUBLE: return Layout::DOUBLE;
    case PropertyValue::Type::DATE: return Layout::DATE;
    case PropertyValue::Type::STRING: return Layout::STRING;
    default: return Layout::MIXED;
  }
}

// The one layout every present value fits, MIXED when they differ.
Layout commonLayout(const std::vector<PropertyValue>& values) {
  Layout layout = Layout::EMPTY;
  for (const auto& v : values) {
    if (v.isNull()) continue;
    Layout own = layoutOf(v.type());
    if (layout == Layout::EMPTY) {
      layout = own;
    } else if (layout != own) {
      return Layout::MIXED;
    }
  }
  return layout;
}

int64_t asInt64(const PropertyValue& v, Layout layout) {
  if (layout == Layout::BOOL) return v.asBool() ? 1 : 0;
  if (layout == Layout::DATE) return v.asDate().days;
  return v.asInt();
}

}  // namespace

PropertyChunk PropertyChunk::fromValues(std::vector<PropertyValue> values) {
  PropertyChunk chunk;
  chunk.layout = commonLayout(values);
  for (size_t s = 0; s < values.size(); ++s) {
    if (!values[s].isNull()) chunk.present.set(s);
  }
  switch (chunk.layout) {
    case Layout::EMPTY: break;
    case Layout::BOOL:
    case Layout::INT:
    case Layout::DATE:
      chunk.ints.assign(values.size(), 0);
      for (size_t s = 0; s < values.size(); ++s) {
        if (chunk.has(s)) chunk.ints[s] = asInt64(values[s], chunk.layout);
      }
      break;
    case Layout::DOUBLE:
      chunk.doubles.assign(values.size(), 0);
      for (size_t s = 0; s < values.size(); ++s) {
        if (chunk.has(s)) chunk.doubles[s] = values[s].asDouble();
      }
      break;
    case Layout::STRING:
      chunk.offsets.reserve(values.size() + 1);
      for (const auto& v : values) {
        chunk.offsets.push_back(uint32_t(chunk.chars.size()));
        if (!v.isNull()) chunk.chars += v.asString();
      }
      chunk.offsets.push_back(uint32_t(chunk.chars.size()));
      break;
    case Layout::MIXED: chunk.mixed = std::move(values); break;
  }
  return chunk;
}

PropertyValue PropertyChunk::get(size_t slot) const {
  if (!has(slot)) return {};
  switch (layout) {
    case Layout::EMPTY: return {};
    case Layout::BOOL: return PropertyValue(ints[slot] != 0);
    case Layout::INT: return PropertyValue(ints[slot]);
    case Layout::DATE: return PropertyValue(Date{int32_t(ints[slot])});
    case Layout::DOUBLE: return PropertyValue(doubles[slot]);
    case Layout::STRING: return PropertyValue(std::string(stringAt(slot)));
    case Layout::MIXED: return mixed[slot];
  }
  return {};
}

size_t PropertyChunk::memoryBytes() const {
  // A MIXED value's own heap (strings, lists) is counted as a typical 32 bytes.
  return sizeof(*this) + ints.capacity() * sizeof(int64_t) + doubles.capacity() * sizeof(double) +
         chars.capacity() + offsets.capacity() * sizeof(uint32_t) +
         mixed.capacity() * (sizeof(PropertyValue) + 32);
}

}  // namespace rollcall::storage
