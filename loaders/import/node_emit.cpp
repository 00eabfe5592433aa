#include "loaders/import/node_emit.h"

#include "loaders/import/field_values.h"

namespace rollcall::loaders {

using storage::PropertyValue;

namespace {

PropertyValue stringOrNull(std::optional<std::string_view> text) {
  return text ? PropertyValue(std::string(*text)) : PropertyValue();
}

std::optional<std::string_view> field(const Fields& fields, size_t column) {
  return column < fields.size() ? fields[column] : std::nullopt;
}

}  // namespace

SetProperties studentProperties(const GraphTokens& t, const StudentRows& rows) {
  return [&t, &rows, fields = Fields()](const KeyedRow& row, storage::Properties& out) mutable {
    rows.arena.read(row.record, fields);
    const storage::PropKeyId keys[] = {t.name, t.email, t.gender, t.country};
    for (size_t i = 0; i < 4; ++i) {
      out.emplace_back(keys[i], stringOrNull(field(fields, rows.columns[i])));
    }
  };
}

SetProperties sessionProperties(const GraphTokens& t, const SessionRows& rows) {
  return [&t, &rows, fields = Fields()](const KeyedRow& row, storage::Properties& out) mutable {
    rows.arena.read(row.record, fields);
    std::optional<std::string_view> date = field(fields, rows.dateColumn);
    std::optional<std::string_view> duration = field(fields, rows.durationColumn);
    // Rows with an invalid date were rejected while reading.
    out.emplace_back(t.date, date ? PropertyValue(*parseDate(*date)) : PropertyValue());
    std::optional<int64_t> minutes = duration ? toInteger(trimSpace(*duration)) : std::nullopt;
    out.emplace_back(t.duration, minutes ? PropertyValue(*minutes) : PropertyValue());
  };
}

std::vector<const KeyedRow*> emitKeyed(storage::BulkWriter& writer, storage::LabelId label,
                                       storage::PropKeyId key, const KeyedRows& rows,
                                       NodeDirectory& directory, const SetProperties& properties,
                                       uint64_t& created) {
  std::vector<const KeyedRow*> existing;
  const std::vector<storage::LabelId> labels = {label};
  storage::Properties props;
  for (const KeyedRow& row : rows.rows()) {
    if (directory.node(row.index) != NO_NODE) {
      existing.push_back(&row);
      continue;
    }
    props.clear();
    props.emplace_back(key, PropertyValue(row.key));
    properties(row, props);
    std::erase_if(props, [](const auto& p) { return p.second.isNull(); });
    directory.setNode(row.index, writer.addNode(labels, std::move(props)));
    ++created;
  }
  return existing;
}

uint64_t updateExisting(storage::Transaction& txn, const std::vector<const KeyedRow*>& rows,
                        const NodeDirectory& directory, const SetProperties& properties) {
  uint64_t set = 0;
  storage::Properties wanted;
  for (const KeyedRow* row : rows) {
    wanted.clear();
    properties(*row, wanted);
    storage::NodeId node = directory.node(row->index);
    for (const auto& [key, value] : wanted) {
      if (txn.nodeProperty(node, key) == value) continue;
      txn.setNodeProperty(node, key, value);
      ++set;
    }
  }
  return set;
}

std::vector<storage::NodeId> emitNames(storage::BulkWriter& writer, storage::LabelId label,
                                       storage::PropKeyId key, const NameList& names,
                                       const NameDirectory& existing, uint64_t& created) {
  std::vector<storage::NodeId> nodes;
  nodes.reserve(names.names().size());
  for (const std::string& name : names.names()) {
    auto it = existing.find(name);
    if (it != existing.end()) {
      nodes.push_back(it->second);
      continue;
    }
    nodes.push_back(writer.addNode({label}, {{key, PropertyValue(name)}}));
    ++created;
  }
  return nodes;
}

void emitNamePairs(storage::BulkWriter& writer, storage::RelTypeId type, const PairList& pairs,
                   const NodeDirectory& sessions, const std::vector<storage::NodeId>& nameNodes,
                   const NodePairs& existing, uint64_t& created) {
  for (const auto& [session, name] : pairs.pairs()) {
    storage::NodeId start = sessions.node(session);
    storage::NodeId end = nameNodes[name];
    if (existing.count({start, end})) continue;
    writer.addRel(type, start, end, {});
    ++created;
  }
}

}  // namespace rollcall::loaders
