#pragma once
// The Catalog persisted in the metadata column family. Only .cpp files include this header.
#include <deque>
#include <memory>
#include <mutex>
#include <unordered_map>

#include "storage/catalog/catalog.h"
#include "storage/kv/kv_store.h"

namespace rollcall::storage {

class RocksCatalog final : public Catalog {
 public:
  explicit RocksCatalog(kv::KvStore& kv);

  std::optional<LabelId> findLabel(std::string_view name) const override;
  std::optional<RelTypeId> findRelType(std::string_view name) const override;
  std::optional<PropKeyId> findPropKey(std::string_view name) const override;
  LabelId getOrCreateLabel(std::string_view name) override;
  RelTypeId getOrCreateRelType(std::string_view name) override;
  PropKeyId getOrCreatePropKey(std::string_view name) override;
  const std::string& labelName(LabelId id) const override;
  const std::string& relTypeName(RelTypeId id) const override;
  const std::string& propKeyName(PropKeyId id) const override;
  std::vector<std::pair<LabelId, std::string>> labels() const override;
  std::vector<std::pair<RelTypeId, std::string>> relTypes() const override;
  std::vector<std::pair<PropKeyId, std::string>> propKeys() const override;
  std::vector<IndexInfo> indexes() const override;
  std::optional<IndexInfo> findIndex(LabelId label, PropKeyId key) const override;
  std::optional<IndexInfo> findIndexByName(std::string_view name) const override;

  // Writers use a cheap immutable snapshot of the index definitions.
  using IndexList = std::shared_ptr<const std::vector<IndexInfo>>;
  IndexList indexSnapshot() const;
  bool hasIndex(LabelId label, PropKeyId key) const;  // findIndex without the copy
  // Index definitions change together with index entries, in the caller's batch; the
  // in-memory list is updated once that batch is written.
  void putIndexDef(rocksdb::WriteBatch& batch, const IndexInfo& index) const;
  void deleteIndexDef(rocksdb::WriteBatch& batch, const std::string& name) const;
  void setIndexes(std::vector<IndexInfo> indexes);

 private:
  struct Tokens {
    char kind;
    std::deque<std::string> names;  // deque: references stay valid as tokens are added
    std::unordered_map<std::string, uint32_t> ids;
  };
  std::optional<uint32_t> find(const Tokens& t, std::string_view name) const;
  uint32_t getOrCreate(Tokens& t, std::string_view name);
  const std::string& name(const Tokens& t, uint32_t id) const;
  std::vector<std::pair<uint32_t, std::string>> list(const Tokens& t) const;
  void load();

  kv::KvStore& kv_;
  mutable std::mutex mutex_;
  Tokens labels_{'L', {}, {}};
  Tokens relTypes_{'T', {}, {}};
  Tokens propKeys_{'P', {}, {}};
  IndexList indexes_;
};

}  // namespace rollcall::storage
