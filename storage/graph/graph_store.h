#pragma once
// The property graph on RocksDB: the entry point of the storage layer.
#include <memory>
#include <optional>
#include <string>

#include "storage/catalog/catalog.h"
#include "storage/common/types.h"
#include "storage/graph/bulk_writer.h"
#include "storage/graph/statistics.h"
#include "storage/graph/transaction.h"

namespace rollcall::storage {

struct OpenOptions {
  bool createIfMissing = true;
  bool readOnly = false;
  // Memory for the column chunks the process keeps (storage/columns/column_cache.h).
  size_t columnCacheBytes = size_t{512} << 20;
};

class GraphStore {
 public:
  virtual ~GraphStore() = default;

  // Opens (creating if allowed) and locks `dir`. Errors (StorageError): LOCKED with the message
  // "database '<dir>' is in use by another process"; NOT_A_DATABASE; FORMAT_VERSION.
  static std::unique_ptr<GraphStore> open(const std::string& dir, const OpenOptions& options = {});

  virtual const std::string& path() const = 0;
  virtual Catalog& catalog() = 0;

  virtual std::unique_ptr<Transaction> begin() = 0;

  // Exact committed counts, maintained on every commit.
  virtual uint64_t nodeCount() = 0;
  virtual uint64_t relCount() = 0;
  virtual uint64_t labelCount(LabelId label) = 0;
  virtual uint64_t relTypeCount(RelTypeId type) = 0;
  // Planner statistics of the committed graph (statistics.h), maintained by every commit and
  // bulk load and persisted. Cheap to call repeatedly: answers are cached until the next write.
  virtual PropertyStats propertyStats(LabelId label, PropKeyId key) = 0;
  virtual DegreeStats degreeStats(LabelId label, RelTypeId type, Direction dir) = 0;
  // Exact number of relationships of `type` that hold `key`, maintained by every commit and bulk
  // load. Nullopt for a database of format 2 or older opened read-only (opening it for writing
  // counts them once): the caller has to read the relationships instead.
  virtual std::optional<uint64_t> relPropertyCount(RelTypeId type, PropKeyId key) = 0;
  // Whether Transaction::indexSeek can be used. False for a database of format 3 or older opened
  // read-only: its index entries are in the older encoding, which this build does not seek
  // (opening it for writing rewrites them). The planner then scans instead.
  virtual bool indexSeeksAvailable() = 0;

  // Schema. Creating an index builds it over existing data; creating a unique index fails with
  // UNIQUE_VIOLATION (and changes nothing) when existing data has duplicates.
  virtual void createIndex(const IndexInfo& index) = 0;
  virtual void dropIndex(const std::string& name) = 0;

  // Reads every block of every stored table and verifies its checksum; throws
  // StorageError(CORRUPTION) naming the damaged file. Costs a read of the whole database.
  // Needed because RocksDB 7.8's iterators can drop a damaged block's error when they move
  // from one file to the next, so a scan alone may end early without reporting it.
  virtual void verifyChecksums() = 0;

  // The bulk path (see bulk_writer.h). Takes the write slot: throws INVALID_ARGUMENT while a
  // transaction is writing.
  virtual std::unique_ptr<BulkWriter> bulkWriter() = 0;
};

}  // namespace rollcall::storage
