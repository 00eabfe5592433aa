#pragma once
// Variables visible at a point of a query, each bound to a row slot.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "engine/binder/bound_expression.h"

namespace rollcall {

// VALUE: type unknown until run time; SCALAR: known not to be a node, relationship or path.
enum class VarType : uint8_t { NODE, REL, REL_LIST, PATH, VALUE, SCALAR };

struct Variable {
  Slot slot = 0;
  VarType type = VarType::VALUE;
};

class Scope {
 public:
  const Variable* find(const std::string& name) const {
    auto it = vars_.find(name);
    return it == vars_.end() ? nullptr : &it->second;
  }
  void add(const std::string& name, Variable var) { vars_[name] = var; }
  void clear() { vars_.clear(); }
  const std::map<std::string, Variable>& variables() const { return vars_; }
  std::vector<std::string> names() const {
    std::vector<std::string> out;
    for (const auto& [name, var] : vars_) out.push_back(name);
    return out;
  }

 private:
  std::map<std::string, Variable> vars_;  // ordered: RETURN * lists columns by name
};

}  // namespace rollcall
