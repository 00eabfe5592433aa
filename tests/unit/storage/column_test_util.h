#pragma once
// An in-memory model of the graph for the column tests: writes go to a transaction and to the
// model together, and expectColumnsMatch compares every column answer of a transaction
// (hasLabel, nodeProperty, degree, neighbours, labelColumn, propertyColumn, scanLabel) with the
// model.
#include <map>
#include <set>
#include <tuple>

#include "storage/common/property_format.h"
#include "tests/unit/storage/storage_test_util.h"

namespace rollcall::storage::testing {

struct ColumnTokens {
  std::vector<LabelId> labels;
  std::vector<PropKeyId> keys;
  std::vector<RelTypeId> types;
};

struct ColumnModel {
  struct Node {
    std::set<LabelId> labels;
    std::map<PropKeyId, PropertyValue> props;
  };
  struct Rel {
    RelTypeId type;
    NodeId start;
    NodeId end;
  };
  std::map<NodeId, Node> nodes;
  std::map<RelId, Rel> rels;
  std::map<std::tuple<NodeId, RelTypeId, Direction>, uint64_t> degrees;
  // Each list's (rel, other node), by rel id: the order the store keeps.
  std::map<std::tuple<NodeId, RelTypeId, Direction>, std::map<RelId, NodeId>> lists;

  NodeId createNode(Transaction& txn, const std::vector<LabelId>& labels, Properties props) {
    NodeId id = txn.createNode(labels, props);
    addNode(id, labels, props);
    return id;
  }
  void addNode(NodeId id, const std::vector<LabelId>& labels, const Properties& props) {
    Node& node = nodes[id];
    node.labels.insert(labels.begin(), labels.end());
    for (const auto& [k, v] : props) {
      if (!v.isNull()) node.props[k] = v;
    }
  }
  void setProperty(Transaction& txn, NodeId id, PropKeyId key, const PropertyValue& value) {
    txn.setNodeProperty(id, key, value);
    if (value.isNull()) {
      nodes.at(id).props.erase(key);
    } else {
      nodes.at(id).props[key] = value;
    }
  }
  void addLabel(Transaction& txn, NodeId id, LabelId label) {
    EXPECT_EQ(txn.addLabel(id, label), nodes.at(id).labels.insert(label).second);
  }
  void removeLabel(Transaction& txn, NodeId id, LabelId label) {
    EXPECT_EQ(txn.removeLabel(id, label), nodes.at(id).labels.erase(label) == 1);
  }
  void deleteNode(Transaction& txn, NodeId id) {
    txn.deleteNode(id);
    nodes.erase(id);
  }
  RelId createRel(Transaction& txn, RelTypeId type, NodeId start, NodeId end) {
    RelId id = txn.createRel(type, start, end, {});
    addRel(id, type, start, end);
    return id;
  }
  void addRel(RelId id, RelTypeId type, NodeId start, NodeId end) {
    rels[id] = {type, start, end};
    ++degrees[{start, type, Direction::OUT}];
    ++degrees[{end, type, Direction::IN}];
    lists[{start, type, Direction::OUT}][id] = end;
    lists[{end, type, Direction::IN}][id] = start;
  }
  void deleteRel(Transaction& txn, RelId id) {
    txn.deleteRel(id);
    Rel rel = rels.at(id);
    rels.erase(id);
    --degrees[{rel.start, rel.type, Direction::OUT}];
    --degrees[{rel.end, rel.type, Direction::IN}];
    lists[{rel.start, rel.type, Direction::OUT}].erase(id);
    lists[{rel.end, rel.type, Direction::IN}].erase(id);
  }
  bool connected(NodeId id) const {
    auto it = degrees.lower_bound({id, 0, Direction::OUT});
    for (; it != degrees.end() && std::get<0>(it->first) == id; ++it) {
      if (it->second > 0) return true;
    }
    return false;
  }

