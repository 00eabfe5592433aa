#include "loaders/export/star_mapping.h"

#include <algorithm>
#include <memory>

#include "engine/common/error.h"
#include "loaders/export/date_dimension.h"
#include "loaders/export/naming.h"
#include "loaders/export/node_ordinals.h"

namespace rollcall::loaders {

using namespace storage;

namespace {

const ColumnType KEY_TYPE{ScalarType::INTEGER, false, false};
constexpr size_t BATCH = 1024;

CypherError starError(const std::string& message) {
  return CypherError(ErrorClass::EXPORT_ERROR, "NotAnAttendanceGraph",
                     "--star " + message + "; export without --star for the generic tables");
}

// One dimension: the nodes of a label, numbered 1..n in node id order.
struct Dimension {
  std::string name;   // "student": table dim_student, key student_key
  std::optional<LabelId> label;
  NodeOrdinals ordinals;
  std::vector<PropKeyId> properties;
};

// What a fact row needs of its session, by the session's ordinal.
struct SessionFacts {
  std::optional<Date> date;
  int64_t dateKey = 0;  // dateKey(*date), computed once rather than per fact
  uint32_t module = 0;  // ordinals; 0: none
  uint32_t instructor = 0;
};

class StarMapper {
 public:
  explicit StarMapper(ExportContext& ctx) : ctx_(ctx) {}

  std::vector<TableSpec> map() {
    resolve();
    for (Dimension* d : {&student_, &session_, &module_, &instructor_}) readOrdinals(*d);
    readSessions();
    std::vector<TableSpec> tables;
    tables.push_back(dateDimension(first_, last_));
    for (Dimension* d : {&student_, &module_, &instructor_}) tables.push_back(dimension(*d));
    tables.push_back(sessionDimension());
    tables.push_back(facts());
    return tables;
  }

 private:
  std::optional<LabelId> label(const char* name) { return ctx_.catalog.findLabel(name); }
  std::optional<RelTypeId> type(const char* name) { return ctx_.catalog.findRelType(name); }

  void resolve() {
    student_ = {"student", label("Student")};
    session_ = {"session", label("Session")};
    module_ = {"module", label("Module")};
    instructor_ = {"instructor", label("Instructor")};
    attended_ = type("ATTENDED");
    if (!student_.label || !session_.label || !attended_) {
      throw starError("needs the attendance graph's :Student and :Session nodes and :ATTENDED "
                      "relationships, and this graph lacks some");
    }
    belongsTo_ = type("BELONGS_TO");
    taughtBy_ = type("TAUGHT_BY");
    dateKey_ = ctx_.catalog.findPropKey("date");
  }

  const EntitySurvey* survey(const Dimension& d) const {
    if (!d.label) return nullptr;
    auto it = ctx_.survey.labels.find(*d.label);
    return it == ctx_.survey.labels.end() ? nullptr : &it->second;
  }

  void readOrdinals(Dimension& d) {
    if (d.label) {
      auto cursor = ctx_.txn.scanLabel(*d.label);
      std::vector<NodeId> ids(BATCH);
      while (size_t n = cursor->next(ids.data(), ids.size())) {
        for (size_t i = 0; i < n; ++i) d.ordinals.add(ids[i]);
      }
    }
    d.ordinals.seal();
    if (const EntitySurvey* s = survey(d)) {
      for (const auto& [key, types] : s->properties) d.properties.push_back(key);
    }
  }

  // Date, module and instructor of every session; the calendar's range.
  void readSessions() {
    sessions_.resize(session_.ordinals.size() + 1);
    uint32_t ordinal = 0;
    ctx_.scanNodes(session_.label, [&](const NodeRecord& node) {
      readSession(node, sessions_.at(++ordinal));
    });
  }

  void readSession(const NodeRecord& node, SessionFacts& facts) {
    NodeId id = node.id;
    if (dateKey_) {
      const PropertyValue& date = findProperty(node.properties, *dateKey_);
      if (date.type() == PropertyValue::Type::DATE) {
        facts.date = date.asDate();
        facts.dateKey = dateKey(*facts.date);
        first_ = haveDates_ ? std::min(first_, *facts.date) : *facts.date;
        last_ = haveDates_ ? std::max(last_, *facts.date) : *facts.date;
        haveDates_ = true;
      }
    }
    facts.module = single(id, belongsTo_, module_, "belongs to several modules");
    facts.instructor = single(id, taughtBy_, instructor_, "has several instructors");
  }

  // The ordinal in `target` of the one node `id` reaches by `type`; 0 when none.
  uint32_t single(NodeId id, std::optional<RelTypeId> type, const Dimension& target,
                  const char* problem) {
    if (!type) return 0;
    ctx_.txn.neighbours(id, *type, Direction::OUT, edges_);
    if (edges_.size() > 1) {
      throw starError("needs one " + target.name + " per session, and session node " +
                      std::to_string(id) + " " + problem);
    }
    return edges_.empty() ? 0 : target.ordinals.find(edges_.front().other);
  }

  // dim_<name>(<name>_key, the label's properties...)
  TableSpec dimension(Dimension& d) {
    TableSpec t = dimensionHead(d);
    t.rows = [&ctx = ctx_, &d](RowSink& sink) {
      if (!d.label) return;
      int64_t key = 0;
      ctx.scanNodes(d.label, [&](const NodeRecord& node) {
        sink.value(PropertyValue(++key));
        writeProperties(node.properties, d.properties, sink);
        sink.endRow();
      });
    };
    return t;
  }

