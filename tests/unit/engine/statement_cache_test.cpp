// Parsed statements are reused by text: the same text gives the same AST, a statement that does
// not parse is not remembered, and the cache keeps at most CAPACITY statements.
#include "engine/main/statement_cache.h"

#include <gtest/gtest.h>

#include <string>

#include "engine/common/error.h"

namespace rollcall {
namespace {

TEST(StatementCache, SameTextSameStatement) {
  StatementCache cache;
  auto first = cache.get("MATCH (s:Student {name: $name}) RETURN s");
  auto again = cache.get("MATCH (s:Student {name: $name}) RETURN s");
  auto other = cache.get("MATCH (s:Student {name: $name}) RETURN s ");
  EXPECT_EQ(first.get(), again.get());
  EXPECT_NE(first.get(), other.get());
}

TEST(StatementCache, SyntaxErrorsAreNotRemembered) {
  StatementCache cache;
  for (int i = 0; i < 2; ++i) {
    try {
      cache.get("MATCH (s RETURN s");
      FAIL() << "parsed";
    } catch (const CypherError& e) {
      EXPECT_EQ(e.errorClass(), ErrorClass::SYNTAX_ERROR);
    }
  }
}

TEST(StatementCache, KeepsTheMostRecentlyUsed) {
  StatementCache cache;
  auto kept = cache.get("RETURN 0");
  auto one = cache.get("RETURN 1");
  for (size_t i = 2; i <= StatementCache::CAPACITY; ++i) {
    cache.get("RETURN " + std::to_string(i));
    if (i % 10 == 0) EXPECT_EQ(cache.get("RETURN 0").get(), kept.get()) << i;  // used again
  }
  // CAPACITY + 1 texts: the least recently used one, `RETURN 1`, was dropped and is parsed anew.
  EXPECT_NE(cache.get("RETURN 1").get(), one.get());
  EXPECT_EQ(cache.get("RETURN 0").get(), kept.get());
}

TEST(StatementCache, LongTextIsParsedEachTime) {
  StatementCache cache;
  std::string text = "RETURN '" + std::string(StatementCache::MAX_TEXT, 'x') + "'";
  EXPECT_NE(cache.get(text).get(), cache.get(text).get());
}

}  // namespace
}  // namespace rollcall