  bool hasLabel(NodeId id, LabelId label) const {
    auto it = nodes.find(id);
    return it != nodes.end() && it->second.labels.count(label) > 0;
  }
  PropertyValue property(NodeId id, PropKeyId key) const {
    auto it = nodes.find(id);
    if (it == nodes.end()) return {};
    auto p = it->second.props.find(key);
    return p == it->second.props.end() ? PropertyValue() : p->second;
  }
  uint64_t degree(NodeId id, RelTypeId type, Direction dir) const {
    auto it = degrees.find({id, type, dir});
    return it == degrees.end() ? 0 : it->second;
  }
  Pairs neighbours(NodeId id, RelTypeId type, Direction dir) const {
    auto it = lists.find({id, type, dir});
    if (it == lists.end()) return {};
    return Pairs(it->second.begin(), it->second.end());
  }
  std::vector<NodeId> withLabel(LabelId label) const {
    std::vector<NodeId> out;
    for (const auto& [id, node] : nodes) {
      if (node.labels.count(label)) out.push_back(id);
    }
    return out;
  }
};

// Point reads of `ids`: label checks, properties, degrees and neighbour lists.
inline void expectPointReads(Transaction& txn, const ColumnModel& model, const ColumnTokens& tokens,
                             const std::vector<NodeId>& ids) {
  for (NodeId id : ids) {
    for (LabelId l : tokens.labels) {
      ASSERT_EQ(txn.hasLabel(id, l), model.hasLabel(id, l))
          << "hasLabel(" << id << ", " << l << ")";
    }
    for (PropKeyId k : tokens.keys) {
      PropertyValue got = txn.nodeProperty(id, k), want = model.property(id, k);
      ASSERT_EQ(got, want) << "nodeProperty(" << id << ", " << k << ") = " << formatValue(got)
                           << ", expected " << formatValue(want);
    }
    for (RelTypeId t : tokens.types) {
      for (Direction d : {Direction::OUT, Direction::IN}) {
        ASSERT_EQ(txn.degree(id, t, d), model.degree(id, t, d))
            << "degree(" << id << ", " << t << ", " << int(d) << ")";
        ASSERT_EQ(neighbourPairs(txn, id, t, d), model.neighbours(id, t, d))
            << "neighbours(" << id << ", " << t << ", " << int(d) << ")";
      }
    }
  }
}

// labelColumn and propertyColumn of every chunk below `end`, slot by slot, and scanLabel.
inline void expectColumns(Transaction& txn, const ColumnModel& model, const ColumnTokens& tokens,
                          NodeId end) {
  uint64_t chunks = columnChunkOf(end + COLUMN_CHUNK_SIZE - 1);
  for (uint64_t c = 0; c < chunks; ++c) {
    NodeId first = columnChunkStart(c);
    for (LabelId l : tokens.labels) {
      auto column = txn.labelColumn(l, c);
      for (size_t s = 0; s < COLUMN_CHUNK_SIZE; ++s) {
        ASSERT_EQ(column->members.test(s), model.hasLabel(first + s, l))
            << "labelColumn(" << l << ", " << c << ") slot " << s;
      }
    }
    for (PropKeyId k : tokens.keys) {
      auto column = txn.propertyColumn(k, c);
      for (size_t s = 0; s < COLUMN_CHUNK_SIZE; ++s) {
        PropertyValue want = model.property(first + s, k);
        ASSERT_EQ(column->has(s), !want.isNull()) << "propertyColumn(" << k << ", " << c << ") "
                                                  << "slot " << s;
        ASSERT_EQ(column->get(s), want)
            << "propertyColumn(" << k << ", " << c << ") slot " << s << " = "
            << formatValue(column->get(s)) << ", expected " << formatValue(want);
      }
    }
  }
  for (LabelId l : tokens.labels) {
    auto scan = txn.scanLabel(l);
    ASSERT_EQ(drain(*scan), model.withLabel(l)) << "scanLabel(" << l << ")";
  }
}

// Everything, with the point reads done twice: the first pass builds the chunks (32 misses),
// the second reads them from the cache.
inline void expectColumnsMatch(Transaction& txn, const ColumnModel& model,
                               const ColumnTokens& tokens, NodeId end) {
  std::vector<NodeId> ids;
  for (NodeId id = 0; id < end; ++id) ids.push_back(id);
  for (int pass = 0; pass < 2; ++pass) {
    SCOPED_TRACE("point reads, pass " + std::to_string(pass));
    expectPointReads(txn, model, tokens, ids);
  }
  expectColumns(txn, model, tokens, end);
  SCOPED_TRACE("point reads after the column reads");
  expectPointReads(txn, model, tokens, ids);
}

}  // namespace rollcall::storage::testing
