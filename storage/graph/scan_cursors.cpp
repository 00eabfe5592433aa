// Scan cursors. A cursor keeps its iterator while the transaction is unchanged; after a write it
// re-seeks from the first key it has not returned yet, so it stays valid.
#include <algorithm>

#include "storage/codec/big_endian.h"
#include "storage/codec/property_codec.h"
#include "storage/graph/rocks_transaction.h"

namespace rollcall::storage {

using kv::Cf;

namespace {

class RangeScanner {
 public:
  RangeScanner(RocksTransaction& txn, Cf cf, std::string prefix)
      : txn_(txn), cf_(cf), prefix_(prefix), resume_(std::move(prefix)) {}

  // Calls emit(key, value) for up to `max` entries; returns how many.
  template <typename Emit>
  size_t fill(size_t max, Emit&& emit) {
    if (done_) return 0;
    txn_.flushPending(cf_);
    position();
    size_t n = 0;
    for (; n < max && it_->Valid() && it_->key().starts_with(prefix_); it_->Next(), ++n) {
      emit(it_->key(), it_->value());
    }
    kv::check(it_->status(), "scan failed");
    if (!it_->Valid() || !it_->key().starts_with(prefix_)) {
      done_ = true;
      it_.reset();
    } else {
      resume_ = it_->key().ToString();
    }
    return n;
  }

  bool done() const { return done_; }

 private:
  void position() {
    if (it_ && version_ == txn_.version()) return;
    // Label lists are small next to the block cache and scanned again by the next query that
    // starts from the label; the big families (relationships) stay out of the cache.
    it_ = txn_.newIterator(cf_, /*fillCache=*/false);
    version_ = txn_.version();
    it_->Seek(resume_);
  }

  RocksTransaction& txn_;
  Cf cf_;
  std::string prefix_;
  std::string resume_;
  std::unique_ptr<rocksdb::Iterator> it_;
  uint64_t version_ = 0;
  bool done_ = false;
};

class NodeScanCursor final : public NodeCursor {
 public:
  NodeScanCursor(RocksTransaction& txn, Cf cf, std::string prefix)
      : scanner_(txn, cf, prefix), idOffset_(prefix.size()) {}
  size_t next(NodeId* out, size_t max) override {
    return scanner_.fill(
        max, [&, i = size_t{0}](const rocksdb::Slice& key, const rocksdb::Slice&) mutable {
          out[i++] = codec::getU64(key.data() + idOffset_);
        });
  }

 private:
  RangeScanner scanner_;
  size_t idOffset_;
};

// Node records: the nodes family, key = node id, value = labels then properties.
class NodeRecordScanCursor final : public NodeRecordCursor {
 public:
  NodeRecordScanCursor(RocksTransaction& txn, std::optional<LabelId> label)
      : scanner_(txn, Cf::NODES, ""), label_(label) {}
  size_t next(NodeRecord* out, size_t max) override {
    size_t n = 0;
    // Entries without the label are skipped, so fill() may return entries without producing
    // records: go on until something is produced or the scan ends.
    while (n == 0 && !scanner_.done()) {
      scanner_.fill(max, [&](const rocksdb::Slice& key, const rocksdb::Slice& value) {
        codec::Reader record(std::string_view(value.data(), value.size()));
        if (label_ && !record.labelsContain(*label_)) return;
        codec::Reader full(std::string_view(value.data(), value.size()));
        out[n].id = codec::getU64(key.data());
        out[n].labels = full.labels();
        out[n].properties = full.properties();
        ++n;
      });
    }
    return n;
  }

 private:
  RangeScanner scanner_;
  std::optional<LabelId> label_;
};

// All relationships: the rels family, key = rel id, value = the record.
class RelScanCursor final : public RelCursor {
 public:
  explicit RelScanCursor(RocksTransaction& txn) : scanner_(txn, Cf::RELS, "") {}
  size_t next(RelEntry* out, size_t max) override {
    return scanner_.fill(
        max, [&, i = size_t{0}](const rocksdb::Slice& key, const rocksdb::Slice& value) mutable {
          auto header = codec::decodeRelHeader(value.ToStringView());
          out[i++] = RelEntry{codec::getU64(key.data()), header.type, header.start, header.end};
        });
  }

 private:
  RangeScanner scanner_;
};

// One type: chunks of (rel, start, end) in the rel_types family. A chunk is decoded whole;
// entries of a chunk already decoded do not reflect later writes of the transaction.
class RelTypeScanCursor final : public RelCursor {
 public:
  RelTypeScanCursor(RocksTransaction& txn, RelTypeId type)
      : scanner_(txn, Cf::REL_TYPES, keys::relTypePrefix(type)), type_(type) {}
  size_t next(RelEntry* out, size_t max) override {
    size_t n = 0;
    while (n < max && (pos_ < chunk_.size() || refill())) {
      size_t take = std::min(max - n, chunk_.size() - pos_);
      std::copy_n(chunk_.begin() + pos_, take, out + n);
      n += take;
      pos_ += take;
    }
    return n;
  }

 private:
  bool refill() {
    chunk_.clear();
    pos_ = 0;
    scanner_.fill(1, [&](const rocksdb::Slice&, const rocksdb::Slice& value) {
      for (size_t at = 0; at + keys::REL_TYPE_ENTRY_SIZE <= value.size();
           at += keys::REL_TYPE_ENTRY_SIZE) {
        const char* e = value.data() + at;
        chunk_.push_back({codec::getU64(e), type_, codec::getU64(e + 8), codec::getU64(e + 16)});
      }
    });
    return !chunk_.empty() || !scanner_.done();
  }

  RangeScanner scanner_;
  RelTypeId type_;
  std::vector<RelEntry> chunk_;
  size_t pos_ = 0;
};

std::string u32Prefix(uint32_t id) {
  std::string k;
  codec::putU32(k, id);
  return k;
}

}  // namespace

std::unique_ptr<NodeCursor> RocksTransaction::scanAllNodes() {
  return std::make_unique<NodeScanCursor>(*this, Cf::NODES, "");
}

std::unique_ptr<NodeCursor> RocksTransaction::scanLabelEntries(LabelId label) {
  return std::make_unique<NodeScanCursor>(*this, Cf::LABELS, u32Prefix(label));
}

std::unique_ptr<NodeRecordCursor> RocksTransaction::scanNodeRecords(std::optional<LabelId> label) {
  return std::make_unique<NodeRecordScanCursor>(*this, label);
}

std::unique_ptr<RelCursor> RocksTransaction::scanAllRels() {
  return std::make_unique<RelScanCursor>(*this);
}

std::unique_ptr<RelCursor> RocksTransaction::scanRelType(RelTypeId type) {
  return std::make_unique<RelTypeScanCursor>(*this, type);
}

}  // namespace rollcall::storage
