#pragma once
// Fixed-width big-endian integers: in keys, byte order equals numeric order, so RocksDB's
// bytewise comparator sorts ids numerically and a prefix seek lands on the smallest id.
#include <cstdint>
#include <string>
#include <string_view>

namespace rollcall::storage::codec {

inline void putU32(std::string& out, uint32_t v) {
  char b[4] = {char(v >> 24), char(v >> 16), char(v >> 8), char(v)};
  out.append(b, 4);
}

inline void putU64(std::string& out, uint64_t v) {
  char b[8];
  for (int i = 7; i >= 0; --i, v >>= 8) b[i] = char(v & 0xff);
  out.append(b, 8);
}

inline uint32_t getU32(const char* p) {
  auto u = reinterpret_cast<const unsigned char*>(p);
  return (uint32_t{u[0]} << 24) | (uint32_t{u[1]} << 16) | (uint32_t{u[2]} << 8) | u[3];
}

inline uint64_t getU64(const char* p) {
  auto u = reinterpret_cast<const unsigned char*>(p);
  uint64_t v = 0;
  for (int i = 0; i < 8; ++i) v = (v << 8) | u[i];
  return v;
}

inline uint32_t getU32(std::string_view s, size_t at) { return getU32(s.data() + at); }
inline uint64_t getU64(std::string_view s, size_t at) { return getU64(s.data() + at); }

}  // namespace rollcall::storage::codec
