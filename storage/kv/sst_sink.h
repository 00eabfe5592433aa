#pragma once
// A sorted file being written for ingestion into one column family. Only .cpp files include
// this header.
#include <rocksdb/sst_file_writer.h>

#include "storage/kv/kv_store.h"

namespace rollcall::storage::kv {

// Where a bulk load writes its sorted files before ingesting them: inside the database
// directory, so ingestion can move them in with a hard link.
std::string bulkFilePath(const std::string& dir, uint64_t counter);
// Removes the bulk files a killed load left behind (ingestion never saw them, or linked them
// in and the process died before removing the old name). Called with the database locked, so
// no other process is writing one.
void removeStaleBulkFiles(const std::string& dir);

class SstSink {
 public:
  SstSink(KvStore& kv, Cf cf, std::string path);
  ~SstSink();  // removes a file that was never ingested
  SstSink(const SstSink&) = delete;
  SstSink& operator=(const SstSink&) = delete;

  // Keys must be strictly increasing.
  void put(const rocksdb::Slice& key, const rocksdb::Slice& value);
  // Closes the file (synced to disk). Sinks of different files may be closed on different
  // threads.
  void close();
  // Closes the file unless closed; adds it to `args` unless it is empty.
  void finish(std::vector<rocksdb::IngestExternalFileArg>& args);
  Cf cf() const { return cf_; }

 private:
  KvStore& kv_;
  Cf cf_;
  std::string path_;
  std::unique_ptr<rocksdb::SstFileWriter> writer_;
  bool opened_ = false;
  bool closed_ = false;
  bool finished_ = false;
};

// Atomically ingests the files of all column families; durable when it returns.
void ingest(KvStore& kv, std::vector<rocksdb::IngestExternalFileArg>& args);

}  // namespace rollcall::storage::kv
