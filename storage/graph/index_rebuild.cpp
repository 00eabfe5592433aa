// Format 4 changed the encoding of numbers in index keys (index_key_codec.h): every entry of a
// format 3 database is rewritten, one pass over the node records for all indexes together.
#include "storage/codec/big_endian.h"
#include "storage/codec/property_codec.h"
#include "storage/graph/graph_store_impl.h"
#include "storage/graph/index_entries.h"

namespace rollcall::storage {

using kv::Cf;

// The deletes come first in the batch, so the new entries written after them survive. A unique
// index whose data held an integer and the equal float on two nodes keeps both entries: the
// migration cannot ask which to drop, and refusing to open would leave no way to fix the data.
// Writing that value again then fails with a UNIQUE_VIOLATION naming one of the nodes.
void GraphStoreImpl::rebuildIndexes(rocksdb::WriteBatch& batch) {
  auto indexes = catalog_.indexSnapshot();
  if (indexes->empty()) return;
  for (const auto& index : *indexes) {
    std::string prefix = keys::indexPrefix(index.label, index.key);
    batch.DeleteRange(kv_.cf(Cf::INDEX), prefix, keys::prefixEnd(prefix));
  }
  std::unique_ptr<rocksdb::Iterator> nodes(kv_.db().NewIterator({}, kv_.cf(Cf::NODES)));
  for (nodes->SeekToFirst(); nodes->Valid(); nodes->Next()) {
    codec::Reader record(std::string_view(nodes->value().data(), nodes->value().size()));
    auto labels = record.labels();
    auto properties = record.properties();
    NodeId node = codec::getU64(nodes->key().data());
    for (const auto& entry : indexEntriesOf(node, labels, properties, *indexes)) {
      batch.Put(kv_.cf(Cf::INDEX), entry.key, "");
    }
  }
  kv::check(nodes->status(), "rebuilding indexes");
}

}  // namespace rollcall::storage
