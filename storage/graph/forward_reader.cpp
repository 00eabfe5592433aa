#include "storage/graph/forward_reader.h"

namespace rollcall::storage {

namespace {

// A Next() within a block costs a few percent of a lookup: a handful is cheap even when the
// wanted key turns out to be further away and a Seek() follows anyway.
constexpr int MAX_STEPS = 8;
// Point reads go through the iterator after this many ascending reads in a row; random reads
// keep the bloom-filtered Get.
constexpr int ASCENDING_RUN = 4;

}  // namespace

void ForwardReader::reset() {
  it_.reset();
  positioned_ = false;
  haveLast_ = false;
  ascending_ = 0;
}

// Positions the iterator at the first key >= key by stepping forward from where it stands when
// that is both valid (key >= pos_) and close; otherwise by a Seek().
bool ForwardReader::stepTo(std::string_view key) {
  if (!positioned_ || std::string_view(pos_) > key) return false;
  for (int steps = 0; it_->Valid(); ++steps) {
    if (it_->key().compare(rocksdb::Slice(key.data(), key.size())) >= 0) return true;
    if (steps == MAX_STEPS) return false;
    it_->Next();
  }
  return it_->status().ok();  // at the end: no key >= pos_, so none >= key either
}

rocksdb::Iterator& ForwardReader::seekAtLeast(std::string_view key) {
  if (!it_) it_.reset(kv_.db().NewIterator(rocksdb::ReadOptions(), kv_.cf(cf_)));
  if (!stepTo(key)) it_->Seek(rocksdb::Slice(key.data(), key.size()));
  pos_.assign(key);
  positioned_ = true;
  return *it_;
}

// After a prefix scan the iterator stands at the first key past the prefix's range.
void ForwardReader::consumedPrefix(std::string_view prefix) {
  pos_.assign(prefix);
  while (!pos_.empty() && uint8_t(pos_.back()) == 0xff) pos_.pop_back();
  if (pos_.empty()) {
    positioned_ = false;  // the prefix's range runs to the end of the key space
    return;
  }
  pos_.back() = char(uint8_t(pos_.back()) + 1);
}

// Reading the same key again (two properties of one node) repeats the last answer.
bool ForwardReader::get(std::string_view key, std::string* value) {
  if (haveLast_ && std::string_view(last_) == key) {
    if (lastFound_) *value = lastValue_;
    return lastFound_;
  }
  ascending_ = haveLast_ && std::string_view(last_) < key ? ascending_ + 1 : 0;
  last_.assign(key);
  haveLast_ = true;
  lastFound_ = lookup(key, &lastValue_);
  if (lastFound_) *value = lastValue_;
  return lastFound_;
}

bool ForwardReader::lookup(std::string_view key, std::string* value) {
  rocksdb::Slice wanted(key.data(), key.size());
  if (ascending_ < ASCENDING_RUN) return kv_.get(cf_, wanted, value);
  rocksdb::Iterator& it = seekAtLeast(key);
  kv::check(it.status(), "read failed");
  if (!it.Valid() || it.key() != wanted) return false;
  value->assign(it.value().data(), it.value().size());
  return true;
}

}  // namespace rollcall::storage
