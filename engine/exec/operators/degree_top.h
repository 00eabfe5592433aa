#pragma once
// TopCandidates over a count of neighbours per scanned node, in columns
// (degree_top_operator.cpp).
#include "engine/exec/operators/operators.h"

namespace rollcall {

// Whether `top` chooses among `ExpandCount <- NodeByLabelScan <- Argument` by the count, with no
// relationship uniqueness to check and a direction (whose degrees are the count).
bool isDegreeTop(const TopCandidatesOp& top);

// The operator for such a `top`; its child is the scan's Argument.
OperatorPtr makeDegreeTop(const TopCandidatesOp& top);

}  // namespace rollcall
