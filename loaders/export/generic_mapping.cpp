#include "loaders/export/generic_mapping.h"

#include <algorithm>
#include <memory>
#include <tuple>

#include "loaders/export/generic_plan.h"
#include "loaders/export/naming.h"

namespace rollcall::loaders {

using namespace storage;

namespace {

const ColumnType ID_TYPE{ScalarType::INTEGER, false, false};
const char* const NODE_ID = "node_id";

struct NodeTableDraft {
  NodeTablePlan plan;
  TableSpec spec;
  NameScope columns;
  std::map<PropKeyId, std::string> columnNames;  // of the properties, as claimed
};

struct RelDraft {
  RelTablePlan plan;
  bool asColumn = false;  // a foreign-key column on the start table instead of a join table
};

class GenericMapper {
 public:
  explicit GenericMapper(ExportContext& ctx) : ctx_(ctx) {}

  std::vector<TableSpec> map() {
    draftNodeTables();
    std::vector<RelDraft> rels = draftRels();
    finishNodeTables();
    std::vector<TableSpec> tables;
    for (auto& [label, draft] : nodeTables_) tables.push_back(std::move(draft->spec));
    for (RelDraft& rel : rels) {
      if (!rel.asColumn) tables.push_back(relTable(rel.plan));
    }
    return tables;
  }

 private:
  // ---- node tables ----
  void draftNodeTables() {
    std::vector<std::pair<std::string, LabelId>> labels;
    for (const auto& [label, survey] : ctx_.survey.labels) {
      if (survey.count > 0) labels.emplace_back(ctx_.catalog.labelName(label), label);
    }
    std::sort(labels.begin(), labels.end());
    for (const auto& [name, label] : labels) {
      auto draft = newDraft(tableNameForLabel(name), ctx_.survey.labels.at(label));
      draft->plan.label = label;
      draft->spec.comment = "Nodes labelled :" + name + ".";
      chooseKey(*draft, label);
      nodeTables_[label] = std::move(draft);
    }
    if (ctx_.survey.unlabelled.count > 0) {
      auto draft = newDraft("nodes", ctx_.survey.unlabelled);
      draft->spec.comment = "Nodes without a label.";
      nodeTables_[INVALID_TOKEN] = std::move(draft);
    }
  }

  std::unique_ptr<NodeTableDraft> newDraft(const std::string& name, const EntitySurvey& survey) {
    auto draft = std::make_unique<NodeTableDraft>();
    draft->spec.name = tables_.claim(name);
    draft->spec.expectedRows = survey.count;
    return draft;
  }

  // The key: the property of a unique constraint that every node of the label holds, with one
  // storage type (alphabetically first when several qualify).
  void chooseKey(NodeTableDraft& draft, LabelId label) {
    const EntitySurvey& survey = ctx_.survey.labels.at(label);
    std::optional<std::string> best;
    for (const IndexInfo& index : ctx_.catalog.indexes()) {
      if (!index.unique || index.label != label) continue;
      auto types = survey.properties.find(index.key);
      bool usable = types != survey.properties.end() && types->second.singleScalar() &&
                    survey.present.at(index.key) == survey.count;
      const std::string& name = ctx_.catalog.propKeyName(index.key);
      if (usable && (!best || name < *best)) {
        best = name;
        draft.plan.key = index.key;
      }
    }
  }

  // The primary key's spec: the key property, or node_id.
  ColumnSpec keySpec(const NodeTableDraft& draft) const {
    if (!draft.plan.key) return {NODE_ID, ID_TYPE, true};
    const EntitySurvey& survey = ctx_.survey.labels.at(*draft.plan.label);
    return {NameScope().claim(ctx_.catalog.propKeyName(*draft.plan.key)),
            survey.properties.at(*draft.plan.key).resolve(), true};
  }

  // ---- relationship types ----
  std::vector<RelDraft> draftRels() {
    std::vector<std::pair<std::string, RelTypeId>> types;
    for (const auto& [type, survey] : ctx_.survey.relTypes) {
      if (survey.count > 0) types.emplace_back(ctx_.catalog.relTypeName(type), type);
    }
    std::sort(types.begin(), types.end());
    std::vector<RelDraft> rels;
    for (const auto& [name, type] : types) {
      const RelTypeSurvey& survey = ctx_.survey.relTypes.at(type);
      RelDraft rel;
      rel.plan.type = type;
      rel.plan.start = endPlan(type, Direction::OUT);
      rel.plan.end = endPlan(type, Direction::IN);
      for (const auto& [key, types] : survey.properties) rel.plan.properties.push_back(key);
      rel.asColumn = rel.plan.start.label && rel.plan.end.label &&
                     rel.plan.properties.empty() && survey.maxOutDegree <= 1;
      if (rel.asColumn) {
        nodeTables_.at(*rel.plan.start.label)->plan.foreignKeys.push_back({type, rel.plan.end});
      }
      rels.push_back(std::move(rel));
    }
    return rels;
  }

