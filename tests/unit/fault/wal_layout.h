#pragma once
// Where the records of a RocksDB write-ahead log start. Each physical record has a 7-byte
// header: checksum (4), length (2), type (1); the checksum covers the type and the payload but
// not the length; records never cross a 32 KiB block; a block's last < 7 bytes are padding.
#include <cstddef>
#include <string>

namespace rollcall::fault {

inline constexpr size_t WAL_BLOCK = 32768;
inline constexpr size_t WAL_HEADER = 7;

// True when `offset` is a byte of the length field of a record in the file's last block.
// A length flipped there can make the record reach past the end of the file, which RocksDB
// cannot tell from a write a crash cut short: it drops that record and those after it.
inline bool isTailLengthByte(const std::string& wal, size_t offset) {
  size_t lastBlock = wal.empty() ? 0 : (wal.size() - 1) / WAL_BLOCK * WAL_BLOCK;
  for (size_t pos = 0; pos + WAL_HEADER <= wal.size();) {
    size_t blockEnd = (pos / WAL_BLOCK + 1) * WAL_BLOCK;
    if (blockEnd - pos < WAL_HEADER) {
      pos = blockEnd;
      continue;
    }
    size_t length = size_t(uint8_t(wal[pos + 4])) | size_t(uint8_t(wal[pos + 5])) << 8;
    if (length == 0 && wal[pos + 6] == 0) {  // zero padding: the rest of the block is unused
      pos = blockEnd;
      continue;
    }
    if (pos >= lastBlock && (offset == pos + 4 || offset == pos + 5)) return true;
    pos += WAL_HEADER + length;
  }
  return false;
}

}  // namespace rollcall::fault
