// One flipped byte at a seeded random offset of each kind of database file (sorted tables,
// MANIFEST, CURRENT, write-ahead log, OPTIONS, IDENTITY), on a fresh copy of a small database
// each time. Opening it, the probe queries and `rollcall check` must each either give exactly
// the undamaged database's answer (a byte nobody reads, or one in a part RocksDB does not
// need) or fail with a StorageError saying the database is corrupt; never crash, hang, or
// answer differently. One documented exception: see wal_layout.h.
#include <algorithm>
#include <chrono>
#include <map>

#include "tests/unit/fault/fault_test_util.h"
#include "tests/unit/fault/wal_layout.h"

namespace rollcall::fault {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

constexpr auto PROBE_TIMEOUT = std::chrono::seconds(60);

// File kind -> flips of it.
const std::map<std::string, int> FLIPS = {{"sst", 12},    {"MANIFEST", 6}, {"log", 8},
                                          {"CURRENT", 3}, {"OPTIONS", 3},  {"IDENTITY", 2}};

constexpr const char* WRITES_SCRIPT =
    "UNWIND range(1, 30) AS i CREATE (:Extra {k: i, text: 'extra ' + toString(i)});\n"
    "MATCH (s:Student) WHERE s.student_id % 10 = 3 SET s.flag = true;\n"
    "MATCH (a:Extra {k: 1}), (b:Extra {k: 2}) CREATE (a)-[:NEXT {w: 5}]->(b);\n"
    "MATCH (e:Extra) WHERE e.k > 25 DELETE e;\n";

constexpr const char* PROBE_SCRIPT =
    "MATCH (n) RETURN labels(n)[0] AS label, count(*) AS n ORDER BY label;\n"
    "MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type;\n"
    "MATCH (s:Student) RETURN sum(s.student_id) AS ids, count(s.flag) AS flagged;\n"
    "MATCH (s:Student {student_id: 17}) RETURN s.name AS name, s.email AS email;\n"
    "MATCH (s:Student)-[:ATTENDED]->(x:Session) RETURN s.student_id AS s, count(x) AS n "
    "ORDER BY n DESC, s LIMIT 5;\n"
    "MATCH (e:Extra) RETURN e.k AS k, e.text AS text ORDER BY k;\n"
    "MATCH (:Extra)-[r:NEXT]->(:Extra) RETURN r.w AS w;\n";

std::string kindOf(const fs::path& file) {
  std::string name = file.filename().string();
  if (file.extension() == ".sst") return "sst";
  if (file.extension() == ".log") return "log";
  for (const char* kind : {"MANIFEST", "CURRENT", "OPTIONS", "IDENTITY"}) {
    if (startsWith(name, kind)) return kind;
  }
  return "";
}

struct Answers {
  Finished probe;
  Finished check;
};

// What the user sees, best first. The two "known" outcomes are documented limitations:
// TAIL_DROPPED see wal_layout.h; SCAN_MISSED_BLOCK: RocksDB 7.8's iterators can drop a damaged
// block's error when moving from one file to the next, so a query's scan may miss the block's
// entries without an error (point reads do report it); `rollcall check` verifies every
// table's checksums first and reports it.
enum class Outcome { RIGHT, CORRUPTION_ERROR, TAIL_DROPPED, SCAN_MISSED_BLOCK, WRONG };

// A corruption error; the statements before the one that failed printed their right answers.
bool isCorruptionError(const Finished& got, const Finished& expected) {
  return got.exitCode == 1 && !got.timedOut && startsWith(expected.out, got.out) &&
         startsWith(got.err, "StorageError: ") &&
         got.err.find("the database is corrupt") != std::string::npos;
}

class ByteFlip : public FaultTest {
 protected:
  // A small loaded graph (sorted tables from the bulk load and the flushed log) plus a few
  // statements that stay in the write-ahead log.
  void buildBase() {
    Finished gen = runRollcall({"generate", "--students", "200", "--sessions", "20", "--attendance",
                                "1500", "--out", path("gen"), "--seed", "11"});
    ASSERT_EQ(gen.exitCode, 0) << gen.err;
    Finished load = runRollcall({"load", "attendance", "--db", path("base"), "--students",
                                 path("gen/students.csv"), "--sessions", path("gen/sessions.csv"),
                                 "--attendance", path("gen/attendance.csv")});
    ASSERT_EQ(load.exitCode, 0) << load.err;
    writeWhole(path("writes.cypher"), WRITES_SCRIPT);
    Finished writes = runRollcall({"run", "--db", path("base"), path("writes.cypher")});
    ASSERT_EQ(writes.exitCode, 0) << writes.err;
    writeWhole(path("probe.cypher"), PROBE_SCRIPT);
  }