  // The label every `dir` end of `type` carries (exact counts from the store's statistics):
  // keyed labels first, then the smallest, then by name.
  std::optional<LabelId> commonLabel(RelTypeId type, Direction dir) {
    uint64_t rels = ctx_.survey.relTypes.at(type).count;
    std::optional<LabelId> best;
    auto rank = [&](LabelId l) {
      return std::make_tuple(!nodeTables_.at(l)->plan.key, ctx_.survey.labels.at(l).count,
                             ctx_.catalog.labelName(l));
    };
    for (const auto& [label, survey] : ctx_.survey.labels) {
      if (survey.count == 0 || ctx_.store.degreeStats(label, type, dir).rels != rels) continue;
      if (!best || rank(label) < rank(*best)) best = label;
    }
    return best;
  }

  EndPlan endPlan(RelTypeId type, Direction dir) {
    EndPlan end;
    end.label = commonLabel(type, dir);
    if (!end.label) {
      markRawIdEnds(type, dir);
      end.keyColumn = {NODE_ID, ID_TYPE, true};
      return end;
    }
    const NodeTableDraft& target = *nodeTables_.at(*end.label);
    end.table = target.spec.name;
    end.key = target.plan.key;
    end.keyColumn = keySpec(target);
    end.refColumn = end.keyColumn.name;
    if (end.key) ctx_.referenceByKey(*end.label);
    return end;
  }

  // Ends with no common label are written as node ids: the tables holding such nodes get a
  // node_id column so the ids can be joined.
  void markRawIdEnds(RelTypeId type, Direction dir) {
    for (auto& [label, draft] : nodeTables_) {
      if (label != INVALID_TOKEN && ctx_.store.degreeStats(label, type, dir).rels > 0) {
        draft->plan.nodeIdColumn = true;
      }
    }
    ctx_.notes.push_back(std::string(dir == Direction::OUT ? "start" : "end") + " nodes of :" +
                         ctx_.catalog.relTypeName(type) +
                         " share no label: that end is written as node ids (node_id columns)");
  }

  // ---- specs ----
  void finishNodeTables() {
    for (auto& [label, draft] : nodeTables_) finishNodeTable(*draft);
  }

  void finishNodeTable(NodeTableDraft& draft) {
    const EntitySurvey& survey =
        draft.plan.label ? ctx_.survey.labels.at(*draft.plan.label) : ctx_.survey.unlabelled;
    if (!draft.plan.key) draft.plan.nodeIdColumn = true;
    // Properties claim their names first (the key before the others, so it keeps the name
    // keySpec gave it); generated columns yield.
    std::map<PropKeyId, std::string>& names = draft.columnNames;
    if (draft.plan.key) names[*draft.plan.key] = draft.columns.claim(keySpec(draft).name);
    for (const auto& [key, types] : survey.properties) {
      if (draft.plan.key != key) names[key] = draft.columns.claim(ctx_.catalog.propKeyName(key));
    }
    TableSpec& spec = draft.spec;
    if (draft.plan.key) addKeyColumn(draft);
    if (draft.plan.nodeIdColumn) addNodeIdColumn(draft);
    for (const auto& [key, types] : survey.properties) {
      if (draft.plan.key == key) continue;
      draft.plan.properties.push_back(key);
      spec.columns.push_back(propertyColumn(spec.name, names.at(key), types));
    }
    for (const ForeignKeyColumnPlan& fk : draft.plan.foreignKeys) addForeignKeyColumn(draft, fk);
    addIndexes(draft);
    spec.rows = [&ctx = ctx_, plan = draft.plan](RowSink& sink) { writeNodeRows(ctx, plan, sink); };
  }

  void addKeyColumn(NodeTableDraft& draft) {
    ColumnSpec key = draft.plan.keyColumn = keySpec(draft);
    draft.spec.columns.push_back(key);
    draft.spec.primaryKey = {key.name};
  }

  void addNodeIdColumn(NodeTableDraft& draft) {
    std::string name = draft.columns.claim(NODE_ID);
    draft.spec.columns.push_back({name, ID_TYPE, true});
    if (draft.plan.key) {
      draft.spec.unique.push_back(name);
    } else {
      draft.spec.primaryKey = {name};
    }
  }

