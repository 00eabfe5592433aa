#pragma once
// What one statement returns.
#include <cstdint>
#include <string>
#include <vector>

#include "engine/common/value.h"

namespace rollcall {

// Counted as Neo4j counts them.
struct QueryStats {
  int64_t nodesCreated = 0;
  int64_t nodesDeleted = 0;
  int64_t relationshipsCreated = 0;
  int64_t relationshipsDeleted = 0;
  int64_t propertiesSet = 0;
  int64_t labelsAdded = 0;
  int64_t labelsRemoved = 0;
  int64_t indexesAdded = 0;
  int64_t indexesRemoved = 0;
  int64_t constraintsAdded = 0;
  int64_t constraintsRemoved = 0;
  bool containsUpdates() const;
};

// A warning about a statement that still ran, as Neo4j's notifications: a label, relationship
// type or property key the database has never seen, which is most often a typo.
struct Notification {
  std::string code;     // e.g. "Neo.ClientNotification.Statement.UnknownLabelWarning"
  std::string message;  // "label 'Studnt' does not exist (did you mean 'Student'?)"
  uint32_t offset = 0;  // where in the statement's text
};

struct QueryResult {
  // A column without an alias is named by its expression text as written.
  std::vector<std::string> columns;
  // Entities carry their snapshot (labels, type, properties).
  std::vector<std::vector<Value>> rows;
  QueryStats stats;
  // EXPLAIN: the plan tree; PROFILE: the plan with rows and time per operator. Empty otherwise.
  std::string plan;
  std::vector<Notification> notifications;
};

}  // namespace rollcall
