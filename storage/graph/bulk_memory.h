#pragma once
// Large arrays of bulk loads (hundreds of MiB of relationship pairs, sort buffers, grouped
// neighbour lists) in transparent huge pages. Filling fresh memory one 4 KiB page fault at a
// time cost a fifth of a 10-million-row load; a 2 MiB page takes one fault. Small arrays use
// the ordinary allocator. Elements are default-initialised: resize() does not zero them.
#include <sys/mman.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <new>
#include <utility>
#include <vector>

namespace rollcall::storage {

template <typename T>
class HugePageAllocator {
 public:
  using value_type = T;

  HugePageAllocator() = default;
  template <typename U>
  HugePageAllocator(const HugePageAllocator<U>&) {}

  T* allocate(size_t n) {
    size_t bytes = n * sizeof(T);
    if (bytes < MIN_BYTES) return std::allocator<T>().allocate(n);
    size_t length = roundUp(bytes);
    // Map one page more than needed and trim both ends so the array starts on a huge page.
    void* mapped =
        ::mmap(nullptr, length + PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mapped == MAP_FAILED) throw std::bad_alloc();
    auto base = reinterpret_cast<uintptr_t>(mapped);
    uintptr_t start = roundUp(base);
    if (start > base) ::munmap(mapped, start - base);
    if (uintptr_t tail = base + length + PAGE - (start + length)) {
      ::munmap(reinterpret_cast<void*>(start + length), tail);
    }
    ::madvise(reinterpret_cast<void*>(start), length, MADV_HUGEPAGE);
    return reinterpret_cast<T*>(start);
  }

  void deallocate(T* p, size_t n) {
    size_t bytes = n * sizeof(T);
    if (bytes < MIN_BYTES) return std::allocator<T>().deallocate(p, n);
    ::munmap(p, roundUp(bytes));
  }

  template <typename U, typename... Args>
  void construct(U* p, Args&&... args) {
    ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
  }
  template <typename U>
  void construct(U* p) {
    ::new (static_cast<void*>(p)) U;
  }

  template <typename U>
  bool operator==(const HugePageAllocator<U>&) const {
    return true;
  }

 private:
  static constexpr size_t PAGE = size_t{2} << 20;
  static constexpr size_t MIN_BYTES = size_t{4} << 20;
  static size_t roundUp(size_t v) { return (v + PAGE - 1) & ~(PAGE - 1); }
};

template <typename T>
using BigVector = std::vector<T, HugePageAllocator<T>>;

}  // namespace rollcall::storage
