#pragma once
// Fills the snapshots of nodes and relationships in result rows, so results can be printed after
// the transaction has ended.
#include "engine/common/value.h"

namespace rollcall::storage {
class Transaction;
class Catalog;
}  // namespace rollcall::storage

namespace rollcall {

Value withSnapshots(const Value& v, storage::Transaction& txn, storage::Catalog& catalog);

}  // namespace rollcall
