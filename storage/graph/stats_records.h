#pragma once
// The stored form of planner statistics (keys in codec/keys.h) and their update at commit.
// Only .cpp files include this header.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "storage/graph/statistics.h"
#include "storage/graph/stats_delta.h"
#include "storage/kv/kv_store.h"

namespace rollcall::storage {

// The records `delta` changes, merged with the committed ones: (meta key, value) pairs to write
// in the same batch (or file) as the data. The caller holds the write slot, so nothing changes
// the committed records between this read and that write.
std::vector<std::pair<std::string, std::string>> mergedStatsRecords(kv::KvStore& kv,
                                                                    const StatsDelta& delta);

PropertyStats decodePropertyStats(std::string_view value);
DegreeStats decodeDegreeStats(std::string_view value);

}  // namespace rollcall::storage
