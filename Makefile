# The README's two commands. Both install missing Debian packages first (scripts/install-deps.sh).
#   make demo  - release build, then the main job on the bundled sample data
#   make test  - Debug + ASan/UBSan build, then every test (ctest), then each fuzz target briefly
# And:
#   make fuzz  - the libFuzzer targets of tests/fuzz, FUZZ_SECONDS each (FUZZ_TARGET=cypher: one)
#   make install - the release binary into $(PREFIX)/bin (default /usr/local; DESTDIR for staging)
JOBS ?= 2
RELEASE_DIR ?= build/release
TEST_DIR ?= build/test
FUZZ_DIR ?= build/fuzz
FUZZ_SECONDS ?= 300
FUZZ_TARGET ?=
# In `make test`: long enough to replay the regressions and the seeds and try some thousands of
# mutations per target, short enough to keep the suite's time (README, Fuzzing).
FUZZ_TEST_SECONDS ?= 20
PREFIX ?= /usr/local

.PHONY: deps demo test build release clean fuzz fuzz-build install

deps:
	@bash scripts/install-deps.sh

# The generator is fixed (install-deps.sh brings ninja-build) rather than detected when make reads
# this file: detection ran before `deps` installed ninja, so a first run configured with Makefiles
# and every later run asked CMake for Ninja in the same folder. scripts/configure.sh also starts a
# build folder over when it was configured earlier with another generator.
release: deps
	bash scripts/configure.sh $(RELEASE_DIR) -DCMAKE_BUILD_TYPE=Release -DROLLCALL_BUILD_TESTS=OFF
	cmake --build $(RELEASE_DIR) -j $(JOBS)

build: release

install: release
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 755 $(RELEASE_DIR)/rollcall $(DESTDIR)$(PREFIX)/bin/rollcall
	@echo "installed $(DESTDIR)$(PREFIX)/bin/rollcall"

demo: release
	$(RELEASE_DIR)/rollcall demo --db $(RELEASE_DIR)/demo.db

test: deps
	bash scripts/configure.sh $(TEST_DIR) -DCMAKE_BUILD_TYPE=Debug -DROLLCALL_SANITIZE=ON \
	  -DROLLCALL_BUILD_BENCH=OFF
	cmake --build $(TEST_DIR) -j $(JOBS)
	cd $(TEST_DIR) && ctest --output-on-failure -j $(JOBS)
	$(MAKE) fuzz-build
	bash scripts/fuzz.sh $(FUZZ_DIR) $(FUZZ_TEST_SECONDS)

# libFuzzer needs clang; the fuzz build compiles only the libraries the targets use.
fuzz-build: deps
	bash scripts/configure.sh $(FUZZ_DIR) -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_COMPILER=clang++-14 \
	  -DROLLCALL_FUZZ=ON -DROLLCALL_BUILD_TESTS=OFF -DROLLCALL_BUILD_BENCH=OFF
	cmake --build $(FUZZ_DIR) -j $(JOBS) --target rollcall_fuzzers

fuzz: fuzz-build
	bash scripts/fuzz.sh $(FUZZ_DIR) $(FUZZ_SECONDS) $(FUZZ_TARGET)

clean:
	rm -rf build
