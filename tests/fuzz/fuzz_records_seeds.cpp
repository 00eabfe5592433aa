// Writes seed inputs for fuzz_records: records made by the storage encoders, each behind the
// byte that picks its decoder (see fuzz_records.cpp), one file each into the directory given.
//
//   fuzz_records_seeds OUT_DIR
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "storage/codec/big_endian.h"
#include "storage/codec/property_codec.h"
#include "storage/common/hyperloglog.h"

namespace {

using namespace rollcall::storage;

const Properties SAMPLE_PROPERTIES = {
    {0, PropertyValue(int64_t{-7})},
    {1, PropertyValue(std::string("Ann"))},
    {2, PropertyValue(2.5)},
    {3, PropertyValue(true)},
    {4, PropertyValue(Date{19723})},
    {5, PropertyValue(PropertyList{PropertyValue(int64_t{1}), PropertyValue(int64_t{300})})},
};

std::vector<std::string> records() {
  std::vector<std::string> out;
  std::string node(1, char(0));
  codec::encodeNodeRecord(node, {1, 3}, SAMPLE_PROPERTIES);
  out.push_back(node);
  std::string rel(1, char(4));
  codec::encodeRelRecord(rel, 2, 10, 11, SAMPLE_PROPERTIES);
  out.push_back(rel);
  std::string values(1, char(1));
  for (const auto& [key, value] : SAMPLE_PROPERTIES) codec::encodeValue(values, value);
  out.push_back(values);
  HyperLogLog sketch;
  for (uint64_t i = 1; i < 100; ++i) sketch.add(i * 0x9E3779B97F4A7C15ull);
  std::string stats(1, char(2));
  codec::putU64(stats, 99);
  stats.push_back(1);
  codec::putU64(stats, 0);
  codec::putU64(stats, 0x4059000000000000ull);  // 100.0
  stats.append(sketch.bytes());
  out.push_back(stats);
  std::string degrees(1, char(3));
  codec::putU64(degrees, 32);
  codec::putU64(degrees, 7);
  out.push_back(degrees);
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: fuzz_records_seeds OUT_DIR\n");
    return 2;
  }
  std::filesystem::create_directories(argv[1]);
  int n = 0;
  for (const std::string& record : records()) {
    std::ofstream(std::filesystem::path(argv[1]) / ("encoded-" + std::to_string(n++)),
                  std::ios::binary)
        << record;
  }
  std::printf("fuzz_records_seeds: %d records seeds in %s\n", n, argv[1]);
  return 0;
}
