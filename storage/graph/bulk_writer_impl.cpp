#include "storage/graph/graph_store_impl.h"
namespace rollcall::storage {
std::unique_ptr<BulkWriter> GraphStoreImpl::bulkWriter() { return nullptr; }
}  // namespace rollcall::storage
