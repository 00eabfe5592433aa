#include "loaders/import/graph_schema.h"

#include <algorithm>

namespace rollcall::loaders {

GraphTokens GraphTokens::intern(storage::Catalog& c) {
  GraphTokens t{};
  t.student = c.getOrCreateLabel("Student");
  t.session = c.getOrCreateLabel("Session");
  t.instructor = c.getOrCreateLabel("Instructor");
  t.module = c.getOrCreateLabel("Module");
  t.attended = c.getOrCreateRelType("ATTENDED");
  t.taughtBy = c.getOrCreateRelType("TAUGHT_BY");
  t.belongsTo = c.getOrCreateRelType("BELONGS_TO");
  t.studentId = c.getOrCreatePropKey("student_id");
  t.name = c.getOrCreatePropKey("name");
  t.email = c.getOrCreatePropKey("email");
  t.gender = c.getOrCreatePropKey("gender");
  t.country = c.getOrCreatePropKey("country");
  t.sessionId = c.getOrCreatePropKey("session_id");
  t.date = c.getOrCreatePropKey("date");
  t.duration = c.getOrCreatePropKey("duration");
  t.instructorName = c.getOrCreatePropKey("instructor");
  t.moduleName = c.getOrCreatePropKey("module");
  return t;
}

void ensureConstraints(storage::GraphStore& store, const GraphTokens& t) {
  const storage::IndexInfo wanted[] = {
      {"student_id_unique", t.student, t.studentId, /*unique=*/true},
      {"session_id_unique", t.session, t.sessionId, /*unique=*/true},
      {"instructor_unique", t.instructor, t.instructorName, /*unique=*/true},
      {"module_unique", t.module, t.moduleName, /*unique=*/true},
  };
  for (const storage::IndexInfo& index : wanted) {
    if (!store.catalog().findIndex(index.label, index.key)) store.createIndex(index);
  }
}

uint32_t NodeDirectory::indexOf(int64_t key) {
  if (std::optional<uint32_t> found = find(key)) return *found;
  auto index = static_cast<uint32_t>(nodes_.size());
  nodes_.push_back(NO_NODE);
  if (fitsSmall(key)) {
    bySmallKey_[key] = index;
  } else {
    byKey_.insert(static_cast<uint64_t>(key), index);
  }
  return index;
}

bool NodeDirectory::fitsSmall(int64_t key) {
  if (key < 0) return false;
  auto k = static_cast<uint64_t>(key);
  if (k < bySmallKey_.size()) return true;
  if (k >= 4 * (nodes_.size() + 1024)) return false;
  bySmallKey_.resize(std::max<uint64_t>(k + 1, bySmallKey_.size() * 2), NO_INDEX);
  return true;
}

FlatIdMap NodeDirectory::reverse() const {
  FlatIdMap out;
  for (size_t i = 0; i < nodes_.size(); ++i) {
    if (nodes_[i] != NO_NODE) out.insert(nodes_[i], i);
  }
  return out;
}

namespace {

// Calls fn(node, value of key) for every node of `label`.
template <typename Fn>
void forEachLabelled(storage::GraphStore& store, storage::LabelId label, storage::PropKeyId key,
                     Fn fn) {
  if (store.labelCount(label) == 0) return;
  auto txn = store.begin();
  auto cursor = txn->scanLabel(label);
  std::vector<storage::NodeId> batch(4096);
  while (size_t n = cursor->next(batch.data(), batch.size())) {
    for (size_t i = 0; i < n; ++i) fn(batch[i], txn->nodeProperty(batch[i], key));
  }
}

}  // namespace

void readIntKeyed(storage::GraphStore& store, storage::LabelId label, storage::PropKeyId key,
                  NodeDirectory& out) {
  // Nodes made by other means may lack the key or hold another type: MATCH on an integer
  // key would not find them either.
  forEachLabelled(store, label, key, [&](storage::NodeId node, const storage::PropertyValue& v) {
    if (v.type() == storage::PropertyValue::Type::INT) out.setNode(out.indexOf(v.asInt()), node);
  });
}

NameDirectory readNameKeyed(storage::GraphStore& store, storage::LabelId label,
                            storage::PropKeyId key) {
  NameDirectory out;
  forEachLabelled(store, label, key, [&](storage::NodeId node, const storage::PropertyValue& v) {
    if (v.type() == storage::PropertyValue::Type::STRING) out.emplace(v.asString(), node);
  });
  return out;
}

}  // namespace rollcall::loaders
