#pragma once
// Shared fixture of the attendance loader tests: a temp dir holding CSV files and a database.
#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "loaders/import/attendance_loader.h"
#include "storage/graph/graph_store.h"

namespace rollcall::loaders::testing {

class AttendanceLoaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    static std::atomic<int> counter{0};
    dir_ = std::filesystem::temp_directory_path() /
           ("rollcall-attendance-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    store_ = storage::GraphStore::open((dir_ / "db").string());
  }
  void TearDown() override {
    store_.reset();
    std::filesystem::remove_all(dir_);
  }

  std::string write(const std::string& name, const std::string& text) {
    std::ofstream((dir_ / name).string(), std::ios::binary) << text;
    return (dir_ / name).string();
  }
  static std::string read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
  }
  AttendanceFiles files() const {
    return {(dir_ / "students.csv").string(), (dir_ / "sessions.csv").string(),
            (dir_ / "attendance.csv").string()};
  }
  LoadSummary load() {
    LoadOptions options;
    options.rejectsPath = rejectsPath();
    return loadAttendance(*store_, files(), options);
  }
  std::string rejectsPath() const { return (dir_ / "rejects.csv").string(); }

  uint64_t labelCount(const char* name) {
    auto id = store_->catalog().findLabel(name);
    return id ? store_->labelCount(*id) : 0;
  }
  uint64_t typeCount(const char* name) {
    auto id = store_->catalog().findRelType(name);
    return id ? store_->relTypeCount(*id) : 0;
  }
  storage::PropKeyId key(const char* name) { return *store_->catalog().findPropKey(name); }
  storage::LabelId label(const char* name) { return *store_->catalog().findLabel(name); }

  std::filesystem::path dir_;
  std::unique_ptr<storage::GraphStore> store_;
};

}  // namespace rollcall::loaders::testing
