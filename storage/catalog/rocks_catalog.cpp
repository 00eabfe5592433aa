#include "storage/catalog/rocks_catalog.h"

#include <algorithm>

#include "storage/codec/keys.h"

namespace rollcall::storage {

using kv::Cf;

RocksCatalog::RocksCatalog(kv::KvStore& kv)
    : kv_(kv), indexes_(std::make_shared<std::vector<IndexInfo>>()) {
  load();
}

void RocksCatalog::load() {
  std::unique_ptr<rocksdb::Iterator> it(kv_.db().NewIterator({}, kv_.cf(Cf::META)));
  for (it->Seek(keys::TOKEN_PREFIX); it->Valid() && it->key().starts_with(keys::TOKEN_PREFIX);
       it->Next()) {
    auto key = it->key().ToStringView();
    char kind = key[keys::TOKEN_PREFIX.size()];
    Tokens& t = kind == 'L' ? labels_ : kind == 'T' ? relTypes_ : propKeys_;
    uint32_t id = codec::getU32(key, keys::TOKEN_PREFIX.size() + 1);
    if (t.names.size() <= id) t.names.resize(id + 1);
    t.names[id] = it->value().ToString();
    t.ids.emplace(t.names[id], id);
  }
  std::vector<IndexInfo> indexes;
  for (it->Seek(keys::INDEX_DEF_PREFIX);
       it->Valid() && it->key().starts_with(keys::INDEX_DEF_PREFIX); it->Next()) {
    auto value = it->value().ToStringView();
    indexes.push_back({it->key().ToString().substr(keys::INDEX_DEF_PREFIX.size()),
                       codec::getU32(value, 0), codec::getU32(value, 4), value[8] != 0});
  }
  kv::check(it->status(), "cannot read catalog");
  setIndexes(std::move(indexes));
}

std::optional<uint32_t> RocksCatalog::find(const Tokens& t, std::string_view name) const {
  std::lock_guard lock(mutex_);
  auto it = t.ids.find(std::string(name));
  if (it == t.ids.end()) return std::nullopt;
  return it->second;
}

// Tokens are written (synced) at once, outside any transaction.
uint32_t RocksCatalog::getOrCreate(Tokens& t, std::string_view name) {
  std::lock_guard lock(mutex_);
  auto it = t.ids.find(std::string(name));
  if (it != t.ids.end()) return it->second;
  auto id = uint32_t(t.names.size());
  std::string key = keys::TOKEN_PREFIX;
  key.push_back(t.kind);
  codec::putU32(key, id);
  rocksdb::WriteBatch batch;
  batch.Put(kv_.cf(Cf::META), key, rocksdb::Slice(name.data(), name.size()));
  kv_.write(batch);
  t.names.emplace_back(name);
  t.ids.emplace(t.names.back(), id);
  return id;
}

const std::string& RocksCatalog::name(const Tokens& t, uint32_t id) const {
  std::lock_guard lock(mutex_);
  if (id >= t.names.size()) {
    throw StorageError(StorageErrorKind::INVALID_ARGUMENT,
                       "unknown token id " + std::to_string(id));
  }
  return t.names[id];
}

std::vector<std::pair<uint32_t, std::string>> RocksCatalog::list(const Tokens& t) const {
  std::lock_guard lock(mutex_);
  std::vector<std::pair<uint32_t, std::string>> out;
  for (uint32_t i = 0; i < t.names.size(); ++i) out.emplace_back(i, t.names[i]);
  return out;
}

std::optional<LabelId> RocksCatalog::findLabel(std::string_view n) const {
  return find(labels_, n);
}
std::optional<RelTypeId> RocksCatalog::findRelType(std::string_view n) const {
  return find(relTypes_, n);
}
std::optional<PropKeyId> RocksCatalog::findPropKey(std::string_view n) const {
  return find(propKeys_, n);
}
LabelId RocksCatalog::getOrCreateLabel(std::string_view n) { return getOrCreate(labels_, n); }
RelTypeId RocksCatalog::getOrCreateRelType(std::string_view n) { return getOrCreate(relTypes_, n); }
PropKeyId RocksCatalog::getOrCreatePropKey(std::string_view n) { return getOrCreate(propKeys_, n); }
const std::string& RocksCatalog::labelName(LabelId id) const { return name(labels_, id); }
const std::string& RocksCatalog::relTypeName(RelTypeId id) const { return name(relTypes_, id); }
const std::string& RocksCatalog::propKeyName(PropKeyId id) const { return name(propKeys_, id); }
std::vector<std::pair<LabelId, std::string>> RocksCatalog::labels() const { return list(labels_); }
std::vector<std::pair<RelTypeId, std::string>> RocksCatalog::relTypes() const {
  return list(relTypes_);
}
std::vector<std::pair<PropKeyId, std::string>> RocksCatalog::propKeys() const {
  return list(propKeys_);
}

RocksCatalog::IndexList RocksCatalog::indexSnapshot() const {
  std::lock_guard lock(mutex_);
  return indexes_;
}

std::vector<IndexInfo> RocksCatalog::indexes() const { return *indexSnapshot(); }

std::optional<IndexInfo> RocksCatalog::findIndex(LabelId label, PropKeyId key) const {
  for (const auto& index : *indexSnapshot()) {
    if (index.label == label && index.key == key) return index;
  }
  return std::nullopt;
}

bool RocksCatalog::hasIndex(LabelId label, PropKeyId key) const {
  auto list = indexSnapshot();
  return std::any_of(list->begin(), list->end(),
                     [&](const IndexInfo& i) { return i.label == label && i.key == key; });
}

std::optional<IndexInfo> RocksCatalog::findIndexByName(std::string_view name) const {
  for (const auto& index : *indexSnapshot()) {
    if (index.name == name) return index;
  }
  return std::nullopt;
}

void RocksCatalog::putIndexDef(rocksdb::WriteBatch& batch, const IndexInfo& index) const {
  std::string value;
  codec::putU32(value, index.label);
  codec::putU32(value, index.key);
  value.push_back(index.unique ? 1 : 0);
  batch.Put(kv_.cf(Cf::META), keys::INDEX_DEF_PREFIX + index.name, value);
}

void RocksCatalog::deleteIndexDef(rocksdb::WriteBatch& batch, const std::string& name) const {
  batch.Delete(kv_.cf(Cf::META), keys::INDEX_DEF_PREFIX + name);
}

void RocksCatalog::setIndexes(std::vector<IndexInfo> indexes) {
  std::lock_guard lock(mutex_);
  indexes_ = std::make_shared<const std::vector<IndexInfo>>(std::move(indexes));
}

}  // namespace rollcall::storage