  TableSpec dimensionHead(const Dimension& d) {
    TableSpec t;
    t.name = "dim_" + d.name;
    t.comment = "Dimension: one row per :" + (d.label ? ctx_.catalog.labelName(*d.label) : d.name) +
                " node, numbered in node order.";
    NameScope columns;
    const EntitySurvey* s = survey(d);
    std::vector<std::string> names;
    for (PropKeyId key : d.properties) names.push_back(columns.claim(ctx_.catalog.propKeyName(key)));
    std::string keyName = columns.claim(d.name + "_key");
    t.columns.push_back({keyName, KEY_TYPE, true});
    t.primaryKey = {keyName};
    for (size_t i = 0; i < d.properties.size(); ++i) {
      PropKeyId key = d.properties[i];
      t.columns.push_back({names[i], s->properties.at(key).resolve(), false});
      if (t.columns.back().type.mixed) {
        ctx_.notes.push_back(t.name + "." + t.columns.back().name + ": values of types " +
                             s->properties.at(key).describe() + ", written as text");
      }
    }
    t.expectedRows = d.ordinals.size();
    return t;
  }

  // dim_session(session_key, properties..., date_key, module_key, instructor_key)
  TableSpec sessionDimension() {
    TableSpec t = dimensionHead(session_);
    addReferences(t);
    t.rows = [this](RowSink& sink) { writeSessions(sink); };
    return t;
  }

  void addReferences(TableSpec& t) {
    for (const char* dim : {"date", "module", "instructor"}) {
      std::string column = std::string(dim) + "_key";
      t.columns.push_back({column, KEY_TYPE, false});
      t.foreignKeys.push_back({{column}, std::string("dim_") + dim, {column}});
      t.indexes.push_back({column});
    }
  }

  void writeReferences(const SessionFacts& facts, RowSink& sink) {
    facts.date ? sink.value(PropertyValue(facts.dateKey)) : sink.null();
    for (uint32_t ordinal : {facts.module, facts.instructor}) {
      ordinal ? sink.value(PropertyValue(int64_t(ordinal))) : sink.null();
    }
  }

  void writeSessions(RowSink& sink) {
    int64_t key = 0;
    ctx_.scanNodes(session_.label, [&](const NodeRecord& node) {
      sink.value(PropertyValue(++key));
      writeProperties(node.properties, session_.properties, sink);
      writeReferences(sessions_.at(size_t(key)), sink);
      sink.endRow();
    });
  }

  // fact_attendance(student_key, session_key, date_key, module_key, instructor_key, the
  // relationship's properties...)
  TableSpec facts() {
    TableSpec t;
    t.name = "fact_attendance";
    t.comment = "Facts: one row per :ATTENDED relationship from a :Student to a :Session.";
    const RelTypeSurvey& survey = ctx_.survey.relTypes[*attended_];
    for (const char* dim : {"student", "session"}) {
      std::string column = std::string(dim) + "_key";
      t.columns.push_back({column, KEY_TYPE, true});
      t.foreignKeys.push_back({{column}, std::string("dim_") + dim, {column}});
    }
    addReferences(t);
    NameScope columns;
    for (const ColumnSpec& c : t.columns) columns.claim(c.name);
    for (const auto& [key, types] : survey.properties) {
      factProperties_.push_back(key);
      t.columns.push_back({columns.claim(ctx_.catalog.propKeyName(key)), types.resolve(), false});
    }
    if (survey.uniquePairs) t.primaryKey = {"student_key", "session_key"};
    t.indexes.push_back({"session_key"});
    if (!survey.uniquePairs) t.indexes.push_back({"student_key"});
    t.expectedRows = survey.count;
    t.rows = [this](RowSink& sink) { writeFacts(sink); };
    return t;
  }

  void writeFacts(RowSink& sink) {
    auto cursor = ctx_.txn.scanRelType(*attended_);
    std::vector<RelEntry> rels(BATCH);
    uint64_t skipped = 0;
    while (size_t n = cursor->next(rels.data(), rels.size())) {
      for (size_t i = 0; i < n; ++i) {
        uint32_t student = student_.ordinals.find(rels[i].start);
        uint32_t session = session_.ordinals.find(rels[i].end);
        if (!student || !session) {
          ++skipped;
          continue;
        }
        sink.value(PropertyValue(int64_t(student)));
        sink.value(PropertyValue(int64_t(session)));
        writeReferences(sessions_[session], sink);
        if (!factProperties_.empty()) {
          writeProperties(ctx_.txn.relProperties(rels[i].id), factProperties_, sink);
        }
        sink.endRow();
      }
    }
    if (skipped) {
      ctx_.notes.push_back(std::to_string(skipped) +
                           " :ATTENDED relationships not from a :Student to a :Session are not "
                           "in fact_attendance");
    }
  }

  ExportContext& ctx_;
  Dimension student_, session_, module_, instructor_;
  std::optional<RelTypeId> attended_, belongsTo_, taughtBy_;
  std::optional<PropKeyId> dateKey_;
  std::vector<SessionFacts> sessions_;  // by session ordinal (slot 0 unused)
  std::vector<PropKeyId> factProperties_;
  std::vector<Edge> edges_;
  Date first_{0}, last_{-1};
  bool haveDates_ = false;
};

}  // namespace

std::vector<TableSpec> mapStar(ExportContext& ctx) {
  // The row sources refer to the mapper's state: it lives as long as the context does.
  auto mapper = std::make_shared<StarMapper>(ctx);
  std::vector<TableSpec> tables = mapper->map();
  for (TableSpec& t : tables) {
    t.rows = [mapper, rows = std::move(t.rows)](RowSink& sink) { rows(sink); };
  }
  return tables;
}

}  // namespace rollcall::loaders