  ColumnSpec propertyColumn(const std::string& table, const std::string& name,
                            const TypeSet& types) {
    ColumnSpec column{name, types.resolve(), false};
    if (column.type.mixed) {
      ctx_.notes.push_back(table + "." + column.name + ": values of types " + types.describe() +
                           ", written as " + (column.type.list ? "JSON text" : "text"));
    }
    return column;
  }

  void addForeignKeyColumn(NodeTableDraft& draft, const ForeignKeyColumnPlan& fk) {
    std::string wanted = naturalColumn(fk.target);
    if (draft.columns.taken(wanted)) {
      wanted = snakeCase(ctx_.catalog.relTypeName(fk.type)) + "_" + wanted;
    }
    std::string name = draft.columns.claim(wanted);
    draft.spec.columns.push_back({name, fk.target.keyColumn.type, false});
    draft.spec.foreignKeys.push_back({{name}, fk.target.table, {fk.target.refColumn}});
    draft.spec.indexes.push_back({name});
  }

  // Unique constraints other than the key, and the graph's other indexes, on this label.
  void addIndexes(NodeTableDraft& draft) {
    if (!draft.plan.label) return;
    const EntitySurvey& survey = ctx_.survey.labels.at(*draft.plan.label);
    for (const IndexInfo& index : ctx_.catalog.indexes()) {
      auto types = survey.properties.find(index.key);
      if (index.label != *draft.plan.label || draft.plan.key == index.key ||
          types == survey.properties.end()) {
        continue;
      }
      const std::string& column = draft.columnNames.at(index.key);
      if (index.unique && types->second.singleScalar()) {
        draft.spec.unique.push_back(column);
      } else {
        draft.spec.indexes.push_back({column});
      }
    }
  }

  // The name a column referencing `end` would naturally have: the referenced key's name
  // (sessions.module, attendance.student_id), or <label>_id for a keyless table.
  std::string naturalColumn(const EndPlan& end) const {
    if (end.key) return end.refColumn;
    if (end.label) return snakeCase(ctx_.catalog.labelName(*end.label)) + "_id";
    return NODE_ID;
  }

  TableSpec relTable(const RelTablePlan& plan) {
    const RelTypeSurvey& survey = ctx_.survey.relTypes.at(plan.type);
    const std::string& typeName = ctx_.catalog.relTypeName(plan.type);
    TableSpec spec;
    spec.name = tables_.claim(tableNameForRelType(typeName));
    spec.comment = "Relationships :" + typeName + ", one row each.";
    spec.expectedRows = survey.count;
    NameScope columns;
    std::map<PropKeyId, std::string> names;
    for (const auto& [key, types] : survey.properties) {
      names[key] = columns.claim(ctx_.catalog.propKeyName(key));
    }
    auto [startName, endName] = endColumnNames(plan, columns);
    spec.columns.push_back({startName, plan.start.keyColumn.type, true});
    spec.columns.push_back({endName, plan.end.keyColumn.type, true});
    for (const auto& [key, types] : survey.properties) {
      spec.columns.push_back(propertyColumn(spec.name, names.at(key), types));
    }
    addRelConstraints(spec, plan, survey.uniquePairs, startName, endName);
    spec.rows = [&ctx = ctx_, plan](RowSink& sink) { writeRelRows(ctx, plan, sink); };
    return spec;
  }

  std::pair<std::string, std::string> endColumnNames(const RelTablePlan& plan,
                                                     NameScope& columns) const {
    // An end written as raw node ids says which end it is: "node_id" alone would not.
    std::string start = plan.start.label ? naturalColumn(plan.start) : "start_node_id";
    std::string end = plan.end.label ? naturalColumn(plan.end) : "end_node_id";
    if (start == end) start = "start_" + start, end = "end_" + end;
    return {columns.claim(start), columns.claim(end)};
  }

  static void addRelConstraints(TableSpec& spec, const RelTablePlan& plan, bool uniquePairs,
                                const std::string& start, const std::string& end) {
    if (uniquePairs) {
      spec.primaryKey = {start, end};
      spec.indexes.push_back({end});
    } else {
      spec.indexes.push_back({start});
      spec.indexes.push_back({end});
    }
    if (plan.start.label) spec.foreignKeys.push_back({{start}, plan.start.table, {plan.start.refColumn}});
    if (plan.end.label) spec.foreignKeys.push_back({{end}, plan.end.table, {plan.end.refColumn}});
  }

  ExportContext& ctx_;
  NameScope tables_;
  std::map<LabelId, std::unique_ptr<NodeTableDraft>> nodeTables_;  // INVALID_TOKEN: unlabelled
};

}  // namespace

std::vector<TableSpec> mapGeneric(ExportContext& ctx) { return GenericMapper(ctx).map(); }

}  // namespace rollcall::loaders
