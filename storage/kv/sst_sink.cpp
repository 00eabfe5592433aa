#include "storage/kv/sst_sink.h"

#include <unistd.h>

#include <filesystem>
#include <string_view>

namespace rollcall::storage::kv {
namespace {

// Whole-key bloom filters only help Get() of absent keys: node existence checks, degrees,
// metadata. The other families are read by Seek() (a type's chunks, a label, an index prefix,
// a neighbour list) or by Get() of keys known to exist (a relationship id found in a list or a
// scan, the adjacency chunk a degree names), so their bulk files skip the filter: for 10 M
// relationships, 10 M hashes kept in memory (80 MiB) and a 12 MiB filter not built.
bool pointRead(Cf cf) { return cf == Cf::NODES || cf == Cf::DEGREE || cf == Cf::META; }

constexpr std::string_view BULK_PREFIX = "bulk-";
constexpr std::string_view BULK_SUFFIX = ".sst";

}  // namespace

std::string bulkFilePath(const std::string& dir, uint64_t counter) {
  return dir + "/" + std::string(BULK_PREFIX) + std::to_string(::getpid()) + "-" +
         std::to_string(counter) + std::string(BULK_SUFFIX);
}

void removeStaleBulkFiles(const std::string& dir) {
  std::error_code ec;
  std::vector<std::filesystem::path> stale;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    std::string name = entry.path().filename().string();
    if (name.starts_with(BULK_PREFIX) && name.ends_with(BULK_SUFFIX)) stale.push_back(entry.path());
  }
  for (const auto& path : stale) std::filesystem::remove(path, ec);
}

SstSink::SstSink(KvStore& kv, Cf cf, std::string path) : kv_(kv), cf_(cf), path_(std::move(path)) {
  rocksdb::Options options = kv.db().GetOptions(kv.cf(cf));
  // Keep freshly loaded data in the OS page cache: it is usually queried right after a load.
  // Write back as the file grows (sync_file_range every MiB): the fsync that makes it durable
  // then has little left to wait for.
  rocksdb::EnvOptions env;
  env.bytes_per_sync = 1 << 20;
  writer_ = std::make_unique<rocksdb::SstFileWriter>(
      env, options, kv.cf(cf), /*invalidate_page_cache=*/false, rocksdb::Env::IO_TOTAL,
      /*skip_filters=*/!pointRead(cf));
}

SstSink::~SstSink() {
  writer_.reset();
  std::error_code ec;
  std::filesystem::remove(path_, ec);  // gone already when ingestion moved it
}

void SstSink::put(const rocksdb::Slice& key, const rocksdb::Slice& value) {
  if (!opened_) {
    check(writer_->Open(path_), "cannot create bulk file " + path_);
    opened_ = true;
  }
  check(writer_->Put(key, value), "bulk write failed");
}

void SstSink::close() {
  if (!opened_ || closed_) return;
  check(writer_->Finish(), "cannot finish bulk file " + path_);
  closed_ = true;
}

void SstSink::finish(std::vector<rocksdb::IngestExternalFileArg>& args) {
  close();
  if (!opened_ || finished_) return;
  finished_ = true;
  for (auto& arg : args) {
    if (arg.column_family == kv_.cf(cf_)) {
      arg.external_files.push_back(path_);
      return;
    }
  }
  rocksdb::IngestExternalFileArg arg;
  arg.column_family = kv_.cf(cf_);
  arg.external_files.push_back(path_);
  arg.options.move_files = true;
  arg.options.allow_blocking_flush = true;
  args.push_back(std::move(arg));
}

void ingest(KvStore& kv, std::vector<rocksdb::IngestExternalFileArg>& args) {
  if (args.empty()) return;
  check(kv.db().IngestExternalFiles(args), "bulk ingestion failed");
}

}  // namespace rollcall::storage::kv
