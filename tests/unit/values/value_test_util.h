#pragma once
// Exact comparison of values in tests: same kind and same rendering (so 1 and 1.0 differ, and a
// list of floats is told from a list of integers), and checks of CypherError class and detail.
#include <gtest/gtest.h>

#include <string>

#include "engine/common/error.h"
#include "engine/common/value_ops.h"

namespace rollcall::test {

// "Integer 1", "List [1, 'a']".
inline std::string show(const Value& v) { return typeName(v) + " " + toDisplayString(v, false); }

#define EXPECT_VALUE(actual, expected) \
  EXPECT_EQ(::rollcall::test::show(actual), ::rollcall::test::show(expected))

#define EXPECT_CYPHER_ERROR(stmt, cls, detailText)                            \
  do {                                                                        \
    try {                                                                     \
      stmt;                                                                   \
      ADD_FAILURE() << "expected " #cls " " detailText " from: " #stmt;       \
    } catch (const ::rollcall::CypherError& err) {                            \
      EXPECT_EQ(err.errorClass(), ::rollcall::ErrorClass::cls) << err.what(); \
      EXPECT_EQ(err.detail(), detailText) << err.what();                      \
    }                                                                         \
  } while (0)

}  // namespace rollcall::test
