#include "engine/common/large_stack.h"

#include <pthread.h>

#include <exception>

namespace rollcall {
namespace {

struct Job {
  const std::function<void()>* fn;
  std::exception_ptr error;
};

void* runJob(void* arg) {
  auto* job = static_cast<Job*>(arg);
  try {
    (*job->fn)();
  } catch (...) {
    job->error = std::current_exception();
  }
  return nullptr;
}

}  // namespace

void runWithStack(size_t stackBytes, const std::function<void()>& fn) {
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, stackBytes);
  Job job{&fn, nullptr};
  pthread_t thread;
  int rc = pthread_create(&thread, &attr, runJob, &job);
  pthread_attr_destroy(&attr);
  // Out of threads or address space: run here, which the nesting limit still keeps safe on an
  // 8 MB stack in release builds.
  if (rc != 0) return fn();
  pthread_join(thread, nullptr);
  if (job.error) std::rethrow_exception(job.error);
}

}  // namespace rollcall
