#pragma once
// The persisted catalog: interned names (labels, relationship types, property keys) and the
// definitions of indexes and unique constraints.
//
// Token creation is persisted at once and is not undone by a rolled-back transaction (as in
// Neo4j): a token is not data, and a label with no nodes is invisible to queries.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "storage/common/types.h"

namespace rollcall::storage {

struct IndexInfo {
  std::string name;
  LabelId label = INVALID_TOKEN;
  PropKeyId key = INVALID_TOKEN;
  bool unique = false;  // a unique constraint owns a unique index of the same name
};

class Catalog {
 public:
  virtual ~Catalog() = default;

  virtual std::optional<LabelId> findLabel(std::string_view name) const = 0;
  virtual std::optional<RelTypeId> findRelType(std::string_view name) const = 0;
  virtual std::optional<PropKeyId> findPropKey(std::string_view name) const = 0;
  virtual LabelId getOrCreateLabel(std::string_view name) = 0;
  virtual RelTypeId getOrCreateRelType(std::string_view name) = 0;
  virtual PropKeyId getOrCreatePropKey(std::string_view name) = 0;

  virtual const std::string& labelName(LabelId id) const = 0;
  virtual const std::string& relTypeName(RelTypeId id) const = 0;
  virtual const std::string& propKeyName(PropKeyId id) const = 0;

  // All interned tokens, in id order.
  virtual std::vector<std::pair<LabelId, std::string>> labels() const = 0;
  virtual std::vector<std::pair<RelTypeId, std::string>> relTypes() const = 0;
  virtual std::vector<std::pair<PropKeyId, std::string>> propKeys() const = 0;

  virtual std::vector<IndexInfo> indexes() const = 0;
  virtual std::optional<IndexInfo> findIndex(LabelId label, PropKeyId key) const = 0;
  virtual std::optional<IndexInfo> findIndexByName(std::string_view name) const = 0;
};

}  // namespace rollcall::storage
