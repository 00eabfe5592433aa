// percentileCont and percentileDisc: both gather the group's numbers and sort them at finish.
#include <algorithm>
#include <cmath>
#include <unordered_set>

#include "engine/common/value_footprint.h"
#include "engine/common/value_ops.h"
#include "engine/exec/function/function_support.h"

namespace rollcall {
namespace {

class PercentileState : public AggregateState {
 public:
  PercentileState(bool distinct, bool continuous) : distinct_(distinct), continuous_(continuous) {}

  void update(FunctionContext& ctx, std::span<const Value> args) override {
    std::string_view fn = continuous_ ? "percentileCont" : "percentileDisc";
    if (args.size() < 2 || args[0].isNull()) return;
    function::requireNumber(fn, args[0]);
    percentile_ = function::requireNumber(fn, args[1]);
    if (!(percentile_ >= 0.0 && percentile_ <= 1.0)) {
      throw argumentError("NumberOutOfRange", "Invalid input '" + formatFloat(percentile_) +
                                                  "' is not a valid argument, must be a number "
                                                  "in the range 0.0 to 1.0");
    }
    ctx.hold(footprint(args[0]), fn);
    values_.push_back(args[0]);
  }

  Value finish(FunctionContext&) override {
    if (distinct_) dropRepeats();
    if (values_.empty()) return Value();
    std::sort(values_.begin(), values_.end(),
              [](const Value& a, const Value& b) { return orderCompare(a, b) < 0; });
    return continuous_ ? interpolated() : nearestRank();
  }

 private:
  void dropRepeats() {
    std::sort(values_.begin(), values_.end(),
              [](const Value& a, const Value& b) { return orderCompare(a, b) < 0; });
    values_.erase(std::unique(values_.begin(), values_.end(), equivalent), values_.end());
  }

  // Linear interpolation between the two closest ranks; always a float.
  Value interpolated() const {
    double position = percentile_ * static_cast<double>(values_.size() - 1);
    auto below = static_cast<size_t>(std::floor(position));
    auto above = static_cast<size_t>(std::ceil(position));
    double low = values_[below].asNumber();
    if (below == above) return Value(low);
    double high = values_[above].asNumber();
    return Value(low + (high - low) * (position - static_cast<double>(below)));
  }

  // The smallest value whose rank covers the percentile; keeps the value's own type.
  Value nearestRank() const {
    auto n = static_cast<double>(values_.size());
    double rank = std::ceil(percentile_ * n) - 1;
    size_t index = rank < 0 ? 0 : std::min(static_cast<size_t>(rank), values_.size() - 1);
    return values_[index];
  }

  bool distinct_;
  bool continuous_;
  double percentile_ = 0;
  ValueList values_;
};

}  // namespace

namespace function {

std::unique_ptr<AggregateState> createPercentileCont(bool distinct) {
  return std::make_unique<PercentileState>(distinct, /*continuous=*/true);
}
std::unique_ptr<AggregateState> createPercentileDisc(bool distinct) {
  return std::make_unique<PercentileState>(distinct, /*continuous=*/false);
}

}  // namespace function
}  // namespace rollcall