  Answers ask(const std::string& db) {
    Answers a;
    a.probe =
        runRollcall({"run", "--db", db, "--format", "json", path("probe.cypher")}, PROBE_TIMEOUT);
    // An open that failed would fail the same way again: no need to start check.
    if (a.probe.exitCode == 1 && a.probe.err.find("cannot open database") != std::string::npos) {
      a.check = a.probe;
      a.check.out.clear();
      return a;
    }
    a.check = runRollcall({"check", "--db", db}, PROBE_TIMEOUT);
    return a;
  }

  std::string copyOfBase() {
    std::string db = path("flipped");
    fs::remove_all(db);
    fs::copy(path("base"), db, fs::copy_options::recursive);
    return db;
  }

  Outcome judge(const Finished& got, const Finished& expected) {
    if (got.timedOut || got.signal != 0) return Outcome::WRONG;
    if (got.exitCode == 0 && got.out == expected.out && got.err.empty()) return Outcome::RIGHT;
    return isCorruptionError(got, expected) ? Outcome::CORRUPTION_ERROR : Outcome::WRONG;
  }
};

TEST_F(ByteFlip, GivesTheRightAnswerOrACorruptionError) {
  std::mt19937_64 rng = testRng();
  ASSERT_NO_FATAL_FAILURE(buildBase());
  Answers expected = ask(copyOfBase());
  ASSERT_EQ(expected.probe.exitCode, 0) << expected.probe.err;
  ASSERT_EQ(expected.check.exitCode, 0) << expected.check.err;
  std::map<std::string, std::vector<fs::path>> files;
  for (const auto& entry : fs::directory_iterator(path("base"))) {
    std::string kind = kindOf(entry.path());
    if (!kind.empty() && fs::file_size(entry.path()) > 0) files[kind].push_back(entry.path());
  }
  auto started = Clock::now();
  std::map<std::string, std::map<Outcome, int>> tally;
  for (const auto& [kind, flips] : FLIPS) {
    ASSERT_FALSE(files[kind].empty()) << "the base database has no " << kind << " file";
    for (int i = 0; i < flips; ++i) {
      const fs::path& file = files[kind][rng() % files[kind].size()];
      std::string db = copyOfBase();
      fs::path target = fs::path(db) / file.filename();
      std::string bytes = readWhole(target);
      size_t offset = rng() % bytes.size();
      char mask = char(1 + rng() % 255);
      bytes[offset] ^= mask;
      writeWhole(target, bytes);
      std::string when = "flipped byte " + std::to_string(offset) + " of " +
                         file.filename().string() + " (" + std::to_string(bytes.size()) +
                         " bytes) with mask " + std::to_string(uint8_t(mask));
      Answers got = ask(db);
      Outcome probe = judge(got.probe, expected.probe);
      Outcome check = judge(got.check, expected.check);
      if (kind == "log" && probe == Outcome::WRONG && got.probe.exitCode == 0 &&
          isTailLengthByte(bytes, offset)) {
        probe = Outcome::TAIL_DROPPED;  // documented: reads as a crash's torn write
        check = got.check.exitCode == 0 ? Outcome::TAIL_DROPPED : Outcome::WRONG;
      }
      if (kind == "sst" && probe == Outcome::WRONG && got.probe.signal == 0 &&
          !got.probe.timedOut && check == Outcome::CORRUPTION_ERROR) {
        probe = Outcome::SCAN_MISSED_BLOCK;  // documented: RocksDB 7.8, caught by check
      }
      EXPECT_NE(probe, Outcome::WRONG) << when << "\nprobe: exit " << got.probe.exitCode
                                       << " signal " << got.probe.signal << "\n"
                                       << got.probe.out << got.probe.err;
      EXPECT_NE(check, Outcome::WRONG) << when << "\ncheck: exit " << got.check.exitCode
                                       << " signal " << got.check.signal << "\n"
                                       << got.check.out << got.check.err;
      ++tally[kind][std::max(probe, check)];  // the worse of the two
    }
  }
  std::cout << "flipped bytes, by file: right answer / corruption error / torn WAL tail dropped"
               " / scan missed a damaged block, check reported it\n";
  for (const auto& [kind, outcomes] : tally) {
    auto count = [&](Outcome o) { return outcomes.count(o) ? outcomes.at(o) : 0; };
    std::cout << "  " << kind << ": " << count(Outcome::RIGHT) << " / "
              << count(Outcome::CORRUPTION_ERROR) << " / " << count(Outcome::TAIL_DROPPED) << " / "
              << count(Outcome::SCAN_MISSED_BLOCK) << "\n";
  }
  std::cout << "in " << std::chrono::duration<double>(Clock::now() - started).count() << " s\n";
}

}  // namespace
}  // namespace rollcall::fault
